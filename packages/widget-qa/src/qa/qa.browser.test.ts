import type { Answer } from "@corner/contracts";
import { setSession } from "@corner/state";
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
  until,
  useMockSite,
} from "@corner/test-utils/browser";
import { makeAnswer, makeQuestion, problem } from "@corner/test-utils/msw";
import { sendKeys } from "@web/test-runner-commands";
import { delay, http } from "msw";
import "../define.ts";

const questionsOf = (el: Element) => $$(el, "[part=question]");
const titles = (el: Element) => questionsOf(el).map((q) => text(q.querySelector(".title")));
const rowOf = (el: Element, title: string) =>
  questionsOf(el).find((q) => text(q.querySelector(".title")) === title);
const ready = (el: Element) => until(() => $(el, "[part=list]") ?? $(el, "[part=empty]"));
const listRequests = (mock: MockSite) =>
  mock.db.log.filter((r) => r.method === "GET" && r.url.pathname.endsWith("/questions"));
const seeded = (mock: MockSite) => mock.db.questions.get("trail-runner-2")!;
const find = (mock: MockSite, title: string) => seeded(mock).find((q) => q.title === title)!;
const shadowFocus = (el: Element) => el.shadowRoot!.activeElement;

describe("<corner-qa>", () => {
  it("lists the subject's questions with the total, answer counts, markers and badges", async () => {
    const mock = await useMockSite();
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    equal(questionsOf(el).length, 5);
    equal(text($(el, "[part=heading]")), "Questions & answers (7)");
    equal(titles(el)[0], "Are these waterproof?", "newest first");

    const waterproof = rowOf(el, "Are these waterproof?")!;
    includes(text(waterproof.querySelector(".meta")), "Asked by Maya R.");
    equal(text(waterproof.querySelector("[part=badge]")), "Verified owner");
    equal(text(waterproof.querySelector("[part=answer-count]")), "3 answers");
    equal(text(waterproof.querySelector("[part=staff-answered]")), "★ Staff answered");
    const accepted = waterproof.querySelector("[part=accepted]")!;
    includes(text(accepted), "Accepted answer");
    includes(text(accepted), "Not fully: the mesh upper drains fast but lets water in.");
    includes(text(accepted), "Jonas");
    equal(
      [...accepted.querySelectorAll("[part=badge]")].map((b) => text(b)).join("|"),
      "Verified owner|Top contributor",
    );

    const wide = rowOf(el, "Good for wide feet?")!;
    equal(text(wide.querySelector("[part=answer-count]")), "No answers yet — be the first");
    equal(wide.querySelector("[part=accepted]"), null);
    equal(wide.querySelector("[part=staff-answered]"), null);
    equal(
      text(rowOf(el, "What is the heel-to-toe drop?")!.querySelector("[part=staff-answered]")),
      "★ Staff answered",
    );
    equal(
      text(
        rowOf(el, "How do they fit compared to the Trail Runner 1?")!.querySelector("[part=answer-count]"),
      ),
      "2 answers",
    );
  });

  it("previews a long accepted answer with a Read more link and keeps short ones whole", async () => {
    const mock = await useMockSite();
    const q = makeQuestion({ title: "Long one" });
    const body = `${"Grippy on wet rock and light. ".repeat(12)}The end.`;
    mock.db.questions.set("sku-long", [q]);
    mock.db.answers.set(q.id, [makeAnswer({ questionId: q.id, body, accepted: true })]);
    const el = mount("corner-qa", { ...mock.attrs, subject: "sku-long" });
    await ready(el);
    const preview = $(el, "[part=accepted] .preview")!;
    const shown = text(preview).replace(/ Read more$/, "");
    ok(shown.endsWith("…"), "the preview is cut");
    ok([...shown].length <= 241, `at most 240 characters and the ellipsis (${[...shown].length})`);
    ok(!shown.includes("The end."));
    const more = preview.querySelector("a")!;
    equal(more.getAttribute("aria-label"), "Read all answers to “Long one”");
    more.click();
    const detail = await until(() => $(el, "corner-question-detail"));
    equal(detail.getAttribute("question"), q.id);
  });

  it("shows more questions, then no more button once all are there", async () => {
    const mock = await useMockSite();
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    $(el, "[part=load-more]")!.click();
    await until(() => questionsOf(el).length === 7);
    equal($(el, "[part=load-more]"), null);
    equal(new Set(titles(el)).size, 7, "no question twice");
  });

  it("asks the server again when the sort changes", async () => {
    const mock = await useMockSite();
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    const select = $<HTMLSelectElement>(el, "[part=sort]")!;
    equal([...select.options].map((o) => text(o)).join("|"), "Newest|Most answered|Unanswered");
    select.value = "unanswered";
    select.dispatchEvent(new Event("change"));
    await until(() => titles(el).join("|") === "Good for wide feet?|Can I use them on the road too?");
    ok(listRequests(mock).some((r) => r.url.searchParams.get("sort") === "unanswered"));
    select.value = "most_answered";
    select.dispatchEvent(new Event("change"));
    await until(() => titles(el)[0] === "How long does the outsole last?");
    ok(listRequests(mock).some((r) => r.url.searchParams.get("sort") === "most_answered"));
    equal(
      listRequests(mock)[0]!.url.searchParams.has("sort"),
      false,
      "the default sort stays out of the URL",
    );
  });

  it("says every question has an answer when none is unanswered", async () => {
    const mock = await useMockSite();
    mock.db.questions.set(
      "trail-runner-2",
      seeded(mock).filter((q) => mock.db.answers.get(q.id)?.length),
    );
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    const select = $<HTMLSelectElement>(el, "[part=sort]")!;
    select.value = "unanswered";
    select.dispatchEvent(new Event("change"));
    await until(() => text($(el, "[part=empty]")) === "Every question has an answer.");
  });

  it("searches after a pause in typing, with one request, and cancels the stale one", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.get(`${mock.base}/subjects/:subject/questions`, async ({ request }) => {
        if (new URL(request.url).searchParams.get("q") === "size") await delay("infinite");
      }),
    );
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    const search = $<HTMLInputElement>(el, "[part=search]")!;
    equal(search.getAttribute("aria-label"), "Search questions and answers");
    const typeIn = (value: string) => {
      search.value = value;
      search.dispatchEvent(new Event("input"));
    };
    for (const partial of ["s", "si", "siz", "size"]) typeIn(partial);
    const stale = await until(() => mock.requests.find((r) => r.url.includes("q=size")));
    equal(mock.requests.filter((r) => /[?&]q=/.test(r.url)).length, 1, "typing quickly makes one request");
    typeIn("gaiters");
    // Found in an answer's text, not the title.
    await until(() => titles(el).join() === "Are these waterproof?");
    equal(stale.signal?.aborted, true, "the stale search was cancelled");
    typeIn("snowshoes");
    await until(() => text($(el, "[part=empty]")) === "No questions match “snowshoes”.");
  });

  it("invites the first question on a subject without any, and opens the ask form from there", async () => {
    const mock = await useMockSite();
    const el = mount("corner-qa", { ...mock.attrs, subject: "wool-beanie" });
    await ready(el);
    const empty = $(el, "[part=empty]")!;
    includes(text(empty), "No questions yet");
    equal(text($(el, "[part=heading]")), "Questions & answers");
    equal($(el, "[part=toolbar]"), null, "nothing to search or sort");
    equal($$(el, "[part=ask-button]").length, 1, "one invitation to ask");
    const invite = empty.querySelector<HTMLElement>("[part=ask-button]")!;
    equal(text(invite), "Ask the first question");
    invite.click();
    const form = await until(() => $(el, "corner-question-form"));
    await until(() => form.shadowRoot?.activeElement?.id === "title");
  });

  it("shows an error with a Retry that loads the list", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.get(`${mock.base}/subjects/:subject/questions`, () => problem(404, "Not found", "No such site."), {
        once: true,
      }),
    );
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    const alert = await until(() => $(el, "[part=error]"));
    equal(alert.getAttribute("role"), "alert");
    includes(text(alert), "couldn’t load the questions");
    alert.querySelector("button")!.click();
    await until(() => questionsOf(el).length === 5);
  });

  it("marks the list busy while it loads", async () => {
    const mock = await useMockSite();
    mock.worker.use(http.get(`${mock.base}/subjects/:subject/questions`, () => delay("infinite")));
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    const busy = await until(() => $(el, "[aria-busy=true]"));
    includes(text(busy.querySelector(".visually-hidden[role=status]")), "Loading questions");
  });

  it("opens a question from its title in place of the list, and comes back with focus on that title", async () => {
    const mock = await useMockSite();
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    const q = find(mock, "What is the heel-to-toe drop?");
    const link = $$<HTMLAnchorElement>(el, "[part=question-link]").find((a) => a.dataset.id === q.id)!;
    equal(link.getAttribute("href"), `#question-${q.id}`);
    link.click();
    const detail = await until(() => $(el, "corner-question-detail"));
    equal(detail.getAttribute("question"), q.id);
    equal($(el, "[part=list]"), null, "the detail replaces the list");
    equal($(el, "[part=ask-button]"), null);
    detail.dispatchEvent(
      new CustomEvent("corner-question-close", { detail: { id: q.id }, bubbles: true, composed: true }),
    );
    await until(() => $(el, "[part=list]"));
    const again = $$<HTMLAnchorElement>(el, "[part=question-link]").find((a) => a.dataset.id === q.id)!;
    await until(() => shadowFocus(el) === again);
  });

  it("opens the question named in the page's address", async () => {
    const mock = await useMockSite();
    const q = find(mock, "Do they come in half sizes?");
    history.replaceState(null, "", `#question-${q.id}`);
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    const detail = await until(() => $(el, "corner-question-detail"));
    equal(detail.getAttribute("question"), q.id);
    // Back clears the address, so a reload shows the list.
    detail.dispatchEvent(
      new CustomEvent("corner-question-close", { detail: { id: q.id }, bubbles: true, composed: true }),
    );
    await until(() => $(el, "[part=list]"));
    equal(location.hash, "");
  });

  it("opens a question when a link elsewhere on the page points at it", async () => {
    const mock = await useMockSite();
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    const q = find(mock, "Good for wide feet?");
    location.hash = `#question-${q.id}`;
    const detail = await until(() => $(el, "corner-question-detail"));
    equal(detail.getAttribute("question"), q.id);
  });

  it("counts an answer posted in the detail, and previews the answer accepted there", async () => {
    const mock = await useMockSite();
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    const q = find(mock, "Good for wide feet?");
    $$<HTMLAnchorElement>(el, "[part=question-link]")
      .find((a) => a.dataset.id === q.id)!
      .click();
    const detail = await until(() => $(el, "corner-question-detail"));
    const fire = (name: string, detail_: unknown) =>
      detail.dispatchEvent(new CustomEvent(name, { detail: detail_, bubbles: true, composed: true }));
    // What the detail reports once the server took the answer (the mock has it too).
    const answer: Answer = makeAnswer({
      questionId: q.id,
      body: "Yes, the toe box is wide.",
      author: { id: "staff-1", name: "Corner Outfitters", badges: ["staff"] },
      official: true,
    });
    mock.db.answers.set(q.id, [answer]);
    fire("corner-answer-submit", { answer, questionId: q.id });
    fire("corner-answer-submit", { answer: { ...answer, id: "x", status: "pending" }, questionId: q.id });
    answer.accepted = true;
    fire("corner-answer-accept", { questionId: q.id, answerId: answer.id });
    fire("corner-question-close", { id: q.id });
    await until(() => $(el, "[part=list]"));
    const row = rowOf(el, "Good for wide feet?")!;
    equal(text(row.querySelector("[part=answer-count]")), "1 answer", "a pending answer does not count");
    equal(text(row.querySelector("[part=staff-answered]")), "★ Staff answered");
    await until(() => text(row.querySelector("[part=accepted]")).includes("Yes, the toe box is wide."));
    equal(text(row.querySelector("[part=accepted] [part=badge]")), "Staff");
    // Clearing the choice removes the preview.
    $$<HTMLAnchorElement>(el, "[part=question-link]")
      .find((a) => a.dataset.id === q.id)!
      .click();
    const again = await until(() => $(el, "corner-question-detail"));
    again.dispatchEvent(
      new CustomEvent("corner-answer-accept", {
        detail: { questionId: q.id, answerId: null },
        bubbles: true,
        composed: true,
      }),
    );
    again.dispatchEvent(
      new CustomEvent("corner-question-close", { detail: { id: q.id }, bubbles: true, composed: true }),
    );
    await until(() => $(el, "[part=list]"));
    equal(rowOf(el, "Good for wide feet?")!.querySelector("[part=accepted]"), null);
  });

  it("shows what staff did in a question's detail (an official answer, accepted) in the list after Back", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn("Sam", { staff: true }));
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    const q = find(mock, "Good for wide feet?");
    $$<HTMLAnchorElement>(el, "[part=question-link]")
      .find((a) => a.dataset.id === q.id)!
      .click();
    const detail = await until(() => $(el, "corner-question-detail"));
    const body = await until(() => $<HTMLTextAreaElement>(detail, "#answer-body"));
    body.value = "Yes: the toe box is 2E wide.";
    body.dispatchEvent(new Event("input"));
    $(detail, "[part=submit-button]")!.click();
    const accept = await until(() => $<HTMLElement>(detail, "[part=accept-button]"));
    accept.click();
    await until(() => mock.db.log.some((r) => r.method === "POST" && r.url.pathname.endsWith("/accept")));
    await until(() => text($(detail, "[part=accept-button]")).startsWith("Accepted"));
    $(detail, "[part=back-button]")!.click();
    await until(() => $(el, "[part=list]"));
    const row = rowOf(el, "Good for wide feet?")!;
    equal(text(row.querySelector("[part=answer-count]")), "1 answer");
    equal(text(row.querySelector("[part=staff-answered]")), "★ Staff answered");
    await until(() => text(row.querySelector("[part=accepted] .preview")) === "Yes: the toe box is 2E wide.");
    equal(text(row.querySelector("[part=accepted] [part=badge]")), "Staff");
  });

  it("follows its subject property, showing the other subject's questions", async () => {
    const mock = await useMockSite();
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    el.subject = "wool-beanie";
    await until(() => $(el, "[part=empty]"));
    equal(questionsOf(el).length, 0);
    equal(el.getAttribute("subject"), "wool-beanie");
  });

  it("is usable by keyboard alone: ask form opens and closes with focus returning, a title opens", async () => {
    const mock = await useMockSite();
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    const ask = $<HTMLElement>(el, "[part=ask-button]")!;
    ask.focus();
    await sendKeys({ press: "Enter" });
    const form = await until(() => $(el, "corner-question-form"));
    await until(() => form.shadowRoot?.activeElement?.id === "title");
    await sendKeys({ type: "Do they squeak?" });
    await sendKeys({ press: "Escape" });
    await until(() => !$(el, "corner-question-form"));
    const button = await until(() => $<HTMLElement>(el, "[part=ask-button]"));
    await until(() => shadowFocus(el) === button);
    // The draft outlives the form.
    await sendKeys({ press: "Enter" });
    const reopened = await until(() => $(el, "corner-question-form"));
    await until(() => $<HTMLInputElement>(reopened, "#title")?.value === "Do they squeak?");
    await sendKeys({ press: "Escape" });
    await until(() => shadowFocus(el) === $(el, "[part=ask-button]"));
    // Tab to the search, the sort, then the first question's title, and open it with Enter.
    await sendKeys({ press: "Tab" });
    equal(shadowFocus(el), $(el, "[part=search]"));
    await sendKeys({ press: "Tab" });
    equal(shadowFocus(el), $(el, "[part=sort]"));
    await sendKeys({ press: "Tab" });
    const first = $$(el, "[part=question-link]")[0]!;
    equal(shadowFocus(el), first);
    await sendKeys({ press: "Enter" });
    const detail = await until(() => $(el, "corner-question-detail"));
    equal(detail.getAttribute("question"), first.dataset.id);
  });

  it("renders a hostile title, name and answer as text", async () => {
    const mock = await useMockSite();
    const payload = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const q = makeQuestion({ title: payload, author: { id: "x", name: payload, badges: [] } });
    mock.db.questions.set("sku-xss", [q]);
    mock.db.answers.set(q.id, [makeAnswer({ questionId: q.id, body: payload, accepted: true })]);
    const el = mount("corner-qa", { ...mock.attrs, subject: "sku-xss" });
    await ready(el);
    equal($(el, "[part=question-link]")!.textContent, payload);
    includes($(el, ".meta")!.textContent, payload);
    includes($(el, "[part=accepted] .preview")!.textContent, payload);
    equal(el.shadowRoot!.querySelector("img, b"), null);
    equal((window as { __pwned?: number }).__pwned, undefined);
  });

  for (const [lang, heading, sort, ask] of [
    ["de", "Fragen & Antworten (7)", "Unbeantwortet", "Frage stellen"],
    ["fr", "Questions & réponses (7)", "Sans réponse", "Poser une question"],
    ["es", "Preguntas y respuestas (7)", "Sin respuesta", "Hacer una pregunta"],
  ] as const) {
    it(`speaks the page's language (${lang})`, async () => {
      const mock = await useMockSite();
      const wrapper = mount("div", {});
      wrapper.setAttribute("lang", lang);
      const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" }, wrapper);
      await until(() => text($(el, "[part=heading]")) === heading);
      equal(text($$(el, "[part=sort] option")[2]), sort);
      equal(text($(el, "[part=ask-button]")), ask);
    });
  }

  for (const theme of ["light", "dark"] as const) {
    it(`has no axe violations in the ${theme} theme, with the ask form open`, async () => {
      const mock = await useMockSite();
      document.body.style.background = theme === "dark" ? "#15181d" : "#ffffff";
      const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2", theme });
      await ready(el);
      await expectNoAxeViolations(el);
      $<HTMLElement>(el, "[part=ask-button]")!.click();
      const form = await until(() => $(el, "corner-question-form"));
      await until(() => $(form, "#title"));
      await expectNoAxeViolations(el);
      document.body.style.background = "";
    });
  }

  it("shows a signed-in reader's own pending question, marked as awaiting moderation", async () => {
    const mock = await useMockSite();
    const session = mock.signIn("Ada");
    setSession(mock.site, session);
    seeded(mock).unshift(
      makeQuestion({ title: "Mine, pending", status: "pending", author: { ...session.user, badges: [] } }),
    );
    const el = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    includes(text(rowOf(el, "Mine, pending")!.querySelector(".meta")), "Awaiting moderation");
    equal(text($(el, "[part=heading]")), "Questions & answers (7)", "the total counts published questions");
  });
});
