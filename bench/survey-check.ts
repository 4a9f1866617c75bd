// What surveys cost a page. corner.js asks the API once per page view which surveys may be shown
// (`GET …/surveys/eligible`) and loads the survey chunk only when one may. This measures, in Debian's
// Chromium against the real API with the built bundle:
//  - a page where no survey is eligible: the requests the loader makes (the check only, no chunk) and the
//    bytes of that check on the wire (request line and headers up, response headers and body down);
//  - a page where one is: the chunks that arrive once the check says so;
// and, with autocannon at 50 connections, how many anonymous checks per second one API process answers
// (every page view of every site with the script tag makes one).
// Run alone: `node --import tsx bench/survey-check.ts` after `pnpm build`.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { distDir, freePort, launchChromium } from "../e2e/support.ts";
import { createTestSite, startTestApi } from "../packages/test-utils/src/node/index.ts";
import { startStaticServer } from "../packages/test-utils/src/node/static.ts";

type Row = { name: string; value: number; unit: string; budget?: number; pass?: boolean; note?: string };
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
}) => Promise<{ requests: { average: number }; latency: { p99: number }; non2xx: number; errors: number }>;

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);

const page = (site: string, api: string, title: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script src="/corner/corner.js" data-site="${site}" data-api="${api}" async></script>
</head><body><main><h1>${title}</h1><p>A page of the shop with the Corner script tag and no widget.</p></main></body></html>`;

/** The survey check's bytes on the wire, and every script the page fetched from the bundle. */
async function visit(p: Page, url: string, api: string) {
  const scripts: string[] = [];
  const checks: { up: number; down: number; body: number }[] = [];
  p.on("requestfinished", async (request) => {
    const u = request.url();
    if (u.includes("/corner/")) scripts.push(u.split("/corner/")[1]!);
    if (u.startsWith(api) && u.includes("/surveys/eligible")) {
      const sizes = await request.sizes();
      checks.push({
        up: sizes.requestHeadersSize + sizes.requestBodySize + u.length,
        down: sizes.responseHeadersSize + sizes.responseBodySize,
        body: sizes.responseBodySize,
      });
    }
  });
  await p.goto(url);
  await p.waitForLoadState("networkidle");
  return { scripts, checks };
}

export async function benchSurveyCheck(): Promise<Row[]> {
  const api = await startTestApi({ rateLimit: false });
  const rows: Row[] = [];
  try {
    const port = await freePort();
    const site = await createTestSite(api, { origins: [`http://127.0.0.1:${port}`] });
    const admin = { authorization: `Bearer ${api.adminToken}`, "content-type": "application/json" };
    // Two surveys, the shape a shop would run: NPS on product pages, CSAT after checkout.
    for (const survey of [
      {
        id: "product-nps",
        name: "Product NPS",
        status: "active",
        steps: [
          { id: "score", type: "nps", question: "How likely are you to recommend us?" },
          { id: "why", type: "text", question: "What is the main reason for your score?" },
          { id: "thanks", type: "thanks", question: "Thank you!" },
        ],
        targeting: { urls: { include: ["/products/**"] } },
        trigger: { type: "delay", ms: 60_000 },
      },
      {
        id: "checkout-csat",
        name: "Checkout CSAT",
        status: "active",
        steps: [{ id: "csat", type: "csat", question: "How was checking out today?" }],
        targeting: { urls: { include: ["/checkout/**"] } },
        trigger: { type: "event", name: "checkout_done" },
      },
    ]) {
      const r = await api.request(`/v1/admin/sites/${site.id}/surveys`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify(survey),
      });
      if (r.status !== 201) throw new Error(`creating survey ${survey.id}: ${r.status} ${await r.text()}`);
    }
    const pages = {
      "/about.html": page(site.id, api.url, "About us"),
      "/products/trail-runner.html": page(site.id, api.url, "Trail Runner"),
    };
    const server = await startStaticServer({ root: distDir, pages, port });
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const none = await visit(await context.newPage(), `${server.url}/about.html`, api.url);
      const check = none.checks[0];
      if (!check) throw new Error("the loader made no survey check");
      rows.push(
        {
          name: "no survey eligible: scripts fetched besides corner.js",
          value: none.scripts.filter((s) => s !== "corner.js").length,
          unit: "files",
          budget: 0,
          pass: none.scripts.length === 1,
          note: none.scripts.join(", "),
        },
        {
          name: "no survey eligible: survey checks",
          value: none.checks.length,
          unit: "requests",
          budget: 1,
          pass: none.checks.length === 1,
        },
        {
          name: "no survey eligible: check on the wire (up + down)",
          value: check.up + check.down,
          unit: "B",
          note: `${check.up} B up (URL and headers), ${check.down} B down (${check.body} B body)`,
        },
      );
      const some = await visit(await context.newPage(), `${server.url}/products/trail-runner.html`, api.url);
      rows.push({
        name: "survey eligible: scripts fetched besides corner.js",
        value: some.scripts.filter((s) => s !== "corner.js").length,
        unit: "files",
        note: some.scripts.filter((s) => s !== "corner.js").join(", "),
      });
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }

    // Throughput of the anonymous check, as corner.js sends it from a product page.
    const query = new URLSearchParams({
      url: "/products/trail-runner",
      visitor: "k3j2h4g5f6d7s8a9",
      device: "desktop",
      lang: "en-GB,en",
      history: JSON.stringify({ s: { "checkout-csat": { s: 1 } } }),
      attributes: "{}",
    });
    const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
    const url = `${api.url}/v1/sites/${site.id}/surveys/eligible?${query}`;
    await autocannon({ url, connections: 50, duration: 2 }); // warm-up
    const r = await autocannon({ url, connections: 50, duration: DURATION });
    rows.push({
      name: "survey check throughput (anonymous, one API process)",
      value: Math.round(r.requests.average),
      unit: "req/s",
      note: `p99 ${r.latency.p99} ms, ${r.non2xx} non-2xx, ${r.errors} errors`,
      pass: r.non2xx === 0 && r.errors === 0,
    });
  } finally {
    await api.close();
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of await benchSurveyCheck()) console.log(row);
}
