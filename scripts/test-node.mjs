#!/usr/bin/env node
// Runs node:test over the test files of the named kinds (unit, api, e2e).
// Node 20's `--test` takes no globs, so the files are found here.
//   unit: packages/*/src/**/*.test.ts that are not browser tests (*.browser.test.ts)
//   api:  packages/*/test/**/*.test.ts, and demo/**/*.test.ts (the demo shop's server against the real API)
//   e2e:  e2e/**/*.test.ts
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const kinds = new Set(process.argv.slice(2));
const files = [];
const walk = (dir, match) => {
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    if (name === "node_modules" || name === "dist") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, match);
    else if (match(path)) files.push(path);
  }
};
const isNodeTest = (p) => p.endsWith(".test.ts") && !p.endsWith(".browser.test.ts");
for (const pkg of readdirSync("packages")) {
  if (kinds.has("unit")) walk(join("packages", pkg, "src"), isNodeTest);
  if (kinds.has("api")) walk(join("packages", pkg, "test"), isNodeTest);
}
if (kinds.has("api")) walk("demo", isNodeTest);
if (kinds.has("e2e")) walk("e2e", isNodeTest);
files.sort();
if (files.length === 0) {
  console.error(`no test files for ${[...kinds].join(", ")}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "test" },
});
process.exit(result.status ?? 1);
