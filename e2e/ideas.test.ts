// End to end, no mocks: the demo shop's Feedback page (built bundle, real API seeded with the `feedback`
// board), driven in Chromium: the seeded ideas show, search and the category filter narrow them, a guest's
// vote counts and survives a reload, Alice posts an idea (similar ideas shown while she types) and finds it
// listed, an idea's detail shows the company's answer and takes a comment, and the compact button on a
// product page opens the form in a dialog, by keyboard alone.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { axePath, axeViolations, collectErrors, type DemoShop, startDemoShop } from "./support.ts";

describe("the demo shop's Feedback page", () => {
  let demo: DemoShop;
  let shop: DemoShop["shop"];
  let browser: Browser;
  let context: BrowserContext;
  const errors: string[] = [];

  before(async () => {
    demo = await startDemoShop();
    ({ shop, browser } = demo);
    // One context for the whole file: the guest's session (localStorage) carries over a reload.
    context = await browser.newContext();
  });

  after(async () => {
    await context?.close();
    await demo?.close();
  });

  const open = async (path = "/feedback", ctx = context): Promise<Page> => {
    const page = await ctx.newPage();
    collectErrors(page, errors);
    await page.goto(`${shop.url}${path}`);
    if (path === "/feedback") await page.locator("corner-ideas [part=idea]").first().waitFor();
    return page;
  };

  /** A page in its own context signed in as Alice through the demo's "Sign in as Alice" (a signed SSO JWT). */
  const openAsAlice = async (path = "/feedback"): Promise<Page> => {
    const ctx = await browser.newContext();
    const page = await open(path, ctx);
    // The browser may already be closing (the file's after hook): nothing is left to close then.
    page.on("close", () => void ctx.close().catch(() => undefined));
    await page.getByRole("button", { name: "Sign in as Alice" }).click();
    await page.locator("#account-name").getByText("Alice").waitFor();
    return page;
  };

  const titlesOf = (page: Page) => page.locator("corner-ideas [part=idea] .title").allTextContents();

  /** The element focused inside shadow roots, as `tag#id` or its part. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el
        ? `${el.localName}${el.id ? `#${el.id}` : ""}${el.getAttribute("part") ? `[${el.getAttribute("part")}]` : ""}`
        : "";
    });

  /** The vote button of the idea with this title. */
  const voteOf = (page: Page, title: string) =>
    page.locator("corner-ideas [part=idea]").filter({ hasText: title }).locator("[part=vote-button]");

  it("lists the seeded ideas with their votes and statuses", async () => {
    const page = await open();
    const items = page.locator("corner-ideas [part=idea]");
    assert.ok((await items.count()) >= 5);
    const button = voteOf(page, "Dark mode for the shop");
    assert.match(
      (await button.getAttribute("aria-label")) ?? "",
      /^Vote for Dark mode for the shop, \d+ votes$/,
    );
    assert.equal(await button.getAttribute("aria-pressed"), "false");
    await page.close();
    assert.deepEqual(errors, []);
  });

  it("narrows the list by search and by category", async () => {
    const page = await open();
    const all = (await titlesOf(page)).length;
    await page.locator("corner-ideas [part=search]").fill("resole");
    await page.waitForFunction(
      () => {
        const root = document.querySelector("corner-ideas")?.shadowRoot;
        const titles = [...(root?.querySelectorAll("[part=idea] .title") ?? [])].map((t) => t.textContent);
        return titles.length > 0 && titles.every((t) => t !== "Dark mode for the shop");
      },
      undefined,
      { timeout: 5000 },
    );
    assert.ok((await titlesOf(page)).includes("Repair service for worn soles"));
    await page.locator("corner-ideas [part=search]").fill("");
    await page.locator("corner-ideas [part=category]").selectOption({ label: "Sustainability" });
    await page.waitForFunction(() => {
      const root = document.querySelector("corner-ideas")?.shadowRoot;
      const cats = [...(root?.querySelectorAll("[part=idea] .category") ?? [])].map((c) => c.textContent);
      return cats.length > 0 && cats.every((c) => c === "Sustainability");
    });
    assert.ok((await titlesOf(page)).length < all);
    await page.close();
    assert.deepEqual(errors, []);
  });

  it("lets Alice post an idea after seeing similar ones, and lists it", async () => {
    const page = await openAsAlice();
    await page.locator("corner-ideas [part=suggest-button]").click();
    const title = page.locator("corner-ideas corner-idea-form #title");
    await title.fill("Dark mode for the checkout too");
    await page.locator("corner-ideas [part=similar]").getByText("Dark mode for the shop").waitFor();
    await page
      .locator("corner-ideas corner-idea-form #description")
      .fill("The checkout is still bright white at night.");
    await page.locator("corner-ideas corner-idea-form #category").selectOption({ label: "Shop & delivery" });
    await page.locator("corner-ideas [part=submit-button]").click();
    await page.locator("corner-ideas [part=notice]").getByText("Thanks, your idea is published.").waitFor();
    await page.locator("corner-ideas [part=sort]").selectOption("new");
    await page.waitForFunction(
      () =>
        document.querySelector("corner-ideas")?.shadowRoot?.querySelector("[part=idea] .title")
          ?.textContent === "Dark mode for the checkout too",
    );
    // It is stored: a fresh page lists it too.
    await page.reload();
    await page.locator("corner-ideas [part=search]").fill("checkout too");
    await page
      .locator("corner-ideas [part=idea]")
      .filter({ hasText: "Dark mode for the checkout too" })
      .waitFor();
    await page.close();
    assert.deepEqual(errors, []);
  });

  it("opens an idea with the company's answer, takes a comment, and goes back to the list", async () => {
    const page = await openAsAlice();
    const link = page
      .locator("corner-ideas [part=idea-link]")
      .filter({ hasText: "Repair service for worn soles" });
    await link.click();
    const detail = page.locator("corner-ideas corner-idea-detail");
    await detail.locator("[part=response]").getByText("resoling workshops", { exact: false }).waitFor();
    assert.equal(await focused(page), "h3#heading[heading]");
    await detail.getByLabel("Your comment", { exact: true }).fill("I would send mine in tomorrow.");
    await detail.getByRole("button", { name: "Post comment" }).click();
    await detail.locator("[part=comments]").getByText("I would send mine in tomorrow.").waitFor();
    await detail.locator("[part=back-button]").click();
    await page.locator("corner-ideas [part=list]").waitFor();
    assert.match(await focused(page), /^a\[idea-link\]$/);
    await page.close();
    assert.deepEqual(errors, []);
  });

  it("opens the form in a dialog from a product page's compact button, by keyboard alone", async () => {
    const page = await open("/products/trail-runner-2");
    const button = page.locator("corner-ideas[compact] [part=suggest-button]");
    await button.waitFor();
    await button.focus();
    await page.keyboard.press("Enter");
    await page.locator("corner-ideas[compact] corner-idea-form #title").waitFor();
    await page.waitForFunction(
      () => document.querySelector("corner-ideas[compact]")?.shadowRoot?.querySelector("dialog")?.open,
    );
    assert.equal(await focused(page), "input#title");
    await page.keyboard.type("Half sizes");
    await page.keyboard.press("Escape");
    await page.waitForFunction(
      () => !document.querySelector("corner-ideas[compact]")?.shadowRoot?.querySelector("dialog")?.open,
    );
    assert.equal(await focused(page), "button[suggest-button]");
    // The draft is still there when the dialog opens again.
    await page.keyboard.press("Enter");
    await page.locator("corner-ideas[compact] corner-idea-form #title").waitFor();
    assert.equal(
      await page.locator("corner-ideas[compact] corner-idea-form #title").inputValue(),
      "Half sizes",
    );
    await page.evaluate(readFileSync(axePath, "utf8"));
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
    assert.deepEqual(errors, []);
  });

  it("counts a guest's vote and keeps it after a reload", async () => {
    const page = await open();
    const button = voteOf(page, "Dark mode for the shop");
    const before = Number(await button.locator(".count").textContent());
    await page.evaluate(() =>
      (window as unknown as { Corner: { login(o: object): Promise<unknown> } }).Corner.login({
        guest: { name: "Gia" },
      }),
    );
    await button.click();
    await page.locator("corner-ideas [part=notice]").getByText("Vote saved.").waitFor();
    assert.equal(Number(await button.locator(".count").textContent()), before + 1);
    assert.equal(await button.getAttribute("aria-pressed"), "true");

    await page.reload();
    const again = voteOf(page, "Dark mode for the shop");
    await again.waitFor();
    await page.waitForFunction(() =>
      [
        ...(document.querySelector("corner-ideas")?.shadowRoot?.querySelectorAll("[part=vote-button]") ?? []),
      ].some((b) => b.getAttribute("aria-pressed") === "true"),
    );
    assert.equal(Number(await again.locator(".count").textContent()), before + 1);
    assert.equal(await again.getAttribute("aria-pressed"), "true");
    await page.close();
    assert.deepEqual(errors, []);
  });

  it("has no accessibility violations that axe can find, shadow roots included", async () => {
    const page = await open();
    await page.evaluate(readFileSync(axePath, "utf8"));
    assert.deepEqual(await axeViolations(page), []);
    // And with an idea's detail open.
    await page.locator("corner-ideas [part=idea-link]").first().click();
    await page.locator("corner-ideas corner-idea-detail [part=comments]").waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
});
