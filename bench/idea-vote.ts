// Idea vote write latency: autocannon at 50 connections, each request a PUT vote by a different person
// on one idea (the hot row every vote locks), on PGlite and, when TEST_DATABASE_URL or
// BENCH_DATABASE_URL is set, on PostgreSQL (a database made and dropped for the run). The server runs in
// a child process with rate limits off; sessions are signed up front for every voter. After the run the
// idea's counter is checked against COUNT(*) of its vote rows. Run alone: `node --import tsx bench/idea-vote.ts`.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

type Row = { name: string; value: number; unit: string; budget?: number; pass?: boolean; note?: string };
type Result = {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
};
type Req = { method?: string; path?: string; headers?: Record<string, string> };
type Autocannon = (opts: {
  url: string;
  connections: number;
  amount: number;
  requests: { method: string; path: string; setupRequest: (req: Req) => Req }[];
}) => Promise<Result>;

const SELF = fileURLToPath(import.meta.url);
const VOTERS = Number(process.env.BENCH_VOTERS ?? 4000);

/** Child mode: `--serve <databaseUrl|"">`; prints `READY <url> <ideaId> <tokensFile>` when listening. */
async function serveChild(databaseUrl: string): Promise<void> {
  const { startServer, signSession, loadSessionSecret, uuidv7 } = await import(
    "../packages/api/src/index.ts"
  );
  const api = await startServer({ port: 0, rateLimit: false, ...(databaseUrl ? { databaseUrl } : {}) });
  const admin = { authorization: `Bearer ${api.adminToken}`, "content-type": "application/json" };
  await fetch(`${api.url}/v1/admin/sites`, {
    method: "POST",
    headers: admin,
    body: JSON.stringify({ id: "bench", name: "Bench", origins: [], allowGuests: true }),
  });
  await fetch(`${api.url}/v1/admin/sites/bench/boards`, {
    method: "POST",
    headers: admin,
    body: JSON.stringify({ id: "b", title: "Bench board" }),
  });
  // People in one statement, and their session tokens signed here: what a sign-in would answer.
  const ids = Array.from({ length: VOTERS }, () => uuidv7());
  await api.storage.driver.query(
    `INSERT INTO people (id, site_id, provider, subject, name, created_at)
     SELECT p, 'bench', 'sso', 'voter-' || n, 'Voter ' || n, now() FROM unnest($1::uuid[]) WITH ORDINALITY AS t (p, n)`,
    [ids],
  );
  const key = new TextEncoder().encode(await loadSessionSecret(api.storage));
  const tokens = await Promise.all(
    ids.map(
      async (id, i) => (await signSession(key, { id, name: `Voter ${i}`, kind: "sso", site: "bench" })).token,
    ),
  );
  const idea = await fetch(`${api.url}/v1/sites/bench/boards/b/ideas`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${tokens[0]}` },
    body: JSON.stringify({ title: "Everyone wants this" }),
  });
  const { id } = (await idea.json()) as { id: string };
  const file = join(tmpdir(), `corner-bench-tokens-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(tokens));
  process.stdin.on("data", async () => {
    // Asked for the counts: the counter and the rows it counts.
    const rows = await api.storage.driver.query<{ votes: number; n: number }>(
      "SELECT votes, (SELECT count(*)::int FROM idea_votes WHERE idea_id = $1::uuid) AS n FROM ideas WHERE id = $1::uuid",
      [id],
    );
    console.log(`COUNTS ${rows[0]!.votes} ${rows[0]!.n}`);
  });
  console.log(`READY ${api.url} ${id} ${file}`);
}

function startChild(
  databaseUrl: string,
): Promise<{ child: ChildProcess; url: string; idea: string; file: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", SELF, "--serve", databaseUrl], {
    stdio: ["pipe", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: "production", CORNER_RATE_LIMIT: "off" },
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /READY (\S+) (\S+) (\S+)/.exec(out);
      if (m) {
        child.stdout!.off("data", onData);
        resolve({ child, url: m[1]!, idea: m[2]!, file: m[3]! });
      }
    };
    child.stdout!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`vote bench server exited (${code})`)));
  });
}

const counts = (child: ChildProcess): Promise<{ votes: number; rows: number }> =>
  new Promise((resolve) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /COUNTS (\d+) (\d+)/.exec(out);
      if (m) resolve({ votes: Number(m[1]), rows: Number(m[2]) });
    });
    child.stdin!.write("counts\n");
  });

async function measure(engine: string, databaseUrl: string): Promise<Row[]> {
  const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
  const s = await startChild(databaseUrl);
  try {
    const tokens = JSON.parse(readFileSync(s.file, "utf8")) as string[];
    let next = 0;
    const r = await autocannon({
      url: s.url,
      connections: 50,
      amount: tokens.length,
      requests: [
        {
          method: "PUT",
          path: `/v1/sites/bench/ideas/${s.idea}/vote`,
          setupRequest: (req) => ({
            ...req,
            headers: { ...req.headers, authorization: `Bearer ${tokens[next++ % tokens.length]}` },
          }),
        },
      ],
    });
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`${engine}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    const c = await counts(s.child);
    const exact = c.votes === tokens.length && c.rows === tokens.length;
    return [
      { name: `idea-vote ${engine} p50 latency (50 conn)`, value: r.latency.p50, unit: "ms" },
      { name: `idea-vote ${engine} p99 latency (50 conn)`, value: r.latency.p99, unit: "ms" },
      { name: `idea-vote ${engine} req/s`, value: r.requests.average, unit: "req/s" },
      {
        name: `idea-vote ${engine} count after ${tokens.length} voters`,
        value: c.votes,
        unit: "votes",
        budget: tokens.length,
        pass: exact,
        note: `counter ${c.votes}, COUNT(*) ${c.rows}, expected exactly ${tokens.length}`,
      },
    ];
  } finally {
    s.child.kill("SIGKILL");
  }
}

/** Rows for `bench/run.ts`; PostgreSQL rows only when a database URL is given. */
export async function benchIdeaVote(): Promise<Row[]> {
  const rows = await measure("PGlite", "");
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const { createPostgresDriver } = await import("../packages/api/src/index.ts");
    const name = `corner_bench_${Date.now().toString(36)}`;
    const admin = createPostgresDriver(adminUrl, { max: 1 });
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      rows.push(...(await measure("PostgreSQL", url.toString())));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    }
  }
  mkdirSync(new URL("results/", import.meta.url), { recursive: true });
  writeFileSync(
    new URL("results/idea-vote.json", import.meta.url),
    `${JSON.stringify({ date: new Date().toISOString(), connections: 50, voters: VOTERS, rows }, null, 2)}\n`,
  );
  return rows;
}

const serveAt = process.argv.indexOf("--serve");
if (serveAt !== -1) {
  await serveChild(process.argv[serveAt + 1] ?? "");
} else if (process.argv[1] === SELF) {
  for (const r of await benchIdeaVote())
    console.log(`${r.name.padEnd(44)} ${String(Math.round(r.value * 100) / 100).padStart(10)} ${r.unit}`);
}
