// Size benchmark of the script-tag bundle (run after `pnpm build`): brotli size of every emitted file,
// the first view of a page with <corner-reviews> (what loads before anyone clicks "write"), the lazy
// chunks, and what Chromium actually transfers for the plain page, served brotli-compressed.
//   node --import tsx bench/size.ts
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { distDir, launchChromium, plainPage, strictCsp } from "../e2e/support.ts";
import { startServer } from "../packages/api/src/index.ts";
import { chunkMap } from "../packages/embed/src/chunk-map.ts";
import { widgets } from "../packages/embed/widgets.ts";
import { startStaticServer } from "../packages/test-utils/src/node/static.ts";

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  budget?: number;
  pass?: boolean;
  note?: string;
}

const LOADER_BUDGET = 1500;
const FIRST_VIEW_BUDGET = 14 * 1024;
/** Issues 4, 5, 6 and 7: a widget's own first-view code beyond the shared chunk. */
const WIDGET_BUDGET = 8 * 1024;

const brotli = (file: string): number =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

const row = (metric: string, value: number, unit: string, budget?: number, note?: string): BenchRow => ({
  metric,
  value,
  unit,
  ...(budget === undefined ? {} : { budget, pass: value <= budget }),
  ...(note ? { note } : {}),
});

/** What the plain page makes Chromium fetch: scripts (loader + chunks) and data calls to the API. */
async function measurePlainPage(): Promise<{
  scriptBytes: number;
  headerBytes: number;
  scripts: string[];
  data: string[];
}> {
  const pages: Record<string, string> = {};
  const pageHeaders: Record<string, string> = {};
  const cdn = await startStaticServer({ root: distDir, pages, pageHeaders });
  const api = await startServer({
    port: 0,
    seed: "demo",
    rateLimit: false,
    extraOrigins: { demo: [cdn.url] },
  });
  const browser = await launchChromium();
  try {
    pages["/plain.html"] = plainPage({ site: "demo", api: api.url });
    pageHeaders["content-security-policy"] = strictCsp(api.url);
    cdn.requests.length = 0;
    const page = await browser.newPage();
    const finished: Promise<void>[] = [];
    const scripts: string[] = [];
    const data: string[] = [];
    let scriptBytes = 0;
    let headerBytes = 0;
    page.on("requestfinished", (request) => {
      const url = new URL(request.url());
      if (url.origin === api.url) {
        data.push(`${request.method()} ${url.pathname}${url.search}`);
        return;
      }
      if (request.resourceType() !== "script") return;
      scripts.push(url.pathname);
      finished.push(
        request.sizes().then((sizes) => {
          scriptBytes += sizes.responseBodySize;
          headerBytes += sizes.responseHeadersSize;
        }),
      );
    });
    await page.goto(`${cdn.url}/plain.html`, { waitUntil: "networkidle" });
    await Promise.all(finished);
    return { scriptBytes, headerBytes, scripts, data };
  } finally {
    await browser.close();
    await api.close();
    await cdn.close();
  }
}

export async function benchSize(): Promise<BenchRow[]> {
  const manifest = JSON.parse(readFileSync(join(distDir, ".vite/manifest.json"), "utf8"));
  const map = chunkMap(manifest, widgets);
  const reviews = map.chunks[map.tags["corner-reviews"] ?? -1];
  if (!reviews) throw new Error("the bundle has no <corner-reviews> chunk: run pnpm build");
  const loader = brotli(join(distDir, "corner.js"));
  const firstView = reviews.map((file) => brotli(join(distDir, file)));
  const rows: BenchRow[] = [
    row("corner.js (brotli)", loader, "B", LOADER_BUDGET),
    row(
      "first view of <corner-reviews>: loader + chunks (brotli)",
      loader + firstView.reduce((a, b) => a + b, 0),
      "B",
      FIRST_VIEW_BUDGET,
      `${reviews.length} chunks: ${reviews.map((f, i) => `${f.replace("chunks/", "")} ${firstView[i]}`).join(", ")}`,
    ),
  ];
  // Each other widget's first view beyond what it shares with the reviews' (the issue's "beyond shared code").
  for (const tag of ["corner-ideas", "corner-qa", "corner-survey", "corner-account"]) {
    const own = (map.chunks[map.tags[tag] ?? -1] ?? []).filter((file) => !reviews.includes(file));
    const sizes = own.map((file) => brotli(join(distDir, file)));
    rows.push(
      row(
        `<${tag}> first view beyond shared code (brotli)`,
        sizes.reduce((a, b) => a + b, 0),
        "B",
        WIDGET_BUDGET,
        own.map((f, i) => `${f.replace("chunks/", "")} ${sizes[i]}`).join(", "),
      ),
    );
  }
  const eager = new Set(["corner.js", ...reviews]);
  for (const file of filesUnder(distDir)) {
    const name = relative(distDir, file);
    if (!name.endsWith(".js") || eager.has(name)) continue;
    const runtime = map.chunks[0]?.includes(name);
    rows.push(
      row(`${runtime ? "on sign-in" : "lazy"}: ${name.replace("chunks/", "")} (brotli)`, brotli(file), "B"),
    );
  }

  const plain = await measurePlainPage();
  // The reviews need one data call; the loader adds one survey check per page view (none is eligible here,
  // so no survey chunk loads: bench/survey-check.ts measures the check itself).
  const surveyChecks = plain.data.filter((d) => d.includes("/surveys/eligible"));
  const reviewCalls = plain.data.filter((d) => !d.includes("/surveys/eligible"));
  rows.push(
    row(
      "plain page: script bytes Chromium transfers (brotli bodies)",
      plain.scriptBytes,
      "B",
      FIRST_VIEW_BUDGET,
      `plus ${plain.headerBytes} B of response headers`,
    ),
    row(
      "plain page: script requests (loader + chunks)",
      plain.scripts.length,
      "requests",
      1 + reviews.length,
    ),
    row("plain page: data calls for the reviews", reviewCalls.length, "requests", 1, reviewCalls.join(", ")),
    row("plain page: survey checks", surveyChecks.length, "requests", 1, surveyChecks.join(", ")),
  );
  return rows;
}

export function writeResults(name: string, rows: unknown): void {
  const dir = fileURLToPath(new URL("results", import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(rows, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await benchSize();
  writeResults("size", rows);
  console.table(rows);
}
