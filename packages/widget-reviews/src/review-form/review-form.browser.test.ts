import { draftKey, setSession } from "@corner/state";
import {
  $,
  $$,
  describe,
  equal,
  expectNoAxeViolations,
  includes,
  it,
  mount,
  ok,
  text,
  unmountAll,
  until,
  useMockSite,
} from "@corner/test-utils/browser";
import { makeReview, problem } from "@corner/test-utils/msw";
import { http } from "msw";
import "../define.ts";
import type { CornerReviewForm } from "./review-form.component.ts";

type Mock = Awaited<ReturnType<typeof useMockSite>>;

/** Mounts <corner-reviews>, presses "Write a review" and returns the (lazily loaded) form element. */
async function openForm(mock: Mock, subject = "trail-runner-2") {
  const reviews = mount("corner-reviews", { ...mock.attrs, subject });
  const write = await until(() => $<HTMLElement>(reviews, "[part=write-button]"));
  write.click();
  const form = await until(() => $<CornerReviewForm>(reviews, "corner-review-form"));
  await until(() => $(form, "[role=radiogroup]"));
  return { reviews, form };
}

const radios = (form: Element) => $$(form, "[role=radio]");
const checked = (form: Element) =>
  radios(form).findIndex((r) => r.getAttribute("aria-checked") === "true") + 1;

function type(form: Element, selector: string, value: string) {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(form, selector)!;
  field.value = value;
  field.dispatchEvent(new Event("input"));
}

async function fill(form: CornerReviewForm, rating: number, title: string, body: string) {
  radios(form)[rating - 1]!.click();
  type(form, "#title", title);
  type(form, "#body", body);
  await form.updateComplete;
}

const submit = (form: Element) => $(form, "[part=submit-button]")!.click();

describe("review form", () => {
  it("picks stars with the arrow keys like a radio group", async () => {
    const mock = await useMockSite();
    const { form } = await openForm(mock);
    equal(checked(form), 0);
    const first = radios(form)[0]!;
    equal(first.tabIndex, 0, "the first star is the only tab stop");
    equal(radios(form).filter((r) => r.tabIndex === 0).length, 1);
    first.focus();
    first.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    await until(() => checked(form) === 2);
    await until(() => form.shadowRoot!.activeElement === radios(form)[1]);
    radios(form)[1]!.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    await until(() => checked(form) === 5);
    radios(form)[4]!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true }));
    await until(() => checked(form) === 4);
    equal(radios(form)[3]!.tabIndex, 0);
    equal(radios(form)[3]!.getAttribute("aria-label"), "4 stars");
  });

  it("shows the server's field messages inline, tied to the fields", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    mock.worker.use(
      http.post(`${mock.base}/subjects/:subject/reviews`, () =>
        problem(400, "Validation failed", "Some fields need fixing.", [
          { path: "body.title", message: "must not contain links" },
        ]),
      ),
    );
    const { form } = await openForm(mock);
    await fill(form, 4, "see http://spam", "Fine shoe");
    submit(form);
    const title = await until(() => $(form, "#title[aria-invalid=true]"));
    equal(title.getAttribute("aria-describedby"), "title-error");
    equal(text($(form, "#title-error")), "must not contain links");
    includes(text($(form, "[role=alert]")), "fix the highlighted fields");
    equal($(form, "#body")!.getAttribute("aria-invalid"), "false");
  });

  it("checks the obvious before sending: a star rating and some text", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const { form } = await openForm(mock);
    submit(form);
    await until(() => $(form, "#rating-error"));
    equal(text($(form, "#rating-error")), "Choose a star rating.");
    equal(text($(form, "#body-error")), "Write a few words about it.");
    equal($(form, "[role=radiogroup]")!.getAttribute("aria-invalid"), "true");
    equal(mock.db.log.filter((r) => r.method === "POST").length, 0);
  });

  it("keeps the draft when posting fails and after the page is reloaded, and clears it once accepted", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    let key: string | null = null;
    mock.worker.use(
      http.post(
        `${mock.base}/subjects/:subject/reviews`,
        ({ request }) => {
          key = request.headers.get("idempotency-key");
          return problem(503, "Unavailable", "Try later.");
        },
        { once: true },
      ),
    );
    const first = await openForm(mock);
    await fill(first.form, 4, "Comfy", "Wore them all week.");
    submit(first.form);
    await until(() => text($(first.form, "[role=alert]")).includes("draft is saved"));
    equal($<HTMLTextAreaElement>(first.form, "#body")!.value, "Wore them all week.");
    ok(key, "sent an idempotency key");

    // Like a reload: the element is thrown away and a new one is created.
    unmountAll();
    const second = await openForm(mock);
    equal(checked(second.form), 4);
    equal($<HTMLInputElement>(second.form, "#title")!.value, "Comfy");
    equal($<HTMLTextAreaElement>(second.form, "#body")!.value, "Wore them all week.");

    submit(second.form);
    await until(() => $(second.form, ".done"));
    includes(text($(second.form, ".done")), "Your review is published");
    const posts = mock.db.log.filter((r) => r.method === "POST" && r.url.pathname.endsWith("/reviews"));
    equal(posts.at(-1)!.headers.get("idempotency-key"), key, "the retry of the same draft reuses its key");
    equal(localStorage.getItem(draftKey(mock.site, "trail-runner-2")), null);
    await until(() => text($(second.reviews, "[part=list]")).includes("Wore them all week."));
  });

  it("says a review awaits moderation when the site holds new reviews", async () => {
    const mock = await useMockSite();
    mock.db.premoderation = true;
    setSession(mock.site, mock.signIn());
    const { form, reviews } = await openForm(mock);
    const submitted = new Promise<CustomEvent>((r) =>
      reviews.addEventListener("corner-review-submit", (e) => r(e), { once: true }),
    );
    await fill(form, 5, "", "Great kettle");
    submit(form);
    equal((await submitted).detail.status, "pending");
    includes(text(await until(() => $(form, ".done"))), "awaiting moderation");
  });

  it("lets a signed-out shopper continue as a guest, or asks the host to sign them in", async () => {
    const mock = await useMockSite();
    const { form } = await openForm(mock);
    equal($(form, "[part=submit-button]"), null);
    const asked = new Promise<CustomEvent>((r) =>
      document.addEventListener("corner-login-required", (e) => r(e), { once: true }),
    );
    const signIn = await until(() => $$(form, "[part=sign-in] button").find((b) => text(b) === "Sign in"));
    signIn.click();
    equal((await asked).detail.reason, "review");

    const name = await until(() => $<HTMLInputElement>(form, "#guest-name"));
    name.value = "Ada";
    $<HTMLFormElement>(form, ".guest")!.requestSubmit();
    await until(() => $(form, "[part=submit-button]"));
    includes(text(form.shadowRoot!.querySelector(".row")), "Posting as Ada");
  });

  it("asks to sign in again when the session expired, keeps the draft and sends it afterwards", async () => {
    const mock = await useMockSite();
    setSession(mock.site, { ...mock.signIn(), token: "revoked" });
    const { form } = await openForm(mock);
    await fill(form, 3, "Okay", "It is fine.");
    submit(form);
    const prompt = await until(() => $(form, "[part=sign-in]"));
    includes(text(prompt), "sign-in has expired");
    equal($<HTMLTextAreaElement>(form, "#body")!.value, "It is fine.");
    const name = await until(() => $<HTMLInputElement>(form, "#guest-name"));
    name.value = "Ada";
    $<HTMLFormElement>(form, ".guest")!.requestSubmit();
    await until(() => $(form, ".done"));
    equal([...mock.db.reviews.get("trail-runner-2")!][0]!.body, "It is fine.");
  });

  it("edits the person's existing review instead of adding a second", async () => {
    const mock = await useMockSite();
    const session = mock.signIn("Maya");
    setSession(mock.site, session);
    mock.db.reviews
      .get("trail-runner-2")!
      .unshift(makeReview({ body: "First take", rating: 3, author: { id: session.user.id, name: "Maya" } }));
    const reviews = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2" });
    const write = await until(() => $<HTMLElement>(reviews, "[part=write-button]"));
    equal(text(write), "Edit your review");
    write.click();
    const form = await until(() => $<CornerReviewForm>(reviews, "corner-review-form"));
    await until(() => $(form, "h3"));
    equal(text($(form, "h3")), "Edit your review");
    equal($<HTMLTextAreaElement>(form, "#body")!.value, "First take");
    equal(checked(form), 3);
    type(form, "#body", "Second take, better");
    await form.updateComplete;
    equal(text($(form, "[part=submit-button]")), "Update review");
    submit(form);
    includes(text(await until(() => $(form, ".done"))), "updated");
    equal(mock.db.reviews.get("trail-runner-2")!.filter((r) => r.author.id === session.user.id).length, 1);
  });

  for (const theme of ["light", "dark"] as const) {
    it(`has no axe violations in the ${theme} theme`, async () => {
      const mock = await useMockSite();
      document.body.style.background = theme === "dark" ? "#15181d" : "#ffffff";
      const reviews = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2", theme });
      (await until(() => $<HTMLElement>(reviews, "[part=write-button]"))).click();
      const form = await until(() => $(reviews, "corner-review-form"));
      await until(() => $(form, "#guest-name"));
      await expectNoAxeViolations(reviews);
      await expectNoAxeViolations(form);
      document.body.style.background = "";
    });
  }
});
