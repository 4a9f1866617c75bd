import { questionDraftKey, setSession } from "@corner/state";
import {
  $,
  $$,
  describe,
  equal,
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
import { http } from "msw";
import "../define.ts";

/** Mounts <corner-qa>, presses "Ask a question" and returns the (lazily loaded) form element. */
async function openForm(mock: MockSite, subject = "trail-runner-2") {
  const qa = mount("corner-qa", { ...mock.attrs, subject });
  (await until(() => $<HTMLElement>(qa, "[part=ask-button]"))).click();
  const form = await until(() => $(qa, "corner-question-form"));
  await until(() => $(form, "#title"));
  return { qa, form };
}

function type(form: Element, selector: string, value: string) {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(form, selector)!;
  field.value = value;
  field.dispatchEvent(new Event("input"));
}

const submit = (form: Element) => $(form, "[part=submit-button]")!.click();
const posts = (mock: MockSite) =>
  mock.db.log.filter((r) => r.method === "POST" && r.url.pathname.endsWith("/questions"));

describe("question form", () => {
  it("counts the characters of the question and details and checks them before sending", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const { form } = await openForm(mock);
    equal($(form, "#form-heading")!.getAttribute("aria-level"), "3");
    type(form, "#title", "Waterproof?");
    await until(() => text($(form, "#title-count")) === "11 / 200");
    equal($(form, "#title-count")!.getAttribute("aria-label"), "11 of 200 characters used");
    type(form, "#title", "x".repeat(201));
    type(form, "#details", "y".repeat(5001));
    await until(() => $(form, "#details-count")?.classList.contains("over"));
    ok($(form, "#title-count")!.classList.contains("over"));
    submit(form);
    await until(() => $(form, "#title-error"));
    includes(text($(form, "#title-error")), "200 characters");
    includes(text($(form, "#details-error")), "5,000 characters");
    equal($(form, "#title")!.getAttribute("aria-invalid"), "true");
    equal(form.shadowRoot!.activeElement, $(form, "#title"), "focus moves to the first field to fix");
    type(form, "#title", "  ");
    type(form, "#details", "");
    submit(form);
    await until(() => text($(form, "#title-error")) === "Write your question.");
    equal(posts(mock).length, 0);
  });

  it("shows similar questions while typing, as links that open the question in the list; the draft stays", async () => {
    const mock = await useMockSite();
    const { qa, form } = await openForm(mock);
    type(form, "#title", "Is it waterproof in rain?");
    const link = await until(() => $<HTMLAnchorElement>(form, "[part=similar-link]"));
    equal(text(link), "Are these waterproof?");
    includes(text(link.closest("li")), "3 answers");
    const target = mock.db.questions.get("trail-runner-2")!.find((q) => q.title === "Are these waterproof?")!;
    equal(link.getAttribute("href"), `#question-${target.id}`);
    equal(
      mock.db.log.filter((r) => r.url.pathname.endsWith("/questions/similar")).length,
      1,
      "one search after a pause",
    );
    const opened: CustomEvent[] = [];
    qa.addEventListener("corner-question-open", (e) => opened.push(e));
    link.click();
    const detail = await until(() => $(qa, "corner-question-detail"));
    equal(detail.getAttribute("question"), target.id);
    equal(opened[0]?.detail.id, target.id);
    equal($(qa, "corner-question-form"), null, "the question replaces the form");
    detail.dispatchEvent(
      new CustomEvent("corner-question-close", { detail: { id: target.id }, bubbles: true, composed: true }),
    );
    (await until(() => $<HTMLElement>(qa, "[part=ask-button]"))).click();
    const again = await until(() => $(qa, "corner-question-form"));
    await until(() => $<HTMLInputElement>(again, "#title")?.value === "Is it waterproof in rain?");
  });

  it("asks a signed-out person to sign in when posting, and posts as soon as they continue as a guest", async () => {
    const mock = await useMockSite();
    const { qa, form } = await openForm(mock);
    const events: CustomEvent[] = [];
    qa.addEventListener("corner-question-submit", (e) => events.push(e));
    type(form, "#title", "Do they squeak on wet floors?");
    type(form, "#details", "Asking for a gym.");
    submit(form);
    const panel = await until(() => $(form, "[part=sign-in]"));
    includes(text(panel), "Sign in to post your question");
    equal(posts(mock).length, 0, "nothing is sent signed out");
    const name = await until(() => $<HTMLInputElement>(form, "#guest-name"));
    await until(() => form.shadowRoot!.activeElement === name);
    name.value = "Ada";
    name.closest("form")!.requestSubmit();
    const done = await until(() => $(form, ".done"));
    equal(text(done.querySelector("p")), "Thanks — your question is posted.");
    equal(done.getAttribute("role"), "status");
    equal(posts(mock).length, 1);
    equal(events.length, 1);
    equal(events[0]!.detail.question.title, "Do they squeak on wet floors?");
    equal(events[0]!.detail.question.details, "Asking for a gym.");
    equal(events[0]!.detail.question.author.name, "Ada");
    // The list shows it on top and counts it, without a reload.
    await until(() => text($(qa, "[part=question-link]")) === "Do they squeak on wet floors?");
    equal(text($(qa, "[part=heading]")), "Questions & answers (8)");
    equal(localStorage.getItem(questionDraftKey(mock.site, "trail-runner-2")), null, "the draft is gone");
    // Close puts focus back on the button that opened the form.
    done.querySelector<HTMLElement>("button")!.click();
    await until(() => qa.shadowRoot!.activeElement === $(qa, "[part=ask-button]"));
  });

  it("asks the host to sign in with its own account", async () => {
    const mock = await useMockSite();
    mock.db.allowGuests = false;
    const { form } = await openForm(mock);
    type(form, "#title", "Do they squeak?");
    submit(form);
    const panel = await until(() => $(form, "[part=sign-in]"));
    equal($(form, "#guest-name"), null, "no guest field when the site does not allow guests");
    const asked: CustomEvent[] = [];
    document.addEventListener("corner-login-required", (e) => asked.push(e), { once: true });
    [...panel.querySelectorAll<HTMLElement>("button")].find((b) => text(b) === "Sign in")!.click();
    equal(asked[0]?.detail.reason, "question");
    equal(asked[0]?.detail.site, mock.site);
    // The host signs the person in: the question goes out without a second click.
    setSession(mock.site, mock.signIn("Host user"));
    await until(() => $(form, ".done"));
    equal(posts(mock).length, 1);
  });

  it("keeps the draft through a failed post and a reload, and retries with the same Idempotency-Key", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const keys: (string | null)[] = [];
    mock.worker.use(
      http.post(
        `${mock.base}/subjects/:subject/questions`,
        ({ request }) => {
          keys.push(request.headers.get("idempotency-key"));
          return problem(503, "Unavailable", "Try later.");
        },
        { once: true },
      ),
    );
    const first = await openForm(mock);
    type(first.form, "#title", "How warm are they?");
    type(first.form, "#details", "Winter runs.");
    submit(first.form);
    await until(() => text($(first.form, ".message")).includes("could not be posted"));
    equal($(first.form, ".message")!.getAttribute("role"), "alert");
    equal($<HTMLInputElement>(first.form, "#title")!.value, "How warm are they?");
    // A reload: a new widget on the page finds the draft in localStorage.
    unmountAll();
    const second = await openForm(mock);
    await until(() => $<HTMLInputElement>(second.form, "#title")?.value === "How warm are they?");
    equal($<HTMLTextAreaElement>(second.form, "#details")!.value, "Winter runs.");
    submit(second.form);
    await until(() => $(second.form, ".done"));
    equal(posts(mock).length, 1, "the mock API stored it once");
    ok(keys[0], "the post carries an Idempotency-Key");
    equal(posts(mock)[0]!.headers.get("idempotency-key"), keys[0], "the retry reuses it");
  });

  it("keeps the draft when the sign-in has expired, and sends it after signing in again", async () => {
    const mock = await useMockSite();
    // A session the server no longer accepts.
    setSession(mock.site, { ...mock.signIn(), token: "expired" });
    const { form } = await openForm(mock);
    type(form, "#title", "Are the laces replaceable?");
    submit(form);
    const panel = await until(() => $(form, "[part=sign-in]"));
    includes(text(panel), "Your sign-in has expired");
    equal($<HTMLInputElement>(form, "#title")!.value, "Are the laces replaceable?");
    const name = await until(() => $<HTMLInputElement>(form, "#guest-name"));
    name.value = "Ada";
    name.closest("form")!.requestSubmit();
    await until(() => $(form, ".done"));
    equal(
      posts(mock).filter((r) => r.headers.get("authorization") !== "Bearer expired").length,
      1,
      "sent again with the new session",
    );
  });

  it("says a pre-moderated question will appear once approved", async () => {
    const mock = await useMockSite();
    mock.db.premoderation = true;
    setSession(mock.site, mock.signIn());
    const { qa, form } = await openForm(mock);
    type(form, "#title", "Is there a wide version?");
    submit(form);
    const done = await until(() => $(form, ".done"));
    equal(text(done.querySelector("p")), "Your question will appear once a moderator approves it.");
    await until(() => text($(qa, "[part=question-link]")) === "Is there a wide version?");
    includes(text($(qa, "[part=question] .meta")), "Awaiting moderation");
    equal(text($(qa, "[part=heading]")), "Questions & answers (7)", "a pending question is not counted");
  });

  it("shows the server's message for a field it rejects, focus on that field", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    mock.worker.use(
      http.post(
        `${mock.base}/subjects/:subject/questions`,
        () =>
          problem(400, "Validation failed", "Some fields need fixing.", [
            { path: "body.title", message: "must not be a link" },
          ]),
        { once: true },
      ),
    );
    const { form } = await openForm(mock);
    type(form, "#title", "http://spam.example");
    submit(form);
    await until(() => text($(form, "#title-error")) === "must not be a link");
    includes(text($(form, ".message")), "fix the highlighted fields");
    await until(() => form.shadowRoot!.activeElement === $(form, "#title"));
  });

  it("closes with Cancel, focus back on the Ask button", async () => {
    const mock = await useMockSite();
    const { qa, form } = await openForm(mock);
    [...$$(form, "button")].find((b) => text(b) === "Cancel")!.click();
    await until(() => !$(qa, "corner-question-form"));
    await until(() => qa.shadowRoot!.activeElement === $(qa, "[part=ask-button]"));
  });

  it("speaks the page's language", async () => {
    const mock = await useMockSite();
    const wrapper = mount("div", {});
    wrapper.setAttribute("lang", "fr");
    const qa = mount("corner-qa", { ...mock.attrs, subject: "trail-runner-2" }, wrapper);
    (await until(() => $<HTMLElement>(qa, "[part=ask-button]"))).click();
    const form = await until(() => $(qa, "corner-question-form"));
    await until(() => text($(form, "#form-heading")) === "Poser une question");
    equal(text($(form, "[part=submit-button]")), "Publier la question");
  });
});
