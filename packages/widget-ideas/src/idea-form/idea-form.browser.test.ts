import { ideaDraftKey, setSession } from "@corner/state";
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
import { delay, http } from "msw";
import "../define.ts";
import type { CornerIdeaForm } from "./idea-form.component.ts";

/** Mounts <corner-ideas>, presses "Suggest an idea" and returns the (lazily loaded) form element. */
async function openForm(mock: MockSite, board = "feedback") {
  const ideas = mount("corner-ideas", { ...mock.attrs, board });
  (await until(() => $<HTMLElement>(ideas, "[part=suggest-button]"))).click();
  const form = await until(() => $<CornerIdeaForm>(ideas, "corner-idea-form"));
  await until(() => $(form, "#title"));
  return { ideas, form };
}

function type(form: Element, selector: string, value: string) {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(form, selector)!;
  field.value = value;
  field.dispatchEvent(new Event("input"));
}

const submit = (form: Element) => $(form, "[part=submit-button]")!.click();

describe("idea form", () => {
  it("counts the title's characters and checks it before sending", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const { form } = await openForm(mock);
    type(form, "#title", "Dark");
    await form.updateComplete;
    equal(text($(form, "#title-count")), "4 / 120");
    type(form, "#title", "x".repeat(121));
    await form.updateComplete;
    ok($(form, "#title-count")!.classList.contains("over"));
    submit(form);
    await until(() => $(form, "#title-error"));
    includes(text($(form, "#title-error")), "120 characters");
    equal($(form, "#title")!.getAttribute("aria-invalid"), "true");
    equal(mock.db.log.filter((r) => r.method === "POST").length, 0);
  });

  it("shows similar ideas while the title is typed, cancelling the stale search", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.get(`${mock.base}/boards/:board/ideas/similar`, async ({ request }) => {
        if (new URL(request.url).searchParams.get("q") === "free") await delay("infinite");
      }),
    );
    const { form } = await openForm(mock);
    type(form, "#title", "free");
    const stale = await until(() => mock.requests.find((r) => r.url.includes("similar?q=free")));
    type(form, "#title", "dark mode please");
    const similar = await until(() => $(form, "[part=similar]"));
    includes(text(similar), "Dark mode for the store");
    includes(text(similar), "42 votes");
    equal(stale.signal?.aborted, true);
  });

  it("offers the board's categories and sends the chosen one", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const { form, ideas } = await openForm(mock);
    const select = await until(() => $<HTMLSelectElement>(form, "#category"));
    equal(
      $$<HTMLOptionElement>(form, "#category option")
        .map((o) => o.textContent)
        .join("|"),
      "No category|Website|Shipping|Products",
    );
    type(form, "#title", "Order tracking by text message");
    select.value = "shipping";
    select.dispatchEvent(new Event("change"));
    const submitted: CustomEvent[] = [];
    ideas.addEventListener("corner-idea-submit", (e) => submitted.push(e));
    submit(form);
    await until(() => $(form, ".done"));
    equal(submitted[0]!.detail.category, "shipping");
    await until(() => text($(ideas, "[part=notice]")).includes("your idea is published"));
  });

  it("keeps the draft through a failed post and a reload, and clears it once accepted", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    let key: string | null = null;
    mock.worker.use(
      http.post(
        `${mock.base}/boards/:board/ideas`,
        ({ request }) => {
          key = request.headers.get("idempotency-key");
          return problem(503, "Unavailable", "Try later.");
        },
        { once: true },
      ),
    );
    const first = await openForm(mock);
    type(first.form, "#title", "Wishlist sharing");
    type(first.form, "#description", "Send my list to family.");
    await first.form.updateComplete;
    submit(first.form);
    await until(() => text($(first.form, "[role=alert]")).includes("draft is saved"));
    ok(key, "sent an idempotency key");

    // Like a reload: the element is thrown away and a new one is created.
    unmountAll();
    const second = await openForm(mock);
    equal($<HTMLInputElement>(second.form, "#title")!.value, "Wishlist sharing");
    equal($<HTMLTextAreaElement>(second.form, "#description")!.value, "Send my list to family.");
    submit(second.form);
    await until(() => $(second.form, ".done"));
    const posts = mock.db.log.filter((r) => r.method === "POST" && r.url.pathname.endsWith("/ideas"));
    equal(posts.at(-1)!.headers.get("idempotency-key"), key, "the retry of the same draft reuses its key");
    equal(localStorage.getItem(ideaDraftKey(mock.site, "feedback")), null);
  });

  it("lets a signed-out reader continue as a guest, then post", async () => {
    const mock = await useMockSite();
    const { form } = await openForm(mock);
    equal($(form, "[part=submit-button]"), null);
    const guest = await until(() => $<HTMLFormElement>(form, ".guest"));
    type(form, "#guest-name", "Ada");
    guest.requestSubmit();
    await until(() => $(form, "[part=submit-button]"));
    includes(text(form.shadowRoot!.querySelector(".row")), "Posting as Ada");
    type(form, "#title", "Store pickup");
    submit(form);
    await until(() => $(form, ".done"));
  });

  for (const theme of ["light", "dark"] as const) {
    it(`has no axe violations in the ${theme} theme, with similar ideas shown`, async () => {
      const mock = await useMockSite();
      document.body.style.background = theme === "dark" ? "#15181d" : "#ffffff";
      const { form, ideas } = await openForm(mock);
      ideas.theme = theme;
      type(form, "#title", "dark mode");
      await until(() => $(form, "[part=similar]") && $(form, ".guest") && $(form, "#category"));
      await expectNoAxeViolations(ideas);
      document.body.style.background = "";
    });
  }
});
