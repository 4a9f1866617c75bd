// List read throughput: the API (in-memory PGlite) serving a subject's review list (100 reviews) and a
// subject's question list (50 questions, a third with an accepted answer previewed) against a bare
// node:http server answering fixed JSON bodies of the same sizes, all driven by autocannon at 50
// connections in the same run. Each server runs in its own child process so the load generator does
// not share its event loop. The API rows are the shipped configuration (1.5 s in-process cache of
// anonymous list answers, served from node:http); the "cache off" rows show the database path alone.
// Run alone: `node --import tsx bench/api-read.ts`.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { guestPow } from "../packages/test-utils/src/node/index.ts";

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
const QA_SUBJECT = "trail-runner-qa";
const QUESTIONS = 50;

/** What a child serves: the path of each list, and its body size. */
type Served = Record<List, { url: string; bytes: number }>;
type List = "reviews" | "questions";
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);

/** Child mode: `--serve api|api-nocache|bare`; prints `READY <json Served>` when listening. */
async function serveChild(kind: string): Promise<void> {
  const { startServer } = await import("../packages/api/src/index.ts");
  const api = await startServer({
    port: 0,
    rateLimit: false,
    // The runners sign in as guests by the hundred; this bench measures reads, not proof of work.
    guestPowMaxNumber: 1000,
    ...(kind === "api-nocache" ? { listCacheMs: 0 } : {}),
  });
  const auth = { authorization: `Bearer ${api.adminToken}`, "content-type": "application/json" };
  await fetch(`${api.url}/v1/admin/sites`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ id: "bench", name: "Bench", origins: [], allowGuests: true }),
  });
  const post = async (path: string, token: string, body: unknown) =>
    (await (
      await fetch(`${api.url}/v1/sites/bench${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      })
    ).json()) as { id: string };
  const tokens: string[] = [];
  for (let i = 0; i < 100; i++) {
    const s = await fetch(`${api.url}/v1/sites/bench/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ guest: { name: `Runner ${i}`, pow: await guestPow(api, { id: "bench" }) } }),
    });
    const { token } = (await s.json()) as { token: string };
    tokens.push(token);
    await post(`/subjects/${SUBJECT}/reviews`, token, {
      rating: (i % 5) + 1,
      title: `Run number ${i}`,
      body: `Took these out for run ${i}. ${"Good grip and a comfortable fit. ".repeat((i % 4) + 1)}`,
    });
  }
  // Questions: two answers each on most of them, the first accepted on every third.
  for (let i = 0; i < QUESTIONS; i++) {
    const q = await post(`/subjects/${QA_SUBJECT}/questions`, tokens[i]!, {
      title: `Question ${i}: how do they fit after ${i + 10} km?`,
      details: i % 2 === 0 ? "I usually wear a 42 and run on rocky trails." : "",
    });
    if (i % 5 === 4) continue;
    const first = await post(`/questions/${q.id}/answers`, tokens[(i + 50) % 100]!, {
      body: `After ${i + 10} km they still fit well; the heel stays put and the toe box has room.`,
    });
    await post(`/questions/${q.id}/answers`, tokens[(i + 51) % 100]!, { body: "Same for me, true to size." });
    if (i % 3 === 0) await post(`/questions/${q.id}/accept`, tokens[i]!, { answerId: first.id });
  }
  const paths: Record<List, string> = {
    reviews: `/v1/sites/bench/subjects/${SUBJECT}/reviews`,
    questions: `/v1/sites/bench/subjects/${QA_SUBJECT}/questions`,
  };
  const bodies = {} as Record<List, Buffer>;
  for (const list of ["reviews", "questions"] as const) {
    bodies[list] = Buffer.from(await (await fetch(`${api.url}${paths[list]}`)).text());
  }
  const served = (base: string, at: Record<List, string>): Served => ({
    reviews: { url: `${base}${at.reviews}`, bytes: bodies.reviews.length },
    questions: { url: `${base}${at.questions}`, bytes: bodies.questions.length },
  });
  if (kind !== "bare") {
    console.log(`READY ${JSON.stringify(served(api.url, paths))}`);
    return;
  }
  await api.close();
  // The fastest fixed answers node:http can give, one per path.
  const bare = createServer((req, res) => {
    const bytes = req.url === "/questions" ? bodies.questions : bodies.reviews;
    res.writeHead(200, { "content-type": "application/json", "content-length": bytes.length });
    res.end(bytes);
  });
  bare.listen(0, "127.0.0.1", () => {
    const addr = bare.address() as { port: number };
    console.log(
      `READY ${JSON.stringify(served(`http://127.0.0.1:${addr.port}`, { reviews: "/reviews", questions: "/questions" }))}`,
    );
  });
}

type Kind = "api" | "api-nocache" | "bare";
/** One thing to measure: a list on one of the servers. */
type Target = { kind: Kind; list: List };

function startChild(kind: Kind): Promise<{ child: ChildProcess; served: Served }> {
  const child = spawn(process.execPath, ["--import", "tsx", SELF, "--serve", kind], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: "production", CORNER_RATE_LIMIT: "off" },
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /READY (\{.*\})\n/.exec(out);
      if (m) resolve({ child, served: JSON.parse(m[1]!) as Served });
    });
    child.once("exit", (code) => reject(new Error(`${kind} server exited (${code})`)));
  });
}

type Measured = { rps: number; p50: number; p99: number; bytes: number };
const targetName = (t: Target) => `${t.kind}:${t.list}`;

/**
 * Runs one child per server kind and measures the targets in alternating rounds, so load from anything
 * else on the machine falls on all alike; req/s is the mean over rounds, p50 the mean, p99 the worst round.
 */
async function measureAlternating(targets: Target[], rounds: number): Promise<Record<string, Measured>> {
  const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
  const kinds = [...new Set(targets.map((t) => t.kind))];
  const started = await Promise.all(kinds.map((k) => startChild(k)));
  const servers = new Map(kinds.map((k, i) => [k, started[i]!]));
  const at = (t: Target) => servers.get(t.kind)!.served[t.list];
  try {
    for (const t of targets) await autocannon({ url: at(t).url, connections: 50, duration: 2 }); // warm-up
    const runs: Result[][] = targets.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (const [i, t] of targets.entries()) {
        const r = await autocannon({ url: at(t).url, connections: 50, duration: DURATION / rounds });
        if (r.non2xx > 0 || r.errors > 0)
          throw new Error(`${targetName(t)}: ${r.non2xx} non-2xx, ${r.errors} errors`);
        runs[i]!.push(r);
      }
    }
    const out: Record<string, Measured> = {};
    for (const [i, t] of targets.entries()) {
      const rs = runs[i]!;
      const mean = (f: (r: Result) => number) => rs.reduce((a, r) => a + f(r), 0) / rs.length;
      out[targetName(t)] = {
        rps: mean((r) => r.requests.average),
        p50: mean((r) => r.latency.p50),
        p99: Math.max(...rs.map((r) => r.latency.p99)),
        bytes: at(t).bytes,
      };
    }
    return out;
  } finally {
    for (const s of started) s.child.kill("SIGKILL");
  }
}

/**
 * Measures the API's review and question lists against bare node:http answering the same bodies;
 * returns table rows and the API/bare requests-per-second ratios (aim ≥ 0.5 for each). The result is
 * also the array of rows itself, so `bench/run.ts` can spread it into its table.
 */
export async function benchApiRead(): Promise<Row[] & { rows: Row[]; ratio: number; qaRatio: number }> {
  const m = await measureAlternating(
    [
      { kind: "bare", list: "reviews" },
      { kind: "api", list: "reviews" },
      { kind: "bare", list: "questions" },
      { kind: "api", list: "questions" },
    ],
    4,
  );
  const uncached = await measureAlternating(
    [
      { kind: "api-nocache", list: "reviews" },
      { kind: "api-nocache", list: "questions" },
    ],
    1,
  );
  const bare = m["bare:reviews"]!;
  const api = m["api:reviews"]!;
  const qaBare = m["bare:questions"]!;
  const qa = m["api:questions"]!;
  const ratioOf = (a: Measured, b: Measured) => Math.round((a.rps / b.rps) * 1000) / 1000;
  const ratio = ratioOf(api, bare);
  const qaRatio = ratioOf(qa, qaBare);
  const rows: Row[] = [
    { name: "api-read bare node:http req/s", value: bare.rps, unit: "req/s" },
    { name: "api-read bare p50 latency", value: bare.p50, unit: "ms" },
    { name: "api-read bare p99 latency", value: bare.p99, unit: "ms" },
    { name: "api-read API req/s (100 reviews)", value: api.rps, unit: "req/s" },
    { name: "api-read API p50 latency", value: api.p50, unit: "ms" },
    { name: "api-read API p99 latency", value: api.p99, unit: "ms" },
    {
      name: "api-read API req/s, response cache off",
      value: uncached["api-nocache:reviews"]!.rps,
      unit: "req/s",
    },
    { name: "api-read API p99 latency, cache off", value: uncached["api-nocache:reviews"]!.p99, unit: "ms" },
    { name: "api-read body size", value: api.bytes, unit: "B" },
    { name: "api-read ratio API/bare", value: ratio, unit: "x", budget: ">= 0.5", pass: ratio >= 0.5 },
    { name: "api-read questions bare node:http req/s", value: qaBare.rps, unit: "req/s" },
    { name: `api-read questions API req/s (${QUESTIONS} questions)`, value: qa.rps, unit: "req/s" },
    { name: "api-read questions API p50 latency", value: qa.p50, unit: "ms" },
    { name: "api-read questions API p99 latency", value: qa.p99, unit: "ms" },
    {
      name: "api-read questions API req/s, cache off",
      value: uncached["api-nocache:questions"]!.rps,
      unit: "req/s",
    },
    { name: "api-read questions body size", value: qa.bytes, unit: "B" },
    {
      name: "api-read questions ratio API/bare",
      value: qaRatio,
      unit: "x",
      budget: ">= 0.5",
      pass: qaRatio >= 0.5,
    },
  ];
  mkdirSync(new URL("results/", import.meta.url), { recursive: true });
  writeFileSync(
    new URL("results/api-read.json", import.meta.url),
    `${JSON.stringify({ date: new Date().toISOString(), connections: 50, seconds: DURATION, rows, ratio, qaRatio }, null, 2)}\n`,
  );
  return Object.assign([...rows], { rows, ratio, qaRatio });
}

const serveAt = process.argv.indexOf("--serve");
if (serveAt !== -1) {
  await serveChild(process.argv[serveAt + 1] ?? "api");
} else if (process.argv[1] === SELF) {
  const { rows, ratio, qaRatio } = await benchApiRead();
  for (const r of rows)
    console.log(`${r.name.padEnd(44)} ${String(Math.round(r.value * 100) / 100).padStart(10)} ${r.unit}`);
  console.log(
    ratio >= 0.5 ? "review list ratio meets the 0.5 target" : "review list ratio BELOW the 0.5 target",
  );
  console.log(
    qaRatio >= 0.5 ? "question list ratio meets the 0.5 target" : "question list ratio BELOW the 0.5 target",
  );
}
