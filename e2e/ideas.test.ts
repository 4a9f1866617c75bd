// End to end, no mocks: the demo shop's Feedback page (built bundle, real API seeded with the `feedback`
// board), driven in Chromium: the seeded ideas show, a guest's vote counts and survives a reload.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startDemo } from "../demo/server.ts";
import { startTestApi } from "../packages/test-utils/src/node/index.ts";
import { axePath, distDir, launchChromium } from "./support.ts";

const publicDir = fileURLToPath(new URL("../demo/public", import.meta.url));

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe("the demo shop's Feedback page", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let shop: Awaited<ReturnType<typeof startDemo>>;
  let browser: Browser;
  let context: BrowserContext;
  const errors: string[] = [];

  before(async () => {
    const port = await freePort();
    api = await startTestApi({ seed: "demo", extraOrigins: { demo: [`http://127.0.0.1:${port}`] } });
    shop = await startDemo({
      port,
      api: api.url,
      site: "demo",
      ssoSecret: "demo-sso-secret-change-me-0123456789abcdef",
      distDir,
      publicDir,
    });
    browser = await launchChromium();
    // One context for the whole file: the guest's session (localStorage) carries over a reload.
    context = await browser.newContext();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await shop?.close();
    await api?.close();
  });

  const open = async (): Promise<Page> => {
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${shop.url}/feedback`);
    await page.locator("corner-ideas [part=idea]").first().waitFor();
    return page;
  };

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
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    assert.deepEqual(violations, []);
    await page.close();
  });
});
