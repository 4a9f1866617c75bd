// Screenshots of the running demo (`pnpm start` first) at phone and desktop widths, light and dark.
//   node --import tsx demo/screenshot.ts [base-url] [out-dir]
// The wide, light product page is also what docs/images/demo-product.png shows (pass --readme).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const base = args[0] ?? `http://127.0.0.1:${process.env.DEMO_PORT || 5173}`;
const out = args[1] ?? "/tmp/corner-shots";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
/** A triggered survey (slide-in or popover) is in the page once it is visible and done moving in. */
const surveyShown = async (page: Page) => {
  await page.locator("corner-survey").first().waitFor({ state: "visible", timeout: 15_000 });
  await page.waitForTimeout(600);
};

/**
 * `only`: screenshot just this element (a long product page would hide what the shot is about).
 * `viewport`: the window as the visitor sees it, not the whole page (a slide-in is fixed to the window).
 * `fresh`: forget this browser's survey history first, so a survey that was shown can show again.
 */
const shots: {
  name: string;
  path: string;
  only?: string;
  viewport?: boolean;
  fresh?: boolean;
  act?: (page: Page) => Promise<void>;
}[] = [
  { name: "home", path: "/" },
  { name: "product", path: "/products/trail-runner-2" },
  { name: "product-empty", path: "/products/wool-beanie" },
  { name: "plain", path: "/plain.html" },
  { name: "feedback", path: "/feedback" },
  {
    name: "idea",
    path: "/feedback",
    act: (page) => page.locator("corner-ideas [part=idea-link]").first().click(),
  },
  {
    name: "suggest-dialog",
    path: "/products/trail-runner-2",
    act: async (page) => {
      await page.locator("corner-ideas[compact] [part=suggest-button]").click();
      await page.locator("corner-ideas[compact] corner-idea-form #title").fill("Dark mode");
    },
  },
  { name: "qa", path: "/products/trail-runner-2", only: "corner-qa" },
  {
    name: "question",
    path: "/products/trail-runner-2",
    only: "corner-qa",
    act: (page) => page.locator("corner-qa [part=question-link]").first().click(),
  },
  {
    name: "ask",
    path: "/products/trail-runner-2",
    only: "corner-qa",
    act: async (page) => {
      await page.locator("corner-qa [part=ask-button]").click();
      await page.locator("corner-qa corner-question-form #title").fill("Does it run");
    },
  },
  // Surveys: the product NPS slides in after a few seconds; the checkout CSAT pops up on the order-placed
  // page (its script calls Corner.track("checkout_done")); the feedback page places one inline.
  { name: "survey-product", path: "/products/trail-runner-2", viewport: true, fresh: true, act: surveyShown },
  {
    name: "survey-checkout",
    path: "/checkout/done?product=headlamp-400&order=CO-DEMO",
    viewport: true,
    fresh: true,
    act: surveyShown,
  },
  { name: "checkout", path: "/checkout?product=headlamp-400" },
  {
    name: "survey-inline",
    path: "/feedback",
    only: ".page-survey",
    act: (page) => page.locator(".page-survey corner-survey").waitFor({ state: "visible" }),
  },
  { name: "staff-surveys", path: "/staff/surveys" },
  { name: "staff-results", path: "/staff/surveys/product-nps" },
  { name: "staff-results-csat", path: "/staff/surveys/checkout-csat" },
];
for (const width of [360, 1280]) {
  for (const theme of ["light", "dark"] as const) {
    const page = await browser.newPage({ viewport: { width, height: width < 500 ? 780 : 900 } });
    await page.addInitScript((t) => localStorage.setItem("corner-demo:theme", t), theme);
    for (const shot of shots) {
      if (theme === "dark" && shot.name === "plain") continue;
      if (shot.fresh) {
        if (!page.url().startsWith(base)) await page.goto(`${base}/plain.html`);
        await page.evaluate(() => localStorage.removeItem("corner:surveys:demo"));
      }
      // Not "networkidle": a list answer revisited within its stale-while-revalidate window is revalidated
      // in the background, and Chromium never reports that request as finished.
      await page.goto(base + shot.path, { waitUntil: "load" });
      await page.evaluate(() => (window as unknown as { Corner?: { ready: Promise<void> } }).Corner?.ready);
      await shot.act?.(page);
      await page.waitForTimeout(shot.act ? 800 : 300);
      const file = join(out, `${shot.name}-${theme}-${width}.png`);
      if (shot.only) await page.locator(shot.only).screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: !shot.viewport });
      console.log(file);
    }
    await page.close();
  }
}

if (process.argv.includes("--readme")) {
  // The README picture: the wide, light product page from the title down to the first reviews.
  const readme = fileURLToPath(new URL("../docs/images/demo-product.png", import.meta.url));
  mkdirSync(fileURLToPath(new URL("../docs/images", import.meta.url)), { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1200 } });
  await page.goto(`${base}/products/trail-runner-2`, { waitUntil: "networkidle" });
  await page.evaluate(() => (window as unknown as { Corner?: { ready: Promise<void> } }).Corner?.ready);
  await page.screenshot({ path: readme });
  console.log(readme);
}
await browser.close();
