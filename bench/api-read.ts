// Review-list read throughput: the API (in-memory PGlite, 100 reviews on one subject) against a bare
// node:http server answering a fixed JSON body of the same size, both driven by autocannon at 50
// connections in the same run. Each server runs in its own child process so the load generator does
// not share its event loop. The API row is the shipped configuration (1.5 s in-process cache of
// anonymous list answers, served from node:http); the "cache off" row shows the database path alone. Run alone: `node --import tsx bench/api-read.ts`.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

type Row = { name: string; value: number; unit: string; budget?: string; pass?: boolean };
type Result = {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
};
type Autocannon = (opts: { url: string; connections: number; duration: number }) => Promise<Result>;

const SELF = fileURLToPath(import.meta.url);
const SUBJECT = "trail-runner-100";
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);

/** Child mode: `--serve api|bare`; prints `READY <url> <bytes>` when listening. */
async function serveChild(kind: string): Promise<void> {
  const { startServer } = await import("../packages/api/src/index.ts");
  const api = await startServer({
    port: 0,
    rateLimit: false,
    ...(kind === "api-nocache" ? { listCacheMs: 0 } : {}),
  });
  const auth = { authorization: `Bearer ${api.adminToken}`, "content-type": "application/json" };
  await fetch(`${api.url}/v1/admin/sites`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ id: "bench", name: "Bench", origins: [], allowGuests: true }),
  });
  for (let i = 0; i < 100; i++) {
    const s = await fetch(`${api.url}/v1/sites/bench/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ guest: { name: `Runner ${i}` } }),
    });
    const { token } = (await s.json()) as { token: string };
    await fetch(`${api.url}/v1/sites/bench/subjects/${SUBJECT}/reviews`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        rating: (i % 5) + 1,
        title: `Run number ${i}`,
        body: `Took these out for run ${i}. ${"Good grip and a comfortable fit. ".repeat((i % 4) + 1)}`,
      }),
    });
  }
  const path = `/v1/sites/bench/subjects/${SUBJECT}/reviews`;
  const body = await (await fetch(`${api.url}${path}`)).text();
  if (kind !== "bare") {
    console.log(`READY ${api.url}${path} ${Buffer.byteLength(body)}`);
    return;
  }
  await api.close();
  const bytes = Buffer.from(body); // the fastest fixed answer node:http can give
  const bare = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": bytes.length });
    res.end(bytes);
  });
  bare.listen(0, "127.0.0.1", () => {
    const addr = bare.address() as { port: number };
    console.log(`READY http://127.0.0.1:${addr.port}/ ${Buffer.byteLength(body)}`);
  });
}

type Kind = "api" | "api-nocache" | "bare";

function startChild(kind: Kind): Promise<{ child: ChildProcess; url: string; bytes: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", SELF, "--serve", kind], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: "production", CORNER_RATE_LIMIT: "off" },
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /READY (\S+) (\d+)/.exec(out);
      if (m) resolve({ child, url: m[1]!, bytes: Number(m[2]) });
    });
    child.once("exit", (code) => reject(new Error(`${kind} server exited (${code})`)));
  });
}

type Measured = { rps: number; p50: number; p99: number; bytes: number };

/**
 * Runs the servers side by side and measures them in alternating rounds, so load from anything else on
 * the machine falls on both alike; req/s is the mean over rounds, p50 the mean, p99 the worst round.
 */
async function measureAlternating(kinds: Kind[], rounds: number): Promise<Record<string, Measured>> {
  const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
  const servers = await Promise.all(kinds.map((k) => startChild(k)));
  try {
    for (const s of servers) await autocannon({ url: s.url, connections: 50, duration: 2 }); // warm-up
    const runs: Result[][] = kinds.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (const [i, s] of servers.entries()) {
        const r = await autocannon({ url: s.url, connections: 50, duration: DURATION / rounds });
        if (r.non2xx > 0 || r.errors > 0)
          throw new Error(`${kinds[i]}: ${r.non2xx} non-2xx, ${r.errors} errors`);
        runs[i]!.push(r);
      }
    }
    const out: Record<string, Measured> = {};
    for (const [i, k] of kinds.entries()) {
      const rs = runs[i]!;
      const mean = (f: (r: Result) => number) => rs.reduce((a, r) => a + f(r), 0) / rs.length;
      out[k] = {
        rps: mean((r) => r.requests.average),
        p50: mean((r) => r.latency.p50),
        p99: Math.max(...rs.map((r) => r.latency.p99)),
        bytes: servers[i]!.bytes,
      };
    }
    return out;
  } finally {
    for (const s of servers) s.child.kill("SIGKILL");
  }
}

/**
 * Measures both servers; returns table rows and the API/bare requests-per-second ratio (aim ≥ 0.5).
 * The result is also the array of rows itself, so `bench/run.ts` can spread it into its table.
 */
export async function benchApiRead(): Promise<Row[] & { rows: Row[]; ratio: number }> {
  const m = await measureAlternating(["bare", "api"], 4);
  const bare = m.bare!;
  const api = m.api!;
  const uncached = (await measureAlternating(["api-nocache"], 1))["api-nocache"]!;
  const ratio = Math.round((api.rps / bare.rps) * 1000) / 1000;
  const rows: Row[] = [
    { name: "api-read bare node:http req/s", value: bare.rps, unit: "req/s" },
    { name: "api-read bare p50 latency", value: bare.p50, unit: "ms" },
    { name: "api-read bare p99 latency", value: bare.p99, unit: "ms" },
    { name: "api-read API req/s (100 reviews)", value: api.rps, unit: "req/s" },
    { name: "api-read API p50 latency", value: api.p50, unit: "ms" },
    { name: "api-read API p99 latency", value: api.p99, unit: "ms" },
    { name: "api-read API req/s, response cache off", value: uncached.rps, unit: "req/s" },
    { name: "api-read API p99 latency, cache off", value: uncached.p99, unit: "ms" },
    { name: "api-read body size", value: api.bytes, unit: "B" },
    { name: "api-read ratio API/bare", value: ratio, unit: "x", budget: ">= 0.5", pass: ratio >= 0.5 },
  ];
  mkdirSync(new URL("results/", import.meta.url), { recursive: true });
  writeFileSync(
    new URL("results/api-read.json", import.meta.url),
    `${JSON.stringify({ date: new Date().toISOString(), connections: 50, seconds: DURATION, rows, ratio }, null, 2)}\n`,
  );
  return Object.assign([...rows], { rows, ratio });
}

const serveAt = process.argv.indexOf("--serve");
if (serveAt !== -1) {
  await serveChild(process.argv[serveAt + 1] ?? "api");
} else if (process.argv[1] === SELF) {
  const { rows, ratio } = await benchApiRead();
  for (const r of rows)
    console.log(`${r.name.padEnd(36)} ${String(Math.round(r.value * 100) / 100).padStart(10)} ${r.unit}`);
  console.log(ratio >= 0.5 ? "ratio meets the 0.5 target" : "ratio BELOW the 0.5 target");
}
