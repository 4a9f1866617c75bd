// End to end, no mocks: surveys in the demo shop (built bundle and script tag, real API seeded with the
// demo surveys), driven in Chromium. The product NPS slides in after its delay without moving the page, the
// visitor answers, the response is stored, and the survey does not come back on reload; Escape dismisses it
// (counted), after which the checkout's CSAT is held back by the contact budget; a visitor who buys at once
// answers the CSAT popover by keyboard; a signed-in person who answered on one device is not asked on
// another; the feedback page's inline survey takes an answer that the staff pages show, escaped; the staff
// results have the NPS chart and the CSV; axe finds nothing.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { SurveyEligible, SurveyResults } from "../packages/contracts/src/survey-api.ts";
import { axePath, axeViolations, collectErrors, type DemoShop, startDemoShop } from "./support.ts";

const PRODUCT = "/products/trail-runner-2";
const NPS_QUESTION = "How likely are you to recommend Corner Outfitters to a friend?";

describe("surveys in the demo shop", () => {
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

  /** The survey's results as the staff see them, straight from the admin API. */
  const results = async (survey: string): Promise<SurveyResults> => {
    const res = await fetch(`${demo.api.url}/v1/admin/sites/demo/surveys/${survey}/results`, {
      headers: { authorization: `Bearer ${demo.api.adminToken}` },
    });
    assert.equal(res.status, 200);
    return (await res.json()) as SurveyResults;
  };

  /** The results once `ready` holds for them (a write the page sends in the background has arrived). */
  const resultsWhen = async (
    survey: string,
    ready: (r: SurveyResults) => boolean,
  ): Promise<SurveyResults> => {
    for (let i = 0; i < 50; i++) {
      const r = await results(survey);
      if (ready(r)) return r;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return results(survey);
  };

  const csv = async (survey: string): Promise<string> => {
    const res = await fetch(`${demo.api.url}/v1/admin/sites/demo/surveys/${survey}/responses.csv`, {
      headers: { authorization: `Bearer ${demo.api.adminToken}` },
    });
    return res.text();
  };

  /** A new browser context: a visitor with empty storage (a new device). */
  const visitor = async (): Promise<Page> => {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    collectErrors(page, errors);
    return page;
  };

  /** Goes to `path` and answers what the loader's survey check said there. */
  const goto = async (page: Page, path: string): Promise<SurveyEligible> => {
    const check = page.waitForResponse((r) => r.url().includes("/surveys/eligible"));
    await page.goto(shop.url + path);
    return (await (await check).json()) as SurveyEligible;
  };

  const open = async (path: string): Promise<Page> => {
    const page = await visitor();
    await page.goto(shop.url + path);
    return page;
  };

  /** Signs the page's visitor in as a demo person, as the shop's own sign-in would. */
  const signIn = (page: Page, who: "alice" | "ben") =>
    page.evaluate(async (user) => {
      const res = await fetch(`/demo/sso?user=${user}`, { method: "POST" });
      const { sso } = (await res.json()) as { sso: string };
      await (window as unknown as { Corner: { login(o: { sso: string }): Promise<unknown> } }).Corner.login({
        sso,
      });
    }, who);

  /** Answers the product NPS with 10, then "Fast delivery", and waits for the thanks. */
  const answerNps = async (page: Page) => {
    const survey = page.locator("corner-survey");
    await survey.getByRole("radio", { name: /^10\b/ }).check();
    await survey.getByRole("button", { name: "Next" }).click();
    await survey.getByRole("radio", { name: "Fast delivery" }).check();
    await survey.getByRole("button", { name: "Send" }).click();
    await survey.getByText("Thank you! Every answer is read by our team.").waitFor();
  };

  const surveyChunkRequested = (page: Page) => {
    const seen: string[] = [];
    page.on("request", (r) => {
      if (/\/corner\/chunks\/survey-[\w-]+\.js$/.test(r.url())) seen.push(r.url());
    });
    return seen;
  };

  it("slides the product NPS in after its delay without moving the page; the answer is stored and the survey does not come back", async () => {
    const before = await results("product-nps");
    const page = await visitor();
    const eligible = await goto(page, PRODUCT);
    assert.deepEqual(
      eligible.surveys.map((s) => s.id),
      ["product-nps"],
    );
    const started = Date.now();
    const heading = page.getByRole("heading", { level: 1 });
    const place = await heading.boundingBox();
    const survey = page.locator("corner-survey");
    await survey.getByText(NPS_QUESTION).waitFor({ timeout: 15_000 });
    assert.ok(Date.now() - started >= 3000, "not before its 4 s delay");
    assert.deepEqual(await heading.boundingBox(), place, "the page did not move");
    assert.equal(await survey.getByRole("radio").count(), 11);
    assert.equal(await survey.evaluate((el) => el.matches(":popover-open")), true, "in the top layer");

    await answerNps(page);
    const after = await results("product-nps");
    assert.equal(after.counts.shown, before.counts.shown + 1);
    assert.equal(after.counts.completed, before.counts.completed + 1);
    const nps = (r: SurveyResults) => r.steps.find((s) => s.id === "score")!.nps!;
    assert.equal(nps(after).promoters, nps(before).promoters + 1);
    const love = (r: SurveyResults) => r.steps.find((s) => s.id === "love")!.distribution!;
    assert.equal(
      love(after).find((d) => d.value === "delivery")!.count,
      love(before).find((d) => d.value === "delivery")!.count + 1,
    );

    // Back again: the check finds nothing, so no survey code loads.
    const chunks = surveyChunkRequested(page);
    const again = await goto(page, PRODUCT);
    assert.deepEqual(again.surveys, []);
    await page.waitForLoadState("networkidle");
    assert.deepEqual(chunks, []);
    assert.equal(await page.locator("corner-survey").count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("counts Escape as a dismissal, and then holds the checkout survey back by the contact budget", async () => {
    const before = await results("product-nps");
    const page = await visitor();
    await goto(page, PRODUCT);
    const survey = page.locator("corner-survey");
    await survey.getByText(NPS_QUESTION).waitFor({ timeout: 15_000 });
    await page.keyboard.press("Escape");
    await survey.waitFor({ state: "detached" });
    // The dismissal is reported in the background: read the results once it has arrived.
    const after = await resultsWhen("product-nps", (r) => r.counts.dismissed > before.counts.dismissed);
    assert.equal(after.counts.dismissed, before.counts.dismissed + 1);
    assert.equal(after.counts.responses, before.counts.responses);

    await page.getByRole("link", { name: "Buy now" }).click();
    await page.getByRole("heading", { level: 1, name: "Checkout" }).waitFor();
    const check = page.waitForResponse((r) => r.url().includes("/surveys/eligible"));
    await page.getByRole("button", { name: "Place order" }).click();
    await page.getByRole("heading", { level: 1, name: "Thank you for your order" }).waitFor();
    assert.deepEqual(
      ((await (await check).json()) as SurveyEligible).surveys,
      [],
      "held by the contact budget",
    );
    await page.waitForTimeout(1000);
    assert.equal(await page.locator("corner-survey").count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("asks a visitor who buys at once about the checkout, in a popover answered by keyboard alone", async () => {
    const before = await results("checkout-csat");
    const page = await visitor();
    await goto(page, "/products/headlamp-400");
    await page.getByRole("link", { name: "Buy now" }).click();
    await page.getByRole("button", { name: "Place order" }).click();
    await page.getByRole("heading", { level: 1, name: "Thank you for your order" }).waitFor();
    assert.match(page.url(), /\/checkout\/done\?product=headlamp-400&order=CO-/);
    const survey = page.locator("corner-survey");
    await survey.getByText("How was checking out today?").waitFor({ timeout: 10_000 });
    assert.equal(await survey.getAttribute("display"), "popover");

    // The popover takes focus on its first face; arrows choose, Tab reaches Next, Enter goes on.
    const focusedName = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute("aria-label") ?? el?.textContent?.trim() ?? "";
      });
    await page.waitForFunction(() => document.activeElement?.localName === "corner-survey");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    assert.equal(await survey.getByRole("radio", { name: "Very satisfied" }).isChecked(), true);
    await page.keyboard.press("Tab");
    assert.equal(await focusedName(), "Next");
    await page.keyboard.press("Enter");
    await survey.getByText("How easy was it to pay?").waitFor();
    // The optional steps: skip them by keyboard to the end.
    for (const question of ["How easy was it to pay?", "What could be better?"]) {
      await survey.getByText(question).waitFor();
      await survey
        .getByRole("button", { name: /^(Skip|Send)$/ })
        .first()
        .focus();
      await page.keyboard.press("Enter");
    }
    await survey.getByText("Thanks, and enjoy your order!").waitFor();
    const after = await results("checkout-csat");
    assert.equal(after.counts.completed, before.counts.completed + 1);
    const csat = (r: SurveyResults) => r.steps.find((s) => s.id === "checkout")!.distribution!;
    assert.equal(
      csat(after).find((d) => d.value === 5)!.count,
      csat(before).find((d) => d.value === 5)!.count + 1,
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("remembers a signed-in person across devices: answered on one, not asked on another", async () => {
    const laptop = await visitor();
    await goto(laptop, "/");
    await signIn(laptop, "ben");
    const first = await goto(laptop, PRODUCT);
    assert.deepEqual(
      first.surveys.map((s) => s.id),
      ["product-nps"],
    );
    await laptop.locator("corner-survey").getByText(NPS_QUESTION).waitFor({ timeout: 15_000 });
    await answerNps(laptop);

    const phone = await visitor();
    await goto(phone, "/");
    await signIn(phone, "ben");
    const chunks = surveyChunkRequested(phone);
    const second = await goto(phone, PRODUCT);
    assert.deepEqual(second.surveys, [], "answered on the other device");
    await phone.waitForLoadState("networkidle");
    assert.deepEqual(chunks, []);
    // Another person on that phone would be asked: the server remembers Ben, not the device.
    const stranger = await visitor();
    const third = await goto(stranger, PRODUCT);
    assert.deepEqual(
      third.surveys.map((s) => s.id),
      ["product-nps"],
    );
    assert.deepEqual(errors, []);
    for (const p of [laptop, phone, stranger]) await p.context().close();
  });

  it("checks again when the page calls Corner.identify(), and keeps the attributes for the next page", async () => {
    // A survey for customers on the pro plan, shown on the plain page as soon as it may be.
    const created = await fetch(`${demo.api.url}/v1/admin/sites/demo/surveys`, {
      method: "POST",
      headers: { authorization: `Bearer ${demo.api.adminToken}`, "content-type": "application/json" },
      body: JSON.stringify({
        id: "pro-plan",
        name: "Pro plan",
        status: "active",
        display: "popover",
        trigger: { type: "pageview" },
        targeting: { urls: { include: ["/plain.html"] }, attributes: [{ key: "plan", equals: "pro" }] },
        steps: [{ id: "score", type: "ces", question: "How easy is the pro plan to use?" }],
      }),
    });
    assert.equal(created.status, 201, await created.text());
    const page = await visitor();
    assert.deepEqual((await goto(page, "/plain.html")).surveys, [], "not before the page says who it is");
    const check = page.waitForResponse((r) => r.url().includes("/surveys/eligible"));
    await page.evaluate(() =>
      (window as unknown as { Corner: { identify(a: object): void } }).Corner.identify({ plan: "pro" }),
    );
    const body = (await (await check).json()) as SurveyEligible;
    assert.deepEqual(
      body.surveys.map((s) => s.id),
      ["pro-plan"],
    );
    await page.locator("corner-survey").getByText("How easy is the pro plan to use?").waitFor();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("corner:surveys:demo")!));
    assert.deepEqual(stored.t, { plan: "pro" });
    assert.ok(stored.s["pro-plan"].s > 0, "shown, remembered in this browser");
    // Escape: dismissed for its 30 days, so the next page's check (which sends the attributes) holds it.
    await page.keyboard.press("Escape");
    const next = await goto(page, "/plain.html");
    assert.deepEqual(next.surveys, []);
    const pause = await fetch(`${demo.api.url}/v1/admin/sites/demo/surveys/pro-plan`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${demo.api.adminToken}`, "content-type": "application/json" },
      body: JSON.stringify({ status: "ended" }),
    });
    assert.equal(pause.status, 200);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("takes an answer to the inline survey on the feedback page, which the staff page then shows, escaped", async () => {
    const page = await open("/feedback");
    const survey = page.locator(".page-survey corner-survey");
    await survey.getByRole("radio", { name: /^4/ }).check();
    await survey.getByRole("button", { name: "Next" }).click();
    await survey.getByRole("textbox").fill("A size guide <b>please</b>");
    await survey.getByRole("button", { name: "Send" }).click();
    await survey.getByText("Thanks, that helps us improve the page.").waitFor();
    const staff = await open("/staff/surveys/site-feedback");
    await staff.getByRole("heading", { level: 1, name: "Was this page useful?" }).waitFor();
    await staff.locator("blockquote", { hasText: "A size guide <b>please</b>" }).waitFor();
    assert.equal(await staff.locator("blockquote b").count(), 0);
    assert.match(await csv("site-feedback"), /A size guide <b>please<\/b>/);
    assert.deepEqual(errors, []);
    await page.context().close();
    await staff.context().close();
  });

  it("shows staff the results: NPS card, an NPS chart with its numbers, and the CSV through the shop", async () => {
    const list = await open("/staff/surveys");
    await list.getByRole("link", { name: "Product page NPS" }).click();
    await list.getByRole("heading", { level: 2, name: "Net Promoter Score" }).waitFor();
    const chart = list.getByRole("img", { name: /NPS by week/ });
    await chart.waitFor();
    await list.getByText("The numbers").first().click();
    assert.ok((await list.locator(".trend table tbody tr").count()) >= 10, "a row per week with answers");
    const html = await list.content();
    assert.doesNotMatch(html, new RegExp(demo.api.adminToken));
    const [download] = await Promise.all([
      list.waitForEvent("download"),
      list.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "product-nps-responses.csv");
    const text = readFileSync((await download.path()) as string, "utf8");
    assert.match(text, /^response_id,started_at,updated_at,complete,/);
    assert.ok(text.trim().split("\n").length > 100);
    assert.deepEqual(errors, []);
    await list.context().close();
  });

  it("has no accessibility violations that axe can find, with a survey open and on the staff pages", async () => {
    const product = await visitor();
    await goto(product, PRODUCT);
    await product.locator("corner-survey").getByText(NPS_QUESTION).waitFor({ timeout: 15_000 });
    // Contrast is checked on the card as it rests, not halfway through its slide-in.
    await product
      .locator("corner-survey")
      .evaluate((el) => Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished)));
    await product.evaluate(readFileSync(axePath, "utf8"));
    assert.deepEqual(await axeViolations(product), [], "product page with the NPS slide-in");
    await product.context().close();
    for (const path of [
      "/feedback",
      "/checkout?product=headlamp-400",
      "/staff/surveys",
      "/staff/surveys/product-nps",
      "/staff/surveys/checkout-csat",
    ]) {
      const page = await open(path);
      await page.waitForLoadState("load");
      await page.evaluate(readFileSync(axePath, "utf8"));
      assert.deepEqual(await axeViolations(page), [], path);
      await page.context().close();
    }
  });
});
