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
/** `only`: screenshot just this element (a long product page would hide what the shot is about). */
const shots: { name: string; path: string; only?: string; act?: (page: Page) => Promise<void> }[] = [
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
];
for (const width of [360, 1280]) {
  for (const theme of ["light", "dark"] as const) {
    const page = await browser.newPage({ viewport: { width, height: width < 500 ? 780 : 900 } });
    await page.addInitScript((t) => localStorage.setItem("corner-demo:theme", t), theme);
    for (const shot of shots) {
      if (theme === "dark" && shot.name === "plain") continue;
      // Not "networkidle": a list answer revisited within its stale-while-revalidate window is revalidated
      // in the background, and Chromium never reports that request as finished.
      await page.goto(base + shot.path, { waitUntil: "load" });
      await page.evaluate(() => (window as unknown as { Corner?: { ready: Promise<void> } }).Corner?.ready);
      await shot.act?.(page);
      await page.waitForTimeout(shot.act ? 800 : 300);
      const file = join(out, `${shot.name}-${theme}-${width}.png`);
      if (shot.only) await page.locator(shot.only).screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: true });
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
