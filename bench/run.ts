// `pnpm bench` (after `pnpm build`): every benchmark named in the issues, one table with each row's
// budget and pass/fail, results in bench/results/*.json. Exits non-zero when a budget is missed.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { benchIdeaVote } from "./idea-vote.ts";
import { benchPow } from "./pow.ts";
import { type BenchRow, benchSize, writeResults } from "./size.ts";
import { benchSurveyCheck } from "./survey-check.ts";

type Row = Partial<BenchRow> & { metric?: string; name?: string; value?: number };

const rows: Row[] = [];

const size = await benchSize();
writeResults("size", size);
rows.push(...size);

// The API helper's read benchmark; absent until @corner/api lands it.
const apiRead = fileURLToPath(new URL("api-read.ts", import.meta.url));
if (existsSync(apiRead)) {
  const mod = (await import(pathToFileURL(apiRead).href)) as { benchApiRead?: () => Promise<Row[]> };
  if (mod.benchApiRead) {
    const read = await mod.benchApiRead();
    writeResults("api-read", read);
    rows.push(...read);
  } else console.warn("bench/api-read.ts does not export benchApiRead(): skipped");
} else console.warn("bench/api-read.ts does not exist yet: API read benchmark skipped");

rows.push(...(await benchIdeaVote())); // writes bench/results/idea-vote.json itself

const surveyCheck = await benchSurveyCheck();
writeResults("survey-check", surveyCheck);
rows.push(...surveyCheck);

const pow = await benchPow();
writeResults("pow", pow);
rows.push(...pow);

const status = (r: Row): string => (r.pass === undefined ? "" : r.pass ? "pass" : "FAIL");
const table = rows.map((r) => [
  String(r.metric ?? r.name ?? "?"),
  `${typeof r.value === "number" ? Math.round(r.value * 100) / 100 : "?"} ${r.unit ?? ""}`.trim(),
  r.budget === undefined ? "" : `${r.budget}`,
  status(r),
]);
const header = ["metric", "value", "budget", ""];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
const line = (cells: string[]): string =>
  cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const t of table) console.log(line(t));
for (const r of rows) if (r.note) console.log(`  ${r.metric ?? r.name}: ${r.note}`);
if (rows.some((r) => r.pass === false)) process.exitCode = 1;
