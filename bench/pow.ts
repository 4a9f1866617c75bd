// Guest sign-in's proof of work: how long the browser solver (packages/state/src/pow.ts) takes in Debian's
// Chromium for fresh challenges from the real API at the default difficulty (median and p90 over 20), and
// what checking one costs the server (altcha-lib's verifySolution, µs per verify).
// Run alone: `node --import tsx bench/pow.ts` (no build needed).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { launchChromium } from "../e2e/support.ts";
import { GUEST_POW_MAX_NUMBER } from "../packages/api/src/routes/challenge.ts";
import type { PowChallenge, PowSolution } from "../packages/contracts/src/index.ts";
import { createTestSite, startTestApi } from "../packages/test-utils/src/node/index.ts";

type Row = { name: string; value: number; unit: string; budget?: number; pass?: boolean; note?: string };

// altcha-lib is the API's dependency, loaded from there; the little of it used here.
type Altcha = {
  createChallenge(o: { hmacKey: string; maxNumber: number; number: number }): Promise<PowChallenge>;
  verifySolution(payload: PowSolution, hmacKey: string): Promise<boolean>;
};

const RUNS = Number(process.env.BENCH_POW_RUNS ?? 20);
/** The difficulty is chosen for a median solve between 0.3 and 1 s; the p90 should stay under 2 s. */
const MEDIAN_BUDGET_MS = 1000;

const require = createRequire(import.meta.url);
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

/** The solver as the page runs it: pow.ts without its type imports, as a script defining CornerPow. */
function solverScript(): string {
  const esbuild = createRequire(require.resolve("tsx"))("esbuild") as {
    transformSync(source: string, opts: Record<string, string>): { code: string };
  };
  const source = readFileSync(new URL("../packages/state/src/pow.ts", import.meta.url), "utf8");
  return esbuild.transformSync(source, {
    loader: "ts",
    format: "iife",
    globalName: "CornerPow",
    target: "es2022",
  }).code;
}

export async function benchPow(): Promise<Row[]> {
  const api = await startTestApi({ rateLimit: false, guestPowMaxNumber: GUEST_POW_MAX_NUMBER });
  const browser = await launchChromium();
  try {
    const site = await createTestSite(api);
    const page = await browser.newPage();
    // A loopback http origin is a secure context, so crypto.subtle exists.
    await page.goto(`${api.url}/v1/health`);
    await page.addScriptTag({ content: solverScript() });
    const times: number[] = [];
    const solutions: PowSolution[] = [];
    for (let i = 0; i < RUNS; i++) {
      const challenge = (await (
        await api.request(`/v1/sites/${site.id}/session/challenge`)
      ).json()) as PowChallenge;
      const { ms, pow } = await page.evaluate(async (c) => {
        const w = window as unknown as { CornerPow: { solvePow(c: unknown): Promise<PowSolution | null> } };
        const t0 = performance.now();
        const pow = await w.CornerPow.solvePow(c);
        return { ms: performance.now() - t0, pow };
      }, challenge);
      if (!pow) throw new Error("the solver found no solution");
      times.push(ms);
      solutions.push(pow);
    }
    // The server's side: a real sign-in accepts the browser's answer, then the raw verify cost.
    const signIn = await api.request(`/v1/sites/${site.id}/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ guest: { name: "Bench", pow: solutions[0] } }),
    });
    if (signIn.status !== 200) throw new Error(`the API refused the browser's solution: ${signIn.status}`);
    const altcha = (await import(
      createRequire(require.resolve("../packages/api/package.json")).resolve("altcha-lib/v1")
    )) as Altcha;
    const key = "bench-hmac-key";
    const local = await altcha.createChallenge({ hmacKey: key, maxNumber: 1000, number: 500 });
    const payload: PowSolution = {
      algorithm: "SHA-256",
      challenge: local.challenge,
      number: 500,
      salt: local.salt,
      signature: local.signature,
    };
    const N = 5000;
    for (let i = 0; i < 200; i++) await altcha.verifySolution(payload, key);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < N; i++) await altcha.verifySolution(payload, key);
    const verifyUs = Number(process.hrtime.bigint() - t0) / 1000 / N;

    const median = quantile(times, 0.5);
    const note = `maxnumber ${GUEST_POW_MAX_NUMBER}, ${RUNS} fresh challenges, Chromium ${browser.version()}`;
    return [
      {
        name: "guest proof of work: solve, median",
        value: median,
        unit: "ms",
        budget: MEDIAN_BUDGET_MS,
        pass: median <= MEDIAN_BUDGET_MS,
        note,
      },
      { name: "guest proof of work: solve, p90", value: quantile(times, 0.9), unit: "ms", note },
      {
        name: "guest proof of work: solve, fastest / slowest",
        value: Math.min(...times),
        unit: `ms / ${Math.round(Math.max(...times))} ms`,
      },
      {
        name: "guest proof of work: server verify",
        value: verifyUs,
        unit: "µs/verify",
        note: "altcha-lib verifySolution (SHA-256 + HMAC), excluding the replay row",
      },
    ];
  } finally {
    await browser.close();
    await api.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchPow())
    console.log(`${r.name}: ${Math.round(r.value * 100) / 100} ${r.unit}${r.note ? `  (${r.note})` : ""}`);
}
