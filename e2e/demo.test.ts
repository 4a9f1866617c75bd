// End to end, no mocks: the demo shop as `pnpm start` serves it (built bundle, real API seeded with site
// `demo`), driven in Chromium: what a visitor sees, and "Sign in as Alice" through the shop's backend.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { collectErrors, type DemoShop, startDemoShop } from "./support.ts";

describe("the demo shop", () => {
  let demo: DemoShop;
  let shop: DemoShop["shop"];
  let browser: Browser;
  const errors: string[] = [];

  before(async () => {
    demo = await startDemoShop();
    ({ shop, browser } = demo);
  });

  after(async () => {
    await demo?.close();
  });

  const open = async (path: string): Promise<Page> => {
    const page = await (await browser.newContext()).newPage();
    collectErrors(page, errors);
    await page.goto(shop.url + path);
    return page;
  };

  it("lists every product with its star rating from the seeded reviews", async () => {
    const page = await open("/");
    const cards = page.locator(".card");
    assert.equal(await cards.count(), 6);
    await page
      .locator("corner-rating[subject=trail-runner-2]")
      .getByRole("link", { name: /out of 5/ })
      .waitFor();
    await page.locator("corner-rating[subject=wool-beanie]").getByText("No reviews yet").waitFor();
    assert.deepEqual(errors, []);
  });

  it("shows a product's reviews, and the empty state for a product nobody reviewed", async () => {
    const page = await open("/products/trail-runner-2");
    await page.getByRole("heading", { level: 1, name: "Trail Runner 2" }).waitFor();
    await page.locator("#reviews").getByRole("list", { name: "Rating breakdown" }).waitFor();
    const empty = await open("/products/wool-beanie");
    await empty.locator("#reviews").getByText("Be the first to review").waitFor();
    assert.deepEqual(errors, []);
  });

  it("signs in as Alice through the shop's backend, and the widget and header follow without a reload", async () => {
    const page = await open("/products/merino-hoodie");
    await page.getByRole("button", { name: "Sign in as Alice" }).click();
    await page.getByText("Alice Moreau").waitFor();
    await page
      .locator("#reviews")
      .getByRole("button", { name: /Write a review|Edit your review/ })
      .click();
    await page.locator("#reviews").getByText("Posting as Alice Moreau").waitFor();
    await page.getByRole("button", { name: "Sign out" }).first().click();
    await page.getByRole("button", { name: "Sign in as Alice" }).waitFor();
    assert.deepEqual(errors, []);
  });

  it("switches the widgets to dark theme and to German", async () => {
    const page = await open("/products/trail-runner-2");
    await page.locator("#reviews").getByRole("list", { name: "Rating breakdown" }).waitFor();
    await page.getByRole("button", { name: "Dark theme" }).click();
    assert.equal(await page.locator("#reviews").getAttribute("theme"), "dark");
    await page.getByLabel("Language of the reviews").selectOption("de");
    await page.locator("#reviews").getByRole("button", { name: "Bewertung schreiben" }).waitFor();
    assert.deepEqual(errors, []);
  });
});
