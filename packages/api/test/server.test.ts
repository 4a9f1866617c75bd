import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { startServer } from "@corner/api";
import type { Review, ReviewList, Session } from "@corner/contracts";
import { createTestDatabase, createTestSite, guestPow, signIn, startTestApi } from "@corner/test-utils/node";

const CLI = fileURLToPath(new URL("../src/cli.ts", import.meta.url));

describe("a real listening server", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  before(async () => {
    api = await startTestApi();
  });
  after(() => api.close());

  it("signs in, posts a review and lists it over HTTP", async () => {
    const site = await createTestSite(api, { origins: ["http://127.0.0.1:5173"] });
    const session = (await signIn(api, site, { sub: "user-1", name: "Lin" })) as Session;
    assert.equal(session.user.kind, "sso");
    assert.ok(Date.parse(session.expiresAt) > Date.now() + 3600_000);
    const url = `${api.url}/v1/sites/${site.id}/subjects/sku-9/reviews`;
    const posted = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${session.token}`,
        origin: "http://127.0.0.1:5173",
      },
      body: JSON.stringify({ rating: 5, body: "Real network, real database." }),
    });
    assert.equal(posted.status, 201);
    assert.equal(posted.headers.get("access-control-allow-origin"), "http://127.0.0.1:5173");
    const review = (await posted.json()) as Review;
    const list = (await (await fetch(url)).json()) as ReviewList;
    assert.deepEqual(
      list.items.map((r) => r.id),
      [review.id],
    );
    assert.equal(list.summary.count, 1);
    const tooBig = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ rating: 5, body: "x".repeat(100_000) }),
    });
    assert.equal(tooBig.status, 413);
    assert.match(tooBig.headers.get("content-type") ?? "", /problem\+json/);
  });

  it("serves repeated anonymous reads from the cache and shows a write on the next read", async () => {
    const site = await createTestSite(api, { origins: ["https://shop.example"] });
    const url = `${api.url}/v1/sites/${site.id}/subjects/cached/reviews?sort=newest`;
    const first = await fetch(url);
    const etag = first.headers.get("etag");
    assert.ok(etag);
    assert.equal(((await first.json()) as ReviewList).items.length, 0);
    const listed = await fetch(url, { headers: { origin: "https://shop.example" } });
    assert.equal(listed.headers.get("access-control-allow-origin"), "https://shop.example");
    assert.match(listed.headers.get("vary") ?? "", /Origin/);
    assert.equal(listed.headers.get("etag"), etag);
    await listed.arrayBuffer();
    const unlisted = await fetch(url, { headers: { origin: "https://evil.example" } });
    assert.equal(unlisted.headers.get("access-control-allow-origin"), null);
    await unlisted.arrayBuffer();
    assert.equal((await fetch(url, { headers: { "if-none-match": etag } })).status, 304);

    const { token } = await signIn(api, site, { guest: "Noor" });
    const posted = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ rating: 2, body: "Seen at once" }),
    });
    assert.equal(posted.status, 201);
    const after = (await (await fetch(url)).json()) as ReviewList;
    assert.deepEqual(
      after.items.map((r) => r.body),
      ["Seen at once"],
    );
    assert.equal(after.summary.count, 1);
  });

  it("serves the seeded demo shop", async () => {
    const demo = await startTestApi({ seed: "demo", engine: "pglite" });
    try {
      const list = (await (
        await fetch(`${demo.url}/v1/sites/demo/subjects/trail-runner-2/reviews`)
      ).json()) as ReviewList;
      assert.ok(list.summary.count >= 5);
      assert.ok(list.items.every((r) => r.author.name.length > 0));
      const empty = (await (
        await fetch(`${demo.url}/v1/sites/demo/subjects/wool-beanie/reviews`)
      ).json()) as ReviewList;
      assert.deepEqual(empty.items, []);
      assert.equal(empty.summary.count, 0);
    } finally {
      await demo.close();
    }
  });
});

if (process.env.TEST_DATABASE_URL) {
  describe("several servers on one PostgreSQL database", () => {
    it("start together and accept each other's session tokens", async () => {
      const db = await createTestDatabase("postgres");
      await db.driver.close();
      const [a, b] = await Promise.all([
        startServer({
          port: 0,
          databaseUrl: db.url!,
          rateLimit: false,
          adminToken: "t".repeat(20),
          seed: "demo",
        }),
        startServer({
          port: 0,
          databaseUrl: db.url!,
          rateLimit: false,
          adminToken: "t".repeat(20),
          seed: "demo",
        }),
      ]);
      try {
        const res = await fetch(`${a.url}/v1/sites/demo/session`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ guest: { name: "Roamer", pow: await guestPow(b, { id: "demo" }) } }),
        });
        const { token } = (await res.json()) as Session;
        const posted = await fetch(`${b.url}/v1/sites/demo/subjects/wool-beanie/reviews`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ rating: 4, body: "Accepted by the other node" }),
        });
        assert.equal(posted.status, 201);
        const list = (await (
          await fetch(`${a.url}/v1/sites/demo/subjects/trail-runner-2/reviews`)
        ).json()) as ReviewList;
        assert.equal(list.summary.count, 8, "the demo was seeded once");
      } finally {
        await Promise.all([a.close(), b.close()]);
        await db.drop();
      }
    });
  });
}

describe("durability with --data", () => {
  const dir = mkdtempSync(join(tmpdir(), "corner-data-"));
  const children: ChildProcess[] = [];
  after(() => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  const serve = async (): Promise<{ child: ChildProcess; url: string; admin: string }> => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CORNER_ADMIN_TOKEN: "durable-admin-token",
      CORNER_RATE_LIMIT: "off",
    };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ["--import", "tsx", CLI, "serve", "--port", "0", "--data", dir], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let out = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.stderr!.on("data", (d: Buffer) => {
        out += d.toString();
      });
      child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
    return { child, url, admin: "durable-admin-token" };
  };

  it("keeps an acknowledged review after kill -9 and restart", async () => {
    const first = await serve();
    const api = { url: first.url, adminToken: first.admin };
    const site = await createTestSite(api, { id: "durable" });
    const { token } = await signIn(api, site, { guest: "Kim" });
    const res = await fetch(`${first.url}/v1/sites/durable/subjects/sku-1/reviews`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ rating: 3, body: "Survives a crash" }),
    });
    assert.equal(res.status, 201);
    const review = (await res.json()) as Review;
    const exited = new Promise((r) => first.child.once("exit", r));
    first.child.kill("SIGKILL");
    await exited;

    const second = await serve();
    const list = (await (
      await fetch(`${second.url}/v1/sites/durable/subjects/sku-1/reviews`)
    ).json()) as ReviewList;
    assert.deepEqual(
      list.items.map((r) => [r.id, r.body]),
      [[review.id, "Survives a crash"]],
    );
    assert.equal(list.summary.count, 1);
    // The session secret is kept in the database too, so the old token still works after restart.
    const again = await fetch(`${second.url}/v1/sites/durable/subjects/sku-1/reviews`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ rating: 4, body: "Edited after restart" }),
    });
    assert.equal(again.status, 200);
    second.child.kill("SIGTERM");
  });
});
