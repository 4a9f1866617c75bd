// End to end, no mocks: the built script-tag bundle on a plain page under a strict CSP, the real API on a
// real database, driven in Chromium. Run after `pnpm build` (`pnpm test:e2e` does both).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { chunkMap, type Manifest } from "../packages/embed/src/chunk-map.ts";
import { widgets } from "../packages/embed/widgets.ts";
import { createTestSite, signIn, signSso, startTestApi } from "../packages/test-utils/src/node/index.ts";
import { type StaticServer, startStaticServer } from "../packages/test-utils/src/node/static.ts";
import { axePath, distDir, launchChromium, plainPage, strictCsp } from "./support.ts";

type Api = Awaited<ReturnType<typeof startTestApi>>;

const manifest = JSON.parse(readFileSync(join(distDir, ".vite/manifest.json"), "utf8")) as Manifest;
const map = chunkMap(manifest, widgets);
const reviewsChunks = map.chunks[map.tags["corner-reviews"]!]!;

/** What a page did that a shop owner would not want: console errors and warnings, uncaught errors, CSP violations. */
interface Watch {
  console: { type: string; text: string }[];
  pageErrors: string[];
  requests: string[];
  csp(): Promise<string[]>;
}

async function watch(page: Page): Promise<Watch> {
  const w: Watch = {
    console: [],
    pageErrors: [],
    requests: [],
    csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") w.console.push({ type: m.type(), text: m.text() });
  });
  page.on("pageerror", (e) => w.pageErrors.push(String(e)));
  page.on("request", (r) => w.requests.push(`${r.method()} ${r.url()}`));
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener("securitypolicyviolation", (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return w;
}

/** The open shadow root of the reviews widget, for role and text queries. */
const reviews = (page: Page) => page.locator("corner-reviews");

async function postAsGuest(api: Api, site: { id: string; ssoSecret: string }, name: string, review: object) {
  const { token } = await signIn(api, site, { guest: name });
  const r = await fetch(`${api.url}/v1/sites/${site.id}/subjects/trail-runner-2/reviews`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(review),
  });
  assert.equal(r.status, 201, await r.clone().text());
}

describe("the script tag on a plain page, against the real API", () => {
  let api: Api;
  let cdn: StaticServer;
  let browser: Browser;
  let site: string;
  let ssoSecret: string;
  const pages: Record<string, string> = {};
  const pageHeaders: Record<string, string> = {};

  before(async () => {
    cdn = await startStaticServer({ root: distDir, pages, pageHeaders });
    api = await startTestApi();
    ({ id: site, ssoSecret } = await createTestSite(api, { origins: [cdn.url], allowGuests: true }));
    pages["/plain.html"] = plainPage({ site, api: api.url });
    pages["/later.html"] = plainPage({ site, api: api.url }).replace(
      /<corner-reviews[^>]*><\/corner-reviews>/,
      "",
    );
    pageHeaders["content-security-policy"] = strictCsp(api.url);
    await postAsGuest(api, { id: site, ssoSecret }, "Priya", {
      rating: 5,
      title: "Grippy on wet rock",
      body: "Took them up Snowdon in the rain.",
    });
    await postAsGuest(api, { id: site, ssoSecret }, "Tom", {
      rating: 3,
      body: "Comfortable, but they run half a size small.",
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await api?.close();
    await cdn?.close();
  });

  const open = async (): Promise<{ context: BrowserContext; page: Page; seen: Watch }> => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = await watch(page);
    await page.goto(`${cdn.url}/plain.html`);
    return { context, page, seen };
  };

  it("shows the summary and the reviews stored in the API", async () => {
    const { context, page, seen } = await open();
    await reviews(page).getByRole("heading", { name: "Grippy on wet rock" }).waitFor();
    await reviews(page).getByText("Comfortable, but they run half a size small.").waitFor();
    await reviews(page).getByText("4.0 out of 5, 2 reviews").waitFor({ state: "attached" });
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.console, []);
    assert.deepEqual(await seen.csp(), []);
    await context.close();
  });

  it("loads the loader, the reviews chunks, one data call and one survey check, and nothing else", async () => {
    const { context, page, seen } = await open();
    await reviews(page).getByRole("heading", { name: "Grippy on wet rock" }).waitFor();
    await page.waitForLoadState("networkidle");
    const code = seen.requests.filter((r) => r.includes("/corner/")).map((r) => r.split("/corner/")[1]);
    assert.deepEqual(code.sort(), ["corner.js", ...reviewsChunks].sort());
    // One data call, the reviews of the subject (its query string is the widget's business), and the
    // loader's survey check, which finds none eligible here, so no survey chunk loads.
    const data = seen.requests.filter((r) => r.includes(api.url)).map((r) => r.split("?")[0]);
    assert.deepEqual(data.sort(), [
      `GET ${api.url}/v1/sites/${site}/subjects/trail-runner-2/reviews`,
      `GET ${api.url}/v1/sites/${site}/surveys/eligible`,
    ]);
    await context.close();
  });

  it("lets a visitor post a review as a guest with the keyboard, counts it, and keeps it after a reload", async () => {
    const { context, page, seen } = await open();
    const widget = reviews(page);
    await widget.getByRole("heading", { name: "Grippy on wet rock" }).waitFor();
    const before = await widget
      .getByRole("list", { name: "Rating breakdown" })
      .getByRole("button")
      .allTextContents();

    await widget.getByRole("button", { name: "Write a review" }).click();
    await widget.getByLabel("Your name").fill("Sam");
    await widget.getByRole("button", { name: "Continue as guest" }).click();
    await widget.getByText("Posting as Sam").waitFor();

    // The star input is one tab stop; arrow keys choose, as in a native radio group.
    await widget.getByRole("radio", { name: "1 star" }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    assert.equal(await widget.getByRole("radio", { name: "4 stars" }).getAttribute("aria-checked"), "true");
    await widget.getByLabel("Title (optional)").fill("Light and quick");
    await widget.getByLabel("Your review").fill("Ran a muddy half marathon in them: no blisters.");
    await widget.getByRole("button", { name: "Post review" }).click();

    await widget.getByText("Thanks! Your review is published.").waitFor();
    await widget.getByRole("heading", { name: "Light and quick" }).waitFor();
    await widget.getByText("4.0 out of 5, 3 reviews").waitFor({ state: "attached" });
    const afterPost = await widget
      .getByRole("list", { name: "Rating breakdown" })
      .getByRole("button")
      .allTextContents();
    assert.notDeepEqual(afterPost, before);

    await page.reload();
    await widget.getByRole("heading", { name: "Light and quick" }).waitFor();
    await widget.getByText("4.0 out of 5, 3 reviews").waitFor({ state: "attached" });
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.console, []);
    assert.deepEqual(await seen.csp(), []);
    await context.close();
  });

  it("has no accessibility violations that axe can find, shadow roots included", async () => {
    const { context, page } = await open();
    await reviews(page).getByRole("heading", { name: "Grippy on wet rock" }).waitFor();
    // Evaluated through the DevTools protocol, so the page's CSP (no inline script) does not block it.
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
    await context.close();
  });

  it("signs the visitor in with the host's SSO token through Corner.login, loading the sign-in code only then", async () => {
    const { context, page, seen } = await open();
    const widget = reviews(page);
    await widget.getByRole("heading", { name: "Grippy on wet rock" }).waitFor();
    const runtime = map.chunks[0]![0]!;
    assert.ok(!seen.requests.some((r) => r.endsWith(runtime)), "sign-in code loaded before it was needed");

    const sso = signSso(ssoSecret, { sub: "alice-42", name: "Alice Moreau" });
    const user = await page.evaluate(
      (token) =>
        (
          window as unknown as { Corner: { login(o: { sso: string }): Promise<{ name: string }> } }
        ).Corner.login({ sso: token }),
      sso,
    );
    assert.equal(user.name, "Alice Moreau");
    assert.ok(seen.requests.some((r) => r.endsWith(runtime)));
    // The widget already on the page follows the sign-in without a reload.
    await widget.getByRole("button", { name: "Write a review" }).click();
    await widget.getByText("Posting as Alice Moreau").waitFor();
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.console, []);
    await context.close();
  });

  it("turns a chunk that cannot load into one [corner] warning, never an error in the page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = await watch(page);
    await page.route(`**/corner/${reviewsChunks[0]}`, (route) => route.abort());
    await page.goto(`${cdn.url}/plain.html`);
    await page.evaluate(() => (window as unknown as { Corner: { ready: Promise<void> } }).Corner.ready);
    assert.deepEqual(seen.pageErrors, []);
    const fromScripts = seen.console.filter((m) => !m.text.startsWith("Failed to load resource"));
    assert.equal(fromScripts.length, 1, JSON.stringify(fromScripts));
    assert.equal(fromScripts[0]?.type, "warning");
    assert.match(fromScripts[0]?.text ?? "", /^\[corner\]/);
    await context.close();
  });

  it("signs in on start with data-sso on the script tag", async () => {
    const sso = signSso(ssoSecret, { sub: "ben-7", name: "Ben Okafor" });
    pages["/sso.html"] = plainPage({ site, api: api.url }).replace(" async>", ` data-sso="${sso}" async>`);
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = await watch(page);
    await page.goto(`${cdn.url}/sso.html`);
    await page.evaluate(() => (window as unknown as { Corner: { ready: Promise<void> } }).Corner.ready);
    await reviews(page).getByRole("button", { name: "Write a review" }).click();
    await reviews(page).getByText("Posting as Ben Okafor").waitFor();
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.console, []);
    await context.close();
  });

  it("loads a widget's code only once one is added to the page, even deep inside a new subtree", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = await watch(page);
    await page.goto(`${cdn.url}/later.html`);
    await page.evaluate(() => (window as unknown as { Corner: { ready: Promise<void> } }).Corner.ready);
    assert.deepEqual(
      seen.requests.filter((r) => r.includes("/corner/")).map((r) => r.split("/corner/")[1]),
      ["corner.js"],
    );
    await page.evaluate(() => {
      const box = document.createElement("section");
      const rating = document.createElement("corner-rating");
      rating.setAttribute("subject", "trail-runner-2");
      box.append(rating);
      document.body.append(box);
    });
    await page
      .locator("corner-rating")
      .getByRole("link", { name: /out of 5, \d+ reviews/ })
      .waitFor();
    assert.deepEqual(seen.pageErrors, []);
    await context.close();
  });
});

describe("the script tag when the API is down", () => {
  it("shows the error state with a retry, throws nothing into the page, and logs nothing but [corner] warnings", async () => {
    // A port that was just free: nothing listens there.
    const gone = await startStaticServer({ root: distDir });
    const deadApi = gone.url;
    await gone.close();
    const pages = { "/plain.html": plainPage({ site: "demo", api: deadApi }) };
    const cdn = await startStaticServer({
      root: distDir,
      pages,
      pageHeaders: { "content-security-policy": strictCsp(deadApi) },
    });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const seen = await watch(page);
      await page.goto(`${cdn.url}/plain.html`);
      await reviews(page).getByRole("alert").getByText("We couldn’t load the reviews.").waitFor();
      await reviews(page).getByRole("button", { name: "Retry" }).waitFor();
      assert.deepEqual(seen.pageErrors, []);
      // Chromium itself logs the refused connection; everything the page's scripts say is prefixed [corner].
      const fromScripts = seen.console.filter((m) => !m.text.startsWith("Failed to load resource"));
      assert.ok(
        fromScripts.every((m) => m.type === "warning" && m.text.startsWith("[corner]")),
        JSON.stringify(fromScripts),
      );
      // One warning for the failed load (not one per retry) that says what failed and where.
      assert.equal(fromScripts.length, 1, JSON.stringify(fromScripts));
      assert.ok(
        fromScripts[0]!.text.startsWith(`[corner] could not load reviews for trail-runner-2 from ${deadApi}`),
        fromScripts[0]!.text,
      );
      assert.deepEqual(await seen.csp(), []);
    } finally {
      await browser.close();
      await cdn.close();
    }
  });
});
