// Shared set-up for the end-to-end tests and the size benchmark: Chromium, the plain customer page, and
// the strict Content-Security-Policy it is served with.
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { startDemo } from "../demo/server.ts";
import { startTestApi } from "../packages/test-utils/src/node/index.ts";

export const distDir = fileURLToPath(new URL("../packages/embed/dist", import.meta.url));
export const axePath = fileURLToPath(new URL("../node_modules/axe-core/axe.min.js", import.meta.url));

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
}

/** The strictest policy a careful shop would send: no inline script or style, data only from the API. */
export function strictCsp(apiOrigin: string): string {
  return `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${apiOrigin}; img-src 'self' data:`;
}

/** A plain HTML page that uses nothing but the script tag and one element, as the quick start shows. */
export function plainPage(opts: { site: string; api: string; subject?: string }): string {
  const subject = opts.subject ?? "trail-runner-2";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reviews</title>
<script src="/corner/corner.js" data-site="${opts.site}" data-api="${opts.api}" async></script>
</head>
<body>
<main>
<h1>Trail Runner 2</h1>
<corner-reviews subject="${subject}"></corner-reviews>
</main>
</body>
</html>
`;
}

/** A free TCP port on loopback (the demo shop must know its own origin before the API starts). */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** axe's violations on the page, shadow roots included, as `rule (nodes)`; axe must be loaded first. */
export const axeViolations = (page: Page) =>
  page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });

/**
 * Collects what the page logs as an error or warning, and what it throws, into `errors`, each with the
 * page's URL then: end-to-end tests assert the list stays empty (normal use logs nothing).
 */
export function collectErrors(page: Page, errors: string[]): void {
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e}`));
}

/** The demo's SSO secret, which the demo backend signs "Sign in as Alice" with. */
export const DEMO_SSO_SECRET = "demo-sso-secret-change-me-0123456789abcdef";

export interface DemoShop {
  api: Awaited<ReturnType<typeof startTestApi>>;
  shop: Awaited<ReturnType<typeof startDemo>>;
  browser: Browser;
  close(): Promise<void>;
}

/** The real API seeded with the demo data, the demo shop serving the built bundle in front of it, and Chromium. */
export async function startDemoShop(): Promise<DemoShop> {
  const port = await freePort();
  const api = await startTestApi({ seed: "demo", extraOrigins: { demo: [`http://127.0.0.1:${port}`] } });
  const shop = await startDemo({
    port,
    api: api.url,
    site: "demo",
    ssoSecret: DEMO_SSO_SECRET,
    adminToken: api.adminToken,
    distDir,
    publicDir: fileURLToPath(new URL("../demo/public", import.meta.url)),
  });
  const browser = await launchChromium();
  return {
    api,
    shop,
    browser,
    close: async () => {
      await browser.close();
      await shop.close();
      await api.close();
    },
  };
}

/**
 * Waits until no Corner element on the page is loading (`aria-busy="true"` in its shadow root): after a
 * sign-in the lists reload, dimmed, and a check made meanwhile (axe's contrast rule) sees the dimmed list.
 */
export const widgetsSettled = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll("*")]
      .filter((el) => el.localName.startsWith("corner-") && el.shadowRoot)
      .every((el) => !el.shadowRoot?.querySelector('[aria-busy="true"]')),
  );
