import { setSession } from "@corner/state";
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
  until,
  useMockSite,
} from "@corner/test-utils/browser";
import { makeIdea, problem } from "@corner/test-utils/msw";
import { sendKeys } from "@web/test-runner-commands";
import { delay, http } from "msw";
import "../define.ts";

const ideasOf = (el: Element) => $$(el, "[part=idea]");
const titles = (el: Element) => ideasOf(el).map((i) => text(i.querySelector(".title")));
const ready = (el: Element) => until(() => $(el, "[part=list]") ?? $(el, "[part=empty]"));
const ideasRequests = (mock: Awaited<ReturnType<typeof useMockSite>>) =>
  mock.db.log.filter((r) => r.method === "GET" && r.url.pathname.endsWith("/ideas"));

describe("<corner-ideas>", () => {
  it("lists the board's ideas with votes, status, category and comment count, and loads more", async () => {
    const mock = await useMockSite();
    const el = mount("corner-ideas", { ...mock.attrs, board: "feedback" });
    await ready(el);
    equal(ideasOf(el).length, 5);
    const dark = ideasOf(el).find((i) => text(i.querySelector(".title")) === "Dark mode for the store")!;
    ok(dark, "shows the seeded idea");
    equal(text(dark.querySelector(".count")), "42");
    equal(text(dark.querySelector("[part=status-badge]")), "Planned");
    await until(() => text(dark.querySelector(".category")) === "Website");
    includes(text(dark.querySelector(".meta")), "6 comments");
    equal(dark.querySelector("[part=vote-button]")!.getAttribute("aria-pressed"), "false");
    $(el, "[part=load-more]")!.click();
    await until(() => ideasOf(el).length === 7);
    equal($(el, "[part=load-more]"), null);
  });

  it("shows the empty state for a board without ideas", async () => {
    const mock = await useMockSite();
    const el = mount("corner-ideas", { ...mock.attrs, board: "empty" });
    await ready(el);
    includes(text($(el, "[part=empty]")), "No ideas yet");
  });

  it("shows an error with a retry that loads the list", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.get(`${mock.base}/boards/:board/ideas`, () => problem(404, "Not found", "No such board."), {
        once: true,
      }),
    );
    const el = mount("corner-ideas", { ...mock.attrs, board: "feedback" });
    const alert = await until(() => $(el, "[part=error]"));
    includes(text(alert), "couldn’t load the ideas");
    alert.querySelector("button")!.click();
    await until(() => ideasOf(el).length === 5);
  });

  it("counts a vote at once and rolls it back when the server fails", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    let fail!: () => void;
    const gate = new Promise<void>((r) => {
      fail = r;
    });
    mock.worker.use(
      http.put(`${mock.base}/ideas/:id/vote`, async () => {
        await gate;
        return problem(500, "Internal", "Something broke.");
      }),
    );
    const el = mount("corner-ideas", { ...mock.attrs, board: "feedback" });
    await ready(el);
    const first = ideasOf(el)[0]!;
    const before = Number(text(first.querySelector(".count")));
    first.querySelector<HTMLElement>("[part=vote-button]")!.click();
    await until(() => text(first.querySelector(".count")) === String(before + 1));
    equal(first.querySelector("[part=vote-button]")!.getAttribute("aria-pressed"), "true");
    fail();
    await until(() => text(first.querySelector(".count")) === String(before));
    equal(first.querySelector("[part=vote-button]")!.getAttribute("aria-pressed"), "false");
    includes(text($(el, "[part=notice]")), "could not be saved");
  });

  it("settles a vote to the server's count and tells the page", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const el = mount("corner-ideas", { ...mock.attrs, board: "feedback" });
    await ready(el);
    const events: CustomEvent[] = [];
    el.addEventListener("corner-idea-vote", (e) => events.push(e));
    const first = ideasOf(el)[0]!;
    const before = Number(text(first.querySelector(".count")));
    first.querySelector<HTMLElement>("[part=vote-button]")!.click();
    await until(() => events.length === 1);
    equal(events[0]!.detail.votes, before + 1);
    equal(events[0]!.detail.votedByMe, true);
    includes(text($(el, "[part=notice]")), "Vote saved");
  });

  it("asks a signed-out reader to sign in instead of voting", async () => {
    const mock = await useMockSite();
    const el = mount("corner-ideas", { ...mock.attrs, board: "feedback" });
    await ready(el);
    const asked: CustomEvent[] = [];
    document.addEventListener("corner-login-required", (e) => asked.push(e), { once: true });
    const first = ideasOf(el)[0]!;
    const before = text(first.querySelector(".count"));
    first.querySelector<HTMLElement>("[part=vote-button]")!.click();
    await until(() => asked.length === 1);
    equal(asked[0]!.detail.reason, "vote");
    equal(asked[0]!.detail.site, mock.site);
    includes(text($(el, "[part=notice]")), "Sign in to vote");
    equal(text(first.querySelector(".count")), before);
    equal(mock.db.log.filter((r) => r.method === "PUT").length, 0, "no vote was sent");
  });

  it("asks the server again when a status tab or the sort changes", async () => {
    const mock = await useMockSite();
    const el = mount("corner-ideas", { ...mock.attrs, board: "feedback" });
    await ready(el);
    const tabs = $$(el, "[part=tab]");
    equal(tabs.map((t) => text(t)).join("|"), "All|Open|Under review|Planned|In progress|Done");
    equal(tabs[0]!.getAttribute("aria-pressed"), "true");
    tabs[3]!.click();
    await until(() => titles(el).join() === "Dark mode for the store");
    equal($$(el, "[part=tab]")[3]!.getAttribute("aria-pressed"), "true");
    equal($$(el, "[part=tab]")[0]!.getAttribute("aria-pressed"), "false");
    ok(ideasRequests(mock).some((r) => r.url.searchParams.get("status") === "planned"));
    $$(el, "[part=tab]")[0]!.click();
    await until(() => ideasOf(el).length === 5);
    const select = $<HTMLSelectElement>(el, "[part=sort]")!;
    select.value = "new";
    select.dispatchEvent(new Event("change"));
    await until(() => titles(el)[0] === "Gift cards by email");
    ok(ideasRequests(mock).some((r) => r.url.searchParams.get("sort") === "new"));
  });

  it("searches after a pause in typing, with one request, and cancels the stale one", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.get(`${mock.base}/boards/:board/ideas`, async ({ request }) => {
        if (new URL(request.url).searchParams.get("q") === "ship") await delay("infinite");
      }),
    );
    const el = mount("corner-ideas", { ...mock.attrs, board: "feedback" });
    await ready(el);
    const search = $<HTMLInputElement>(el, "[part=search]")!;
    const typeIn = (value: string) => {
      search.value = value;
      search.dispatchEvent(new Event("input"));
    };
    for (const partial of ["s", "sh", "shi", "ship"]) typeIn(partial);
    const stale = await until(() => mock.requests.find((r) => r.url.includes("q=ship")));
    equal(mock.requests.filter((r) => /[?&]q=/.test(r.url)).length, 1, "typing quickly makes one request");
    typeIn("dark");
    await until(() => titles(el).join() === "Dark mode for the store");
    equal(stale.signal?.aborted, true, "the stale search was cancelled");
  });

  it("filters by category with the board's category names", async () => {
    const mock = await useMockSite();
    const el = mount("corner-ideas", { ...mock.attrs, board: "feedback" });
    await ready(el);
    const select = await until(() => $<HTMLSelectElement>(el, "[part=category]"));
    const labels = [...select.options].map((o) => o.textContent?.trim());
    equal(labels[0], "All categories");
    ok(labels.includes("Website"));
    select.value = [...select.options].find((o) => o.textContent?.trim() === "Website")!.value;
    select.dispatchEvent(new Event("change"));
    await until(() => ideasRequests(mock).some((r) => r.url.searchParams.get("category") === select.value));
    await until(
      () =>
        ideasOf(el).length > 0 && ideasOf(el).every((i) => text(i.querySelector(".category")) === "Website"),
    );
    select.value = "";
    select.dispatchEvent(new Event("change"));
    await until(() => ideasOf(el).length === 5);
  });

  it("opens an idea's detail from its title and puts focus back on the title when closed", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const el = mount("corner-ideas", { ...mock.attrs, board: "feedback" });
    await ready(el);
    const link = $$<HTMLAnchorElement>(el, "[part=idea-link]").find(
      (a) => text(a) === "Dark mode for the store",
    )!;
    ok(link.getAttribute("href")?.startsWith("#idea-"), "the title is a link to the idea");
    link.click();
    const detail = await until(() => $(el, "corner-idea-detail"));
    equal($(el, "[part=list]"), null, "the detail replaces the list");
    equal(detail.getAttribute("idea"), link.dataset.id);
    // A vote in the detail shows in the list without a reload.
    const before = Number(text(link.closest("[part=idea]")?.querySelector(".count")));
    const vote = await until(() => $<HTMLElement>(detail, "[part=vote-button]"));
    vote.click();
    await until(() => vote.getAttribute("aria-pressed") === "true");
    await until(() => (mock.db.log.some((r) => r.method === "PUT") ? true : null));
    const back = await until(() => $<HTMLElement>(detail, "[part=back-button]"));
    back.click();
    await until(() => $(el, "[part=list]"));
    const again = $$<HTMLAnchorElement>(el, "[part=idea-link]").find(
      (a) => text(a) === "Dark mode for the store",
    )!;
    await until(() => el.shadowRoot!.activeElement === again);
    // Back may come before the server's answer: the list shows the vote once it is saved.
    const row = again.closest("[part=idea]")!;
    await until(() => Number(text(row.querySelector(".count"))) === before + 1);
    equal(row.querySelector("[part=vote-button]")!.getAttribute("aria-pressed"), "true");
  });

  it("opens a similar idea from the form in place of the list, closing the form", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const el = mount("corner-ideas", { ...mock.attrs, board: "feedback" });
    await ready(el);
    $<HTMLElement>(el, "[part=suggest-button]")!.click();
    const form = await until(() => $(el, "corner-idea-form"));
    const title = await until(() => $<HTMLInputElement>(form, "#title"));
    title.value = "dark theme";
    title.dispatchEvent(new Event("input"));
    (await until(() => $<HTMLAnchorElement>(form, "[part=similar-link]"))).click();
    const detail = await until(() => $(el, "corner-idea-detail"));
    await until(() => text($(detail, "h3")) === "Dark mode for the store");
    equal($(el, "corner-idea-form"), null);
  });

  describe("compact", () => {
    it("shows only the suggest button, asks for no list, and opens the form in a modal dialog", async () => {
      const mock = await useMockSite();
      const el = mount("corner-ideas", { ...mock.attrs, board: "feedback", compact: true });
      const button = await until(() => $<HTMLElement>(el, "[part=suggest-button]"));
      equal($(el, "[part=list]"), null);
      equal($(el, "[part=toolbar]"), null);
      equal(button.getAttribute("aria-haspopup"), "dialog");
      button.focus();
      await sendKeys({ press: "Enter" });
      const dialog = await until(() => $<HTMLDialogElement>(el, "dialog[open]"));
      ok(dialog.matches(":modal"), "the dialog is modal");
      const form = await until(() => $(el, "corner-idea-form"));
      await until(() => form.shadowRoot?.activeElement?.id === "title");
      equal(
        $(form, "#form-heading")!.getAttribute("aria-level"),
        "2",
        "the dialog's heading is a level 2 heading",
      );
      await sendKeys({ type: "Half sizes" });
      await sendKeys({ press: "Escape" });
      await until(() => !dialog.open);
      await until(() => el.shadowRoot!.activeElement === button);
      equal($(el, "corner-idea-form"), null, "the form is gone with the dialog");
      equal(ideasRequests(mock).length, 0, "compact mode lists no ideas");
      // The draft survives the dialog.
      button.click();
      const again = await until(() => $(el, "dialog[open] corner-idea-form"));
      await until(() => $<HTMLInputElement>(again, "#title")?.value === "Half sizes");
    });

    it("shows a similar idea in the dialog, and Back returns to the form with the draft", async () => {
      const mock = await useMockSite();
      setSession(mock.site, mock.signIn());
      const el = mount("corner-ideas", { ...mock.attrs, board: "feedback", compact: true });
      (await until(() => $<HTMLElement>(el, "[part=suggest-button]"))).click();
      const form = await until(() => $(el, "dialog[open] corner-idea-form"));
      const title = await until(() => $<HTMLInputElement>(form, "#title"));
      title.value = "dark theme";
      title.dispatchEvent(new Event("input"));
      const link = await until(() => $<HTMLAnchorElement>(form, "[part=similar-link]"));
      equal(text(link), "Dark mode for the store");
      link.click();
      const detail = await until(() => $(el, "dialog[open] corner-idea-detail"));
      equal($(el, "corner-idea-form"), null, "the idea replaces the form");
      (await until(() => $<HTMLElement>(detail, "[part=back-button]"))).click();
      const back = await until(() => $(el, "dialog[open] corner-idea-form"));
      await until(() => $<HTMLInputElement>(back, "#title")?.value === "dark theme");
    });

    it("closes with its close button and has no axe violations while open", async () => {
      const mock = await useMockSite();
      const el = mount("corner-ideas", { ...mock.attrs, board: "feedback", compact: true });
      (await until(() => $<HTMLElement>(el, "[part=suggest-button]"))).click();
      await until(() => $(el, "dialog[open] corner-idea-form"));
      await expectNoAxeViolations(el);
      $(el, "[part=close-button]")!.click();
      await until(() => !$<HTMLDialogElement>(el, "dialog")!.open);
      await until(() => el.shadowRoot!.activeElement === $(el, "[part=suggest-button]"));
    });
  });

  for (const [lang, heading, tab, suggest] of [
    ["de", "Ideen", "Geplant", "Idee vorschlagen"],
    ["fr", "Idées", "Prévue", "Proposer une idée"],
    ["es", "Ideas", "Planificada", "Proponer una idea"],
  ] as const) {
    it(`speaks the page's language (${lang}), in the list and in the form`, async () => {
      const mock = await useMockSite();
      const wrapper = mount("div", {});
      wrapper.setAttribute("lang", lang);
      const el = mount("corner-ideas", { ...mock.attrs, board: "feedback" }, wrapper);
      await until(() => text($$(el, "[part=tab]")[3]) === tab);
      equal(text($(el, "h2")), heading);
      $(el, "[part=suggest-button]")!.click();
      const form = await until(() => $(el, "corner-idea-form"));
      await until(() => text($(form, "h3")) === suggest);
    });
  }

  it("renders a hostile title as text", async () => {
    const mock = await useMockSite();
    const payload = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    mock.db.ideas.set("feedback", [makeIdea({ title: payload, category: "<b>cat</b>" })]);
    const el = mount("corner-ideas", { ...mock.attrs, board: "feedback" });
    await ready(el);
    equal($(el, ".title")!.textContent, payload);
    await until(() => text($(el, ".category")) === "<b>cat</b>");
    equal(el.shadowRoot!.querySelector("img, b"), null);
  });

  for (const theme of ["light", "dark"] as const) {
    it(`has no axe violations in the ${theme} theme`, async () => {
      const mock = await useMockSite();
      setSession(mock.site, mock.signIn());
      document.body.style.background = theme === "dark" ? "#15181d" : "#ffffff";
      const el = mount("corner-ideas", { ...mock.attrs, board: "feedback", theme });
      await ready(el);
      await expectNoAxeViolations(el);
      document.body.style.background = "";
    });
  }
});
