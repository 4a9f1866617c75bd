import type { Question, Session } from "@corner/contracts";
import { answerDraftKey, setSession } from "@corner/state";
import {
  $,
  $$,
  deepEqual,
  describe,
  equal,
  expectNoAxeViolations,
  includes,
  it,
  type MockSite,
  mount,
  ok,
  text,
  unmountAll,
  until,
  useMockSite,
} from "@corner/test-utils/browser";
import { problem } from "@corner/test-utils/msw";
import { sendKeys } from "@web/test-runner-commands";
import { http } from "msw";
import "./question-detail.ts";
import type { CornerQuestionDetail } from "./question-detail.component.ts";

const questions = (mock: MockSite) => mock.db.questions.get("trail-runner-2")!;
/** "Are these waterproof?": Jonas's accepted answer (12 votes), the staff's official one (5), Tom's (1). */
const waterproof = (mock: MockSite) => questions(mock)[0]!;

/** Mounts the detail of a question (the waterproof one by default) and waits until it has loaded. */
async function open(mock: MockSite, id = waterproof(mock).id, props: Record<string, unknown> = {}) {
  const el = mount("corner-question-detail", {
    ...mock.attrs,
    question: id,
    ...props,
  }) as CornerQuestionDetail;
  await until(() => $(el, "[part=answers], [part=error], .empty"));
  return el;
}

/** Signs in as an existing person of the mock (the asker, an answerer). */
function signInAs(mock: MockSite, person: { id: string; name: string }): Session {
  const token = `tok-${person.id}`;
  const user = { id: person.id, name: person.name, kind: "guest" as const };
  mock.db.sessions.set(token, user);
  const session = { token, user, expiresAt: new Date(Date.now() + 3_600_000).toISOString() };
  setSession(mock.site, session);
  return session;
}

const answers = (el: Element) => $$(el, "[part=answer]");
const bodies = (el: Element) => answers(el).map((a) => a.querySelector(".text")!.textContent);
const authorOf = (a: Element) => text(a.querySelector(".author"));
const answerBy = (el: Element, name: string) => answers(el).find((a) => authorOf(a) === name)!;
const notice = (el: Element) => text($(el, "[part=notice]"));
const writes = (mock: MockSite) => mock.db.log.filter((r) => r.method !== "GET");

function type(el: Element, selector: string, value: string) {
  const field = $<HTMLTextAreaElement | HTMLInputElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event("input"));
}
const post = (el: Element) => $(el, "[part=submit-button]")!.click();

function listen<K extends keyof HTMLElementEventMap>(target: EventTarget, name: K) {
  const events: HTMLElementEventMap[K][] = [];
  target.addEventListener(name, (e) => events.push(e as HTMLElementEventMap[K]));
  return events;
}

describe("<corner-question-detail>", () => {
  it("shows the question, its asker's badges, and the answers accepted first with their markers and badges", async () => {
    const mock = await useMockSite();
    const el = await open(mock);
    const heading = $(el, "#heading")!;
    equal(text(heading), "Are these waterproof?");
    equal(heading.getAttribute("aria-level"), "3");
    equal(text($(el, "[part=details]")), "I run through a lot of puddles and streams in spring.");
    includes(text($(el, ".head .meta")), "Asked by Maya R.");
    equal(text($(el, ".head [part=badge]")), "Verified owner");
    equal(text($(el, "#answers-heading")), "3 answers");

    const [first, second, third] = answers(el);
    equal(authorOf(first!), "Jonas");
    includes(text(first!.querySelector(".markers")), "Accepted answer");
    ok(first!.classList.contains("accepted"));
    deepEqual(
      [...first!.querySelectorAll("[part=badge]")].map((b) => text(b)),
      ["Verified owner", "Top contributor"],
    );
    const body = first!.querySelector(".text")!;
    equal(
      body.textContent,
      "Not fully: the mesh upper drains fast but lets water in.\nFor wet trails, take the GTX version.",
    );
    equal(getComputedStyle(body).whiteSpace, "pre-line");

    equal(authorOf(second!), "Corner Outfitters");
    equal(text(second!.querySelector(".markers")), "Official answer");
    ok(second!.querySelector(".badge-staff"), "the staff badge");
    equal(third!.querySelector(".markers"), null, "no marker on a plain answer");
    const vote = first!.querySelector("[part=vote-button]")!;
    equal(text(vote.querySelector(".count")), "12");
    equal(text(vote), "Helpful 12 (12 people found this helpful)");
    equal(vote.getAttribute("aria-label"), null, "the name is the visible text");
    equal($(el, "[part=accept-button]"), null, "a reader who did not ask cannot accept");
  });

  it("counts a helpful vote at once, rolls it back when the server fails, and tells the page when saved", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    let fail!: () => void;
    const gate = new Promise<void>((r) => {
      fail = r;
    });
    mock.worker.use(
      http.put(
        `${mock.base}/answers/:id/vote`,
        async () => {
          await gate;
          return problem(500, "Internal", "Something broke.");
        },
        { once: true },
      ),
    );
    const el = await open(mock);
    const vote = answerBy(el, "Tom").querySelector<HTMLElement>("[part=vote-button]")!;
    equal(vote.getAttribute("aria-pressed"), "false");
    vote.click();
    await until(() => text(vote.querySelector(".count")) === "2");
    equal(vote.getAttribute("aria-pressed"), "true");
    fail();
    await until(() => text(vote.querySelector(".count")) === "1");
    equal(vote.getAttribute("aria-pressed"), "false");
    includes(notice(el), "could not be saved");

    const events = listen(el, "corner-answer-vote");
    vote.click();
    await until(() => events.length === 1);
    const tom = answerBy(el, "Tom").getAttribute("data-id");
    deepEqual(events[0]!.detail, { id: tom, votes: 2, votedByMe: true });
    ok(events[0]!.bubbles && events[0]!.composed, "bubbles out of the shadow roots");
    includes(notice(el), "your vote is saved");
  });

  it("tells an author they cannot vote for their own answer, and sends nothing", async () => {
    const mock = await useMockSite();
    const tom = mock.db.answers.get(waterproof(mock).id)!.find((a) => a.author.name === "Tom")!;
    signInAs(mock, tom.author);
    const el = await open(mock);
    const vote = answerBy(el, "Tom").querySelector<HTMLElement>("[part=vote-button]")!;
    vote.click();
    await until(() => notice(el) === "You can’t vote for your own answer.");
    equal(text(vote.querySelector(".count")), "1");
    equal(vote.getAttribute("aria-pressed"), "false");
    equal(writes(mock).length, 0);
    equal(answerBy(el, "Tom").querySelector("[part=report-button]"), null, "no reporting one's own answer");
    equal(answerBy(el, "Jonas").querySelectorAll("[part=report-button]").length, 1);
  });

  it("lets the asker accept another answer, which moves first, and undo it; focus stays on the button", async () => {
    const mock = await useMockSite();
    signInAs(mock, waterproof(mock).author);
    const el = await open(mock);
    const events = listen(el, "corner-answer-accept");
    equal($$(el, "[part=accept-button]").length, 3, "the asker may accept any answer");
    equal(text(answerBy(el, "Jonas").querySelector("[part=accept-button]")), "Accepted ✓ (undo)");
    const accept = answerBy(el, "Tom").querySelector<HTMLElement>("[part=accept-button]")!;
    equal(text(accept), "Accept this answer");
    accept.click();
    await until(() => authorOf(answers(el)[0]!) === "Tom");
    deepEqual(
      answers(el).map((a) => `${authorOf(a)}${a.classList.contains("accepted") ? " ✓" : ""}`),
      ["Tom ✓", "Jonas", "Corner Outfitters"],
    );
    await until(() => events.length === 1);
    const tomId = answers(el)[0]!.getAttribute("data-id");
    deepEqual(events[0]!.detail, { questionId: waterproof(mock).id, answerId: tomId });
    ok(events[0]!.bubbles && events[0]!.composed);
    includes(notice(el), "Answer accepted");
    await until(() => el.shadowRoot!.activeElement === answers(el)[0]!.querySelector("[part=accept-button]"));
    ok(mock.db.answers.get(waterproof(mock).id)!.find((a) => a.id === tomId)!.accepted, "saved");

    const undo = answers(el)[0]!.querySelector<HTMLElement>("[part=accept-button]")!;
    equal(text(undo), "Accepted ✓ (undo)");
    undo.click();
    await until(() => events.length === 2);
    equal(events[1]!.detail.answerId, null);
    deepEqual(answers(el).map(authorOf), ["Jonas", "Corner Outfitters", "Tom"]);
    equal($(el, "[part=answer].accepted"), null);
  });

  it("lets staff accept, but not another reader, and asks a signed-out reader nothing it cannot do", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn("Rita", { staff: true }));
    const staff = await open(mock);
    equal($$(staff, "[part=accept-button]").length, 3);
    unmountAll();
    setSession(mock.site, mock.signIn("Ben"));
    const reader = await open(mock);
    equal($$(reader, "[part=accept-button]").length, 0);
  });

  it("asks a signed-out reader to sign in to vote, follow or report, without sending anything", async () => {
    const mock = await useMockSite();
    const el = await open(mock);
    const asked: CustomEvent[] = [];
    const onAsk = (e: Event) => asked.push(e as CustomEvent);
    document.addEventListener("corner-login-required", onAsk);
    try {
      answers(el)[0]!.querySelector<HTMLElement>("[part=vote-button]")!.click();
      await until(() => asked.length === 1);
      equal(asked[0]!.detail.reason, "vote");
      equal(asked[0]!.detail.site, mock.site);
      includes(notice(el), "Sign in to vote");
      $(el, "[part=follow-button]")!.click();
      await until(() => asked.length === 2);
      equal(asked[1]!.detail.reason, "follow");
      $(el, "[part=report-button]")!.click();
      await until(() => asked.length === 3);
      equal(asked[2]!.detail.reason, "report");
      equal($(el, "[part=report-form]"), null);
      equal(writes(mock).length, 0, "nothing was written");
    } finally {
      document.removeEventListener("corner-login-required", onAsk);
    }
  });

  it("follows and unfollows the question", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const el = await open(mock);
    const events = listen(el, "corner-question-follow");
    const follow = $(el, "[part=follow-button]")!;
    equal(follow.getAttribute("aria-pressed"), "false");
    follow.click();
    await until(() => events.length === 1);
    deepEqual(events[0]!.detail, { id: waterproof(mock).id, following: true });
    equal(follow.getAttribute("aria-pressed"), "true");
    equal(text(follow), "Following");
    includes(notice(el), "new answers");
    follow.click();
    await until(() => events.length === 2);
    equal(follow.getAttribute("aria-pressed"), "false");
    equal(mock.db.questionFollows.size, 0);
  });

  it("reports an answer with a reason, and closes the report form with Escape", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const el = await open(mock);
    const tom = answerBy(el, "Tom");
    const report = tom.querySelector<HTMLElement>("[part=report-button]")!;
    equal(report.getAttribute("aria-label"), "Report the answer by Tom");
    report.click();
    const select = await until(() => tom.querySelector<HTMLSelectElement>("select"));
    equal(el.shadowRoot!.activeElement, select, "focus moves to the reason");
    equal(report.getAttribute("aria-expanded"), "true");
    await sendKeys({ press: "Escape" });
    await until(() => !tom.querySelector("[part=report-form]"));
    equal(el.shadowRoot!.activeElement, report, "focus returns to Report");

    report.click();
    const again = await until(() => tom.querySelector<HTMLSelectElement>("select"));
    again.value = "off_topic";
    tom.querySelector<HTMLFormElement>("[part=report-form]")!.requestSubmit();
    await until(() => notice(el) === "Thanks, we will take a look.");
    deepEqual(
      mock.db.reports.map((r) => `${r.kind} ${r.id} ${r.reason}`),
      [`answer ${tom.getAttribute("data-id")} off_topic`],
    );
    equal(text(answerBy(el, "Tom").querySelector(".row .muted")), "Reported");
    equal(answerBy(el, "Tom").querySelector("[part=report-button]"), null);
  });

  it("sorts the answers by newest, and shows more answers on request", async () => {
    const mock = await useMockSite();
    mock.db.pageSize = 2;
    const outsole = questions(mock).find((q) => q.title.startsWith("How long"))!;
    const el = await open(mock, outsole.id);
    equal(text($(el, "#answers-heading")), "4 answers");
    deepEqual(answers(el).map(authorOf), ["Maya R.", "Jonas"]);
    $(el, "[part=load-more]")!.click();
    await until(() => answers(el).length === 4);
    deepEqual(answers(el).map(authorOf), ["Maya R.", "Jonas", "Corner Outfitters", "Sam"]);
    equal($(el, "[part=load-more]"), null);

    const sort = $<HTMLSelectElement>(el, "[part=sort]")!;
    equal(text($(el, "label[for=sort]")), "Sort answers");
    sort.value = "newest";
    sort.dispatchEvent(new Event("change"));
    await until(() => authorOf(answers(el)[0]!) === "Sam");
    deepEqual(answers(el).map(authorOf), ["Sam", "Jonas"]);
    ok($(el, "[part=load-more]"), "the newest order pages too");
  });

  it("shows a counter and checks the answer before sending", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const el = await open(mock);
    equal(text($(el, "#answer-count [aria-hidden]")), "0 / 5,000");
    type(el, "#answer-body", "x".repeat(5001));
    await el.updateComplete;
    ok($(el, "#answer-count")!.classList.contains("over"));
    post(el);
    await until(() => $(el, "#answer-error"));
    includes(text($(el, "#answer-error")), "5,000 characters");
    type(el, "#answer-body", "   ");
    post(el);
    await until(() => text($(el, "#answer-error")) === "Write your answer first.");
    equal(el.shadowRoot!.activeElement, $(el, "#answer-body"), "focus goes to the field");
    equal($(el, "#answer-body")!.getAttribute("aria-invalid"), "true");
    equal(writes(mock).length, 0, "nothing was sent");
  });

  it("shows the sign-in panel when a signed-out reader answers, then sends the answer once they continue as a guest", async () => {
    const mock = await useMockSite();
    const el = await open(mock);
    const submitted = listen(el, "corner-answer-submit");
    type(el, "#answer-body", "They kept my feet dry\nin light rain.");
    post(el);
    const panel = await until(() => $(el, "[part=sign-in]"));
    includes(text(panel), "Sign in to post your answer");
    equal(
      localStorage.getItem(answerDraftKey(mock.site, waterproof(mock).id)),
      JSON.stringify({ body: "They kept my feet dry\nin light rain." }),
    );
    equal(el.shadowRoot!.activeElement, $(el, "#guest-name"), "focus moves into the panel");
    type(el, "#guest-name", "Grace");
    panel.querySelector<HTMLFormElement>(".guest")!.requestSubmit();
    await until(() => submitted.length === 1);
    equal(submitted[0]!.detail.questionId, waterproof(mock).id);
    equal(submitted[0]!.detail.answer.body, "They kept my feet dry\nin light rain.");
    ok(submitted[0]!.bubbles && submitted[0]!.composed);
    await until(() => bodies(el).includes("They kept my feet dry\nin light rain."));
    equal(authorOf(answers(el).at(-1)!), "Grace");
    equal($(el, "[part=sign-in]"), null);
    equal($<HTMLTextAreaElement>(el, "#answer-body")!.value, "");
    equal(localStorage.getItem(answerDraftKey(mock.site, waterproof(mock).id)), null);
    includes(notice(el), "Thanks — your answer is posted.");
    equal(text($(el, "#answers-heading")), "4 answers");
    includes(text($(el, "[part=answer-form]")), "Posting as Grace");
  });

  it("keeps the text of a failed answer, also after the element is created again", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    mock.worker.use(
      http.post(`${mock.base}/questions/:id/answers`, () => problem(503, "Unavailable", "Try later."), {
        once: true,
      }),
    );
    const first = await open(mock);
    type(first, "#answer-body", "Use gaiters.");
    post(first);
    await until(() => text($(first, "#answer-error")).includes("text is saved"));
    equal($<HTMLTextAreaElement>(first, "#answer-body")!.value, "Use gaiters.");

    // Like a reload: the element is thrown away and a new one is created.
    unmountAll();
    const second = await open(mock);
    equal($<HTMLTextAreaElement>(second, "#answer-body")!.value, "Use gaiters.");
    post(second);
    await until(() => bodies(second).includes("Use gaiters."));
  });

  it("keeps the answer when the session has expired, asks to sign in again, then sends it", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    mock.worker.use(
      http.post(`${mock.base}/questions/:id/answers`, () => problem(401, "Unauthorized", "Expired."), {
        once: true,
      }),
    );
    const el = await open(mock);
    type(el, "#answer-body", "Still here after expiry.");
    post(el);
    const panel = await until(() => $(el, "[part=sign-in]"));
    includes(text(panel), "Your sign-in has expired");
    equal($<HTMLTextAreaElement>(el, "#answer-body")!.value, "Still here after expiry.");
    type(el, "#guest-name", "Ada");
    panel.querySelector<HTMLFormElement>(".guest")!.requestSubmit();
    await until(() => bodies(el).includes("Still here after expiry."));
    equal(localStorage.getItem(answerDraftKey(mock.site, waterproof(mock).id)), null);
  });

  it("says that a pending answer awaits moderation, and does not count it", async () => {
    const mock = await useMockSite();
    mock.db.premoderation = true;
    setSession(mock.site, mock.signIn());
    const el = await open(mock);
    type(el, "#answer-body", "Moderate me.");
    post(el);
    await until(() => notice(el) === "Your answer will appear once a moderator approves it.");
    const pending = answers(el).at(-1)!;
    includes(text(pending), "Awaiting moderation");
    equal(pending.querySelector(".row"), null, "nothing to vote on, accept or report yet");
    equal(text($(el, "#answers-heading")), "3 answers");
  });

  it("invites the first answer to an unanswered question", async () => {
    const mock = await useMockSite();
    const wide = questions(mock).find((q: Question) => q.title === "Good for wide feet?")!;
    const el = await open(mock, wide.id);
    equal(text($(el, "#answers-heading")), "0 answers");
    equal(text($(el, "[part=answers] .muted")), "No answers yet. Be the first to answer.");
    equal($(el, "[part=sort]"), null, "nothing to sort");
    ok($(el, "#answer-body"));
  });

  it("says clearly when the question is not available", async () => {
    const mock = await useMockSite();
    const el = await open(mock, "0190a0b0-0000-7000-8000-ffffffffffff");
    equal(text($(el, "h3")), "This question is not available");
    ok($(el, "[part=back-button]"), "the way back is still there");
  });

  it("shows an error with a retry that loads the question", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.get(`${mock.base}/questions/:id`, () => problem(403, "Forbidden", "No."), { once: true }),
    );
    const el = await open(mock);
    const alert = $(el, "[part=error]")!;
    includes(text(alert), "couldn’t load this question");
    alert.querySelector("button")!.click();
    await until(() => text($(el, "h3")) === "Are these waterproof?");
  });

  it("goes back with corner-question-close, and moves focus to the heading when focused", async () => {
    const mock = await useMockSite();
    const el = mount("corner-question-detail", {
      ...mock.attrs,
      question: waterproof(mock).id,
    }) as CornerQuestionDetail;
    el.focus();
    await until(() => el.shadowRoot!.activeElement?.id === "heading");
    equal($(el, "#heading")!.getAttribute("tabindex"), "-1");
    const closed = listen(el, "corner-question-close");
    $(el, "[part=back-button]")!.click();
    equal(closed.length, 1);
    deepEqual(closed[0]!.detail, { id: waterproof(mock).id });
    ok(closed[0]!.bubbles && closed[0]!.composed);
  });

  it("renders hostile text as text", async () => {
    const mock = await useMockSite();
    const payload = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    waterproof(mock).title = payload;
    waterproof(mock).details = payload;
    mock.db.answers.get(waterproof(mock).id)![0]!.body = payload;
    mock.db.answers.get(waterproof(mock).id)![0]!.author.name = payload;
    const el = await open(mock);
    equal($(el, "#heading")!.textContent, payload);
    equal($(el, "[part=details]")!.textContent, payload);
    equal(answers(el)[0]!.querySelector(".text")!.textContent, payload);
    equal(el.shadowRoot!.querySelector("img, b"), null);
    equal((window as { __pwned?: number }).__pwned, undefined);
  });

  it("is reached with Tab in reading order: follow, sort, each answer's controls, then the answer field", async () => {
    const mock = await useMockSite();
    signInAs(mock, waterproof(mock).author);
    const el = await open(mock);
    $(el, "[part=back-button]")!.focus();
    const reached: string[] = [];
    while (!reached.includes("answer-body") && reached.length < 20) {
      await sendKeys({ press: "Tab" });
      const active = el.shadowRoot!.activeElement;
      reached.push(active?.id || active?.getAttribute("part") || String(active?.tagName));
    }
    equal(
      reached.join(" "),
      [
        "follow-button sort",
        "vote-button accept-button report-button",
        "vote-button accept-button report-button",
        "vote-button accept-button report-button",
        "answer-body",
      ].join(" "),
    );
  });

  for (const signedIn of [true, false]) {
    for (const theme of ["light", "dark"] as const) {
      it(`has no axe violations ${signedIn ? "as the asker, reporting" : "signed out, with the sign-in panel"} (${theme})`, async () => {
        const mock = await useMockSite();
        if (signedIn) signInAs(mock, waterproof(mock).author);
        document.body.style.background = theme === "dark" ? "#15181d" : "#ffffff";
        try {
          const el = await open(mock, waterproof(mock).id, { theme });
          if (signedIn) {
            answers(el)[1]!.querySelector<HTMLElement>("[part=report-button]")!.click();
            await until(() => $(el, "[part=report-form]"));
          } else {
            type(el, "#answer-body", "Hello");
            post(el);
            await until(() => $(el, "[part=sign-in] .guest"));
          }
          await expectNoAxeViolations(el);
        } finally {
          document.body.style.background = "";
        }
      });
    }
  }

  for (const [lang, back, accepted, heading] of [
    ["de", "Zurück zu allen Fragen", "Akzeptierte Antwort", "3 Antworten"],
    ["fr", "Retour à toutes les questions", "Réponse acceptée", "3 réponses"],
    ["es", "Volver a todas las preguntas", "Respuesta aceptada", "3 respuestas"],
  ] as const) {
    it(`speaks the page's language (${lang})`, async () => {
      const mock = await useMockSite();
      const wrapper = mount("div", {});
      wrapper.setAttribute("lang", lang);
      const el = mount("corner-question-detail", { ...mock.attrs, question: waterproof(mock).id }, wrapper);
      await until(() => text($(el, "[part=back-button]")) === `← ${back}`);
      await until(() => text($(el, ".marker-accepted")) === `✓ ${accepted}`);
      equal(text($(el, "#answers-heading")), heading);
    });
  }
});
