import { commentDraftKey, setSession } from "@corner/state";
import {
  $,
  $$,
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
import "./idea-detail.ts";
import type { CornerIdeaDetail } from "./idea-detail.component.ts";

/** The seeded "Dark mode for the store": planned, a description, a response and six comments. */
const darkMode = (mock: MockSite) => mock.db.ideas.get("feedback")![0]!;

/** Mounts the detail of an idea (the seeded one by default) and waits until it has loaded. */
async function open(mock: MockSite, idea = darkMode(mock).id, props: Record<string, unknown> = {}) {
  const el = mount("corner-idea-detail", { ...mock.attrs, idea, ...props }) as CornerIdeaDetail;
  await until(() => $(el, "[part=comments], [part=error], .empty"));
  return el;
}

const threads = (el: Element) => $$(el, ".thread");
const bodyOf = (c: Element | null | undefined) => text(c?.querySelector(".text"));

/** Presses the submit button of the comment form (not of an open reply form). */
const postComment = (el: Element) =>
  $(el, "#comment-body")!.closest("form")!.querySelector<HTMLElement>("[part=submit-button]")!.click();

function type(el: Element, selector: string, value: string) {
  const field = $<HTMLTextAreaElement | HTMLInputElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event("input"));
}

describe("<corner-idea-detail>", () => {
  it("shows the idea: title, status, category, author, description with its line breaks, and the response", async () => {
    const mock = await useMockSite();
    const el = await open(mock);
    equal(text($(el, "h3")), "Dark mode for the store");
    equal(text($(el, "[part=status-badge]")), "Planned");
    ok($(el, "[part=status-badge]")!.classList.contains("status-planned"));
    await until(() => text($(el, ".category")) === "Website");
    includes(text($(el, ".meta")), "Suggested by Sam");
    const description = $(el, "[part=description]")!;
    equal(description.textContent, darkMode(mock).description);
    includes(description.textContent, "\n");
    equal(getComputedStyle(description).whiteSpace, "pre-line");
    const response = $(el, "[part=response]")!;
    equal(text(response.querySelector("h4")), "Official response");
    equal(response.getAttribute("aria-labelledby"), "response-heading");
    includes(text(response), "Planned for the spring redesign.");
    includes(text(response), "Corner Outfitters");
    ok(response.querySelector("time[datetime]"), "the response has its date");
  });

  it("lists the comments oldest first, each with its replies indented under it", async () => {
    const mock = await useMockSite();
    const el = await open(mock);
    equal(text($(el, "#comments-heading")), "6 comments");
    const t = threads(el);
    equal(t.length, 3);
    equal(bodyOf(t[0]), "Yes please, my eyes hurt after 10 pm.");
    equal(
      [...t[0]!.querySelectorAll(".replies .comment")].map(bodyOf).join("|"),
      "Same here, I shop late.|+1, also for the checkout.",
    );
    equal(t[2]!.querySelector(".replies"), null);
    equal(getComputedStyle(t[0]!.querySelector(".replies")!).borderInlineStartStyle, "solid");
  });

  it("counts a vote at once, rolls it back when the server fails, and tells the page when saved", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    let fail!: () => void;
    const gate = new Promise<void>((r) => {
      fail = r;
    });
    mock.worker.use(
      http.put(
        `${mock.base}/ideas/:id/vote`,
        async () => {
          await gate;
          return problem(500, "Internal", "Something broke.");
        },
        { once: true },
      ),
    );
    const el = await open(mock);
    const vote = $(el, "[part=vote-button]")!;
    equal(vote.getAttribute("aria-label"), "Vote for Dark mode for the store, 42 votes");
    vote.click();
    await until(() => text(vote.querySelector(".count")) === "43");
    equal(vote.getAttribute("aria-pressed"), "true");
    fail();
    await until(() => text(vote.querySelector(".count")) === "42");
    equal(vote.getAttribute("aria-pressed"), "false");
    includes(text($(el, "[part=notice]")), "could not be saved");

    const events: CustomEvent[] = [];
    el.addEventListener("corner-idea-vote", (e) => events.push(e));
    vote.click();
    await until(() => events.length === 1);
    equal(
      JSON.stringify(events[0]!.detail),
      JSON.stringify({ id: darkMode(mock).id, votes: 43, votedByMe: true }),
    );
    ok(events[0]!.bubbles && events[0]!.composed, "bubbles out of the shadow roots");
    equal(vote.getAttribute("aria-pressed"), "true");
    includes(text($(el, "[part=notice]")), "Vote saved");
  });

  it("asks a signed-out reader to sign in to vote or follow, without sending anything", async () => {
    const mock = await useMockSite();
    const el = await open(mock);
    const asked: CustomEvent[] = [];
    const listen = (e: Event) => asked.push(e as CustomEvent);
    document.addEventListener("corner-login-required", listen);
    $(el, "[part=vote-button]")!.click();
    await until(() => asked.length === 1);
    equal(asked[0]!.detail.reason, "vote");
    equal(asked[0]!.detail.site, mock.site);
    includes(text($(el, "[part=notice]")), "Sign in to vote");
    equal(text($(el, "[part=vote-button] .count")), "42");
    $(el, "[part=follow-button]")!.click();
    await until(() => asked.length === 2);
    equal(asked[1]!.detail.reason, "follow");
    includes(text($(el, "[part=notice]")), "Sign in to follow");
    document.removeEventListener("corner-login-required", listen);
    equal(mock.db.log.filter((r) => r.method !== "GET").length, 0, "nothing was written");
  });

  it("follows and unfollows a signed-in reader's idea", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const el = await open(mock);
    const events: CustomEvent[] = [];
    el.addEventListener("corner-idea-follow", (e) => events.push(e));
    const follow = $(el, "[part=follow-button]")!;
    equal(follow.getAttribute("aria-pressed"), "false");
    follow.click();
    await until(() => events.length === 1);
    equal(JSON.stringify(events[0]!.detail), JSON.stringify({ id: darkMode(mock).id, following: true }));
    equal(follow.getAttribute("aria-pressed"), "true");
    equal(text(follow), "Following");
    follow.click();
    await until(() => events.length === 2);
    equal(follow.getAttribute("aria-pressed"), "false");
  });

  it("posts a comment, shows it last and clears the draft", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn("Ada"));
    const el = await open(mock);
    const posted: CustomEvent[] = [];
    el.addEventListener("corner-idea-comment", (e) => posted.push(e));
    type(el, "#comment-body", "Count me in.\nEspecially on mobile.");
    postComment(el);
    await until(() => posted.length === 1);
    equal(posted[0]!.detail.body, "Count me in.\nEspecially on mobile.");
    const last = threads(el).at(-1)!;
    equal(last.querySelector(".text")!.textContent, "Count me in.\nEspecially on mobile.");
    includes(text(last.querySelector(".author")), "Ada");
    equal($<HTMLTextAreaElement>(el, "#comment-body")!.value, "");
    equal(localStorage.getItem(commentDraftKey(mock.site, darkMode(mock).id, null)), null);
    includes(text($(el, "[part=notice]")), "Your comment is posted");
    equal(text($(el, "#comments-heading")), "7 comments");
  });

  it("shows a counter near the limit and checks the comment before sending", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const el = await open(mock);
    type(el, "#comment-body", "Short.");
    await el.updateComplete;
    equal($(el, ".counter"), null, "no counter far from the limit");
    type(el, "#comment-body", "x".repeat(4600));
    await el.updateComplete;
    equal(text($(el, ".counter")), "4,600 / 5,000");
    type(el, "#comment-body", "x".repeat(5001));
    await el.updateComplete;
    ok($(el, ".counter")!.classList.contains("over"));
    postComment(el);
    await until(() => $(el, "#comment-body-error"));
    includes(text($(el, "#comment-body-error")), "5,000 characters");
    type(el, "#comment-body", "   ");
    postComment(el);
    await until(() => text($(el, "#comment-body-error")) === "Write something first.");
    equal(el.shadowRoot!.activeElement, $(el, "#comment-body"), "focus goes to the field");
    equal(mock.db.log.filter((r) => r.method === "POST").length, 0, "nothing was sent");
  });

  it("keeps the text of a failed comment, also after the element is created again", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    mock.worker.use(
      http.post(`${mock.base}/ideas/:id/comments`, () => problem(503, "Unavailable", "Try later."), {
        once: true,
      }),
    );
    const first = await open(mock);
    type(first, "#comment-body", "Please also for emails.");
    postComment(first);
    await until(() => text($(first, "#comment-body-error")).includes("text is saved"));
    equal($(first, "#comment-body")!.getAttribute("aria-invalid"), "true");
    equal($<HTMLTextAreaElement>(first, "#comment-body")!.value, "Please also for emails.");

    // Like a reload: the element is thrown away and a new one is created.
    unmountAll();
    const second = await open(mock);
    equal($<HTMLTextAreaElement>(second, "#comment-body")!.value, "Please also for emails.");
  });

  it("opens a reply form under a comment and posts the reply under it", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const el = await open(mock);
    const second = threads(el)[1]!;
    const reply = second.querySelector<HTMLElement>("[part=reply-button]")!;
    equal(reply.getAttribute("aria-label"), "Reply to Jonas");
    reply.click();
    const field = await until(() => second.querySelector<HTMLTextAreaElement>("#reply-body"));
    equal(el.shadowRoot!.activeElement, field, "focus moves to the reply field");
    equal(reply.getAttribute("aria-expanded"), "true");
    type(el, "#reply-body", "Yes, it would follow the system.");
    second.querySelector<HTMLElement>(".reply-form [part=submit-button]")!.click();
    await until(() => second.querySelectorAll(".replies .comment").length === 2);
    equal(bodyOf(second.querySelectorAll(".replies .comment")[1]), "Yes, it would follow the system.");
    equal(second.querySelector(".reply-form"), null, "the reply form closes");
    equal(el.shadowRoot!.activeElement, reply, "focus returns to the Reply button");
    const sent = mock.db.comments!.get(darkMode(mock).id)!.at(-1)!;
    equal(sent.parentId, threads(el)[1]!.querySelector("[part=reply-button]")!.getAttribute("data-reply"));
  });

  it("shows the sign-in panel when a signed-out reader posts, and sends the comment once they continue as a guest", async () => {
    const mock = await useMockSite();
    const el = await open(mock);
    type(el, "#comment-body", "Guest here: yes please.");
    postComment(el);
    const panel = await until(() => $(el, "[part=sign-in]"));
    includes(text(panel), "Sign in to post your comment");
    equal(
      localStorage.getItem(commentDraftKey(mock.site, darkMode(mock).id, null)),
      JSON.stringify({ body: "Guest here: yes please." }),
    );
    type(el, "#guest-name", "Grace");
    panel.querySelector<HTMLFormElement>(".guest")!.requestSubmit();
    await until(() => threads(el).some((t) => bodyOf(t) === "Guest here: yes please."));
    equal($(el, "[part=sign-in]"), null);
    includes(text($(el, "[part=comment-form]")), "Posting as Grace");
  });

  it("keeps the comment when the session has expired, asks to sign in again, then sends it", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    mock.worker.use(
      http.post(`${mock.base}/ideas/:id/comments`, () => problem(401, "Unauthorized", "Expired."), {
        once: true,
      }),
    );
    const el = await open(mock);
    type(el, "#comment-body", "Still here after expiry.");
    postComment(el);
    const panel = await until(() => $(el, "[part=sign-in]"));
    includes(text(panel), "Your sign-in has expired");
    equal($<HTMLTextAreaElement>(el, "#comment-body")!.value, "Still here after expiry.");
    type(el, "#guest-name", "Ada");
    panel.querySelector<HTMLFormElement>(".guest")!.requestSubmit();
    await until(() => threads(el).some((t) => bodyOf(t) === "Still here after expiry."));
    equal(localStorage.getItem(commentDraftKey(mock.site, darkMode(mock).id, null)), null);
  });

  it("says that a pending comment awaits moderation", async () => {
    const mock = await useMockSite();
    mock.db.premoderation = true;
    setSession(mock.site, mock.signIn());
    const el = await open(mock);
    type(el, "#comment-body", "Moderate me.");
    postComment(el);
    await until(() => text($(el, "[part=notice]")).includes("once it is approved"));
    includes(text(threads(el).at(-1)), "Awaiting moderation");
    equal(text($(el, "#comments-heading")), "6 comments");
  });

  it("says clearly when the idea is not available", async () => {
    const mock = await useMockSite();
    const el = await open(mock, "0190a0b0-0000-7000-8000-ffffffffffff");
    equal(text($(el, "h3")), "This idea is not available");
    ok($(el, "[part=back-button]"), "the way back is still there");
  });

  it("shows an error with a retry that loads the idea", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.get(`${mock.base}/ideas/:id`, () => problem(403, "Forbidden", "No."), { once: true }),
    );
    const el = await open(mock);
    const alert = $(el, "[part=error]")!;
    includes(text(alert), "couldn’t load this idea");
    alert.querySelector("button")!.click();
    await until(() => text($(el, "h3")) === "Dark mode for the store");
  });

  it("goes back with corner-idea-close, and opens the idea another was merged into", async () => {
    const mock = await useMockSite();
    const [target, merged] = mock.db.ideas.get("feedback")!;
    Object.assign(merged!, { status: "merged", mergedInto: target!.id });
    const el = await open(mock, merged!.id);
    const closed: CustomEvent[] = [];
    el.addEventListener("corner-idea-close", (e) => closed.push(e));
    $(el, "[part=back-button]")!.click();
    equal(closed.length, 1);
    ok(closed[0]!.bubbles && closed[0]!.composed, "bubbles out of the shadow roots");
    $(el, "[part=merged] button")!.click();
    await until(() => text($(el, "h3")) === "Dark mode for the store");
    equal(el.getAttribute("idea"), target!.id);
    await until(() => el.shadowRoot!.activeElement === $(el, "#heading"));
  });

  it("renders hostile comments as text", async () => {
    const mock = await useMockSite();
    const payload = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    mock.db.comments!.get(darkMode(mock).id)![0]!.body = payload;
    const el = await open(mock);
    equal(threads(el)[0]!.querySelector(".text")!.textContent, payload);
    equal(el.shadowRoot!.querySelector("img, b"), null);
    equal((window as { __pwned?: number }).__pwned, undefined);
  });

  it("moves focus to the heading when the board focuses it", async () => {
    const mock = await useMockSite();
    const el = mount("corner-idea-detail", { ...mock.attrs, idea: darkMode(mock).id }) as CornerIdeaDetail;
    el.focus();
    await until(() => el.shadowRoot!.activeElement?.id === "heading");
    equal($(el, "#heading")!.getAttribute("tabindex"), "-1");
  });

  it("is reached with Tab in reading order: vote, follow, each Reply, then the comment field", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const el = await open(mock);
    $(el, "[part=back-button]")!.focus();
    const reached: string[] = [];
    while (!reached.includes("comment-body") && reached.length < 12) {
      await sendKeys({ press: "Tab" });
      const active = el.shadowRoot!.activeElement;
      reached.push(active?.id || active?.getAttribute("part") || String(active?.tagName));
    }
    equal(reached.join(" "), "vote-button follow-button reply-button reply-button reply-button comment-body");
  });

  for (const signedIn of [true, false]) {
    for (const theme of ["light", "dark"] as const) {
      it(`has no axe violations ${signedIn ? "signed in" : "signed out, with the sign-in panel"} (${theme})`, async () => {
        const mock = await useMockSite();
        if (signedIn) setSession(mock.site, mock.signIn());
        document.body.style.background = theme === "dark" ? "#15181d" : "#ffffff";
        const el = await open(mock, darkMode(mock).id, { theme });
        $(el, "[part=reply-button]")!.click();
        await until(() => $(el, "#reply-body"));
        if (!signedIn) {
          type(el, "#comment-body", "Hello");
          postComment(el);
          await until(() => $(el, "[part=sign-in] .guest"));
        }
        await expectNoAxeViolations(el);
        document.body.style.background = "";
      });
    }
  }

  for (const [lang, back, status, response] of [
    ["de", "Zurück zu allen Ideen", "Geplant", "Offizielle Antwort"],
    ["fr", "Retour à toutes les idées", "Prévue", "Réponse officielle"],
    ["es", "Volver a todas las ideas", "Planificada", "Respuesta oficial"],
  ] as const) {
    it(`speaks the page's language (${lang})`, async () => {
      const mock = await useMockSite();
      const wrapper = mount("div", {});
      wrapper.setAttribute("lang", lang);
      const el = mount("corner-idea-detail", { ...mock.attrs, idea: darkMode(mock).id }, wrapper);
      await until(() => text($(el, "[part=back-button]")) === `← ${back}`);
      await until(() => text($(el, "[part=status-badge]")) === status);
      equal(text($(el, "[part=response] h4")), response);
    });
  }
});
