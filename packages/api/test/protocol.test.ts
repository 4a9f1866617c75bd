import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { allRoutes } from "@corner/api";
import type { Review } from "@corner/contracts";
import {
  createTestApp,
  createTestSite,
  engines,
  guestPow,
  send,
  signIn,
  signSso,
} from "@corner/test-utils/node";
import { expectProblem, rowsFor } from "./helpers.ts";

const SHOP = "https://shop.example";

for (const engine of engines()) {
  describe(`HTTP protocol (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };
    let token: string;

    before(async () => {
      api = await createTestApp({ engine });
      site = await createTestSite(api, { origins: [SHOP] });
      token = (await signIn(api, site, { guest: "Ida" })).token;
    });
    after(() => api.close());

    describe("Idempotency-Key", () => {
      it("replays the first answer for the same key and body, storing one review", async () => {
        const path = `/v1/sites/${site.id}/subjects/idem-1/reviews`;
        const headers = { "idempotency-key": "key-123" };
        const first = await send(api, "POST", path, { rating: 5, body: "Once" }, token, headers);
        assert.equal(first.status, 201);
        const firstBody = await first.json();
        const replay = await send(api, "POST", path, { rating: 5, body: "Once" }, token, headers);
        assert.equal(replay.status, 201);
        assert.equal(replay.headers.get("idempotent-replayed"), "true");
        assert.deepEqual(await replay.json(), firstBody);
        const list = await (await send(api, "GET", path)).json();
        assert.equal(list.summary.count, 1);
      });

      it("answers 422 for the same key with a different body and changes nothing", async () => {
        const path = `/v1/sites/${site.id}/subjects/idem-2/reviews`;
        const headers = { "idempotency-key": "key-456" };
        await send(api, "POST", path, { rating: 5, body: "Original" }, token, headers);
        const res = await send(api, "POST", path, { rating: 1, body: "Changed" }, token, headers);
        await expectProblem(res, 422, "idempotency");
        const list = await (await send(api, "GET", path)).json();
        assert.equal(list.items[0].body, "Original");
        assert.equal(list.summary.histogram["1"], 0);
      });

      it("scopes keys to the person: another person's same key is a new request", async () => {
        const path = `/v1/sites/${site.id}/subjects/idem-3/reviews`;
        const headers = { "idempotency-key": "shared-key" };
        const other = (await signIn(api, site, { guest: "Jo" })).token;
        assert.equal(
          (await send(api, "POST", path, { rating: 4, body: "Mine" }, token, headers)).status,
          201,
        );
        assert.equal(
          (await send(api, "POST", path, { rating: 4, body: "Mine" }, other, headers)).status,
          201,
        );
        assert.equal((await (await send(api, "GET", path)).json()).summary.count, 2);
      });

      it("stores no key when the request fails, so a corrected retry with the same key works", async () => {
        const headers = { "idempotency-key": "retry-after-404" };
        const missing = `/v1/sites/${site.id}/reviews/01900000-0000-7000-8000-000000000000/reports`;
        await expectProblem(
          await send(api, "POST", missing, { reason: "spam" }, token, headers),
          404,
          "notFound",
        );
        const stored = await api.storage.driver.query("SELECT 1 FROM idempotency_keys WHERE key = $1", [
          "retry-after-404",
        ]);
        assert.equal(stored.length, 0);
        const path = `/v1/sites/${site.id}/subjects/idem-5/reviews`;
        assert.equal(
          (await send(api, "POST", path, { rating: 2, body: "Now valid" }, token, headers)).status,
          201,
        );
      });

      it("refuses a malformed key", async () => {
        const path = `/v1/sites/${site.id}/subjects/idem-4/reviews`;
        const res = await send(api, "POST", path, { rating: 4, body: "x" }, token, {
          "idempotency-key": "k".repeat(300),
        });
        await expectProblem(res, 400, "validation");
      });
    });

    describe("CORS", () => {
      const path = () => `/v1/sites/${site.id}/subjects/cors/reviews`;

      it("reflects a listed origin on reads, writes and errors", async () => {
        const read = await send(api, "GET", path(), undefined, undefined, { origin: SHOP });
        assert.equal(read.headers.get("access-control-allow-origin"), SHOP);
        assert.match(read.headers.get("vary") ?? "", /Origin/);
        assert.match(read.headers.get("access-control-expose-headers") ?? "", /Retry-After/);
        const write = await send(api, "POST", path(), { rating: 3, body: "ok" }, token, { origin: SHOP });
        assert.equal(write.status, 201);
        assert.equal(write.headers.get("access-control-allow-origin"), SHOP);
        const bad = await send(api, "POST", path(), { rating: 9, body: "ok" }, token, { origin: SHOP });
        assert.equal(bad.status, 400);
        assert.equal(bad.headers.get("access-control-allow-origin"), SHOP);
        const badPath = await send(
          api,
          "GET",
          `/v1/sites/${site.id}/subjects/a%20b/reviews`,
          undefined,
          undefined,
          {
            origin: SHOP,
          },
        );
        assert.equal(badPath.status, 400);
        assert.equal(badPath.headers.get("access-control-allow-origin"), SHOP);
      });

      it("gives an unlisted origin no CORS headers on reads", async () => {
        const read = await send(api, "GET", path(), undefined, undefined, {
          origin: "https://other.example",
        });
        assert.equal(read.status, 200);
        assert.equal(read.headers.get("access-control-allow-origin"), null);
      });

      it("answers a preflight for a listed origin only", async () => {
        const ok = await api.request(path(), {
          method: "OPTIONS",
          headers: {
            origin: SHOP,
            "access-control-request-method": "POST",
            "access-control-request-headers": "authorization, content-type",
          },
        });
        assert.equal(ok.status, 204);
        assert.equal(ok.headers.get("access-control-allow-origin"), SHOP);
        assert.match(ok.headers.get("access-control-allow-headers") ?? "", /Authorization/);
        assert.match(ok.headers.get("access-control-allow-headers") ?? "", /Idempotency-Key/);
        assert.match(ok.headers.get("access-control-allow-methods") ?? "", /PUT/);
        assert.equal(ok.headers.get("access-control-max-age"), "86400");
        assert.equal(ok.headers.get("vary"), "Origin");
        const no = await api.request(path(), {
          method: "OPTIONS",
          headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
        });
        assert.equal(no.headers.get("access-control-allow-origin"), null);
        await expectProblem(no, 403, "originNotAllowed");
      });

      it("refuses helpful votes and reports from an unlisted origin", async () => {
        const review = (await (await send(api, "GET", path())).json()).items[0] as Review;
        const evil = { origin: "https://evil.example" };
        await expectProblem(
          await send(api, "PUT", `/v1/sites/${site.id}/reviews/${review.id}/helpful`, undefined, token, evil),
          403,
          "originNotAllowed",
        );
        await expectProblem(
          await send(
            api,
            "POST",
            `/v1/sites/${site.id}/reviews/${review.id}/reports`,
            { reason: "spam" },
            token,
            evil,
          ),
          403,
          "originNotAllowed",
        );
        assert.equal(await rowsFor(api.storage, "helpful_votes", site.id), 0);
        assert.equal(await rowsFor(api.storage, "reports", site.id), 0);
      });
    });

    it("serves public config and health", async () => {
      const config = await send(api, "GET", `/v1/sites/${site.id}/config`);
      assert.deepEqual(await config.json(), {
        site: { id: site.id, name: `Test shop ${site.id}` },
        allowGuests: true,
        premoderation: false,
      });
      assert.deepEqual(await (await send(api, "GET", "/healthz")).json(), { status: "ok" });
    });

    it("marks anonymous list reads cacheable with an ETag and answers 304 when it matches", async () => {
      const path = `/v1/sites/${site.id}/subjects/idem-1/reviews`;
      const res = await send(api, "GET", path);
      assert.equal(res.headers.get("cache-control"), "public, max-age=5, stale-while-revalidate=30");
      const etag = res.headers.get("etag");
      assert.ok(etag);
      const again = await send(api, "GET", path, undefined, undefined, { "if-none-match": etag });
      assert.equal(again.status, 304);
      const signedIn = await send(api, "GET", path, undefined, token);
      assert.equal(signedIn.headers.get("cache-control"), "private, no-store");
    });

    it("lists every route in openapi.json with its schemas", async () => {
      const doc = await (await send(api, "GET", "/v1/openapi.json")).json();
      assert.equal(doc.openapi, "3.1.0");
      for (const r of allRoutes()) {
        assert.ok(doc.paths[r.path]?.[r.method.toLowerCase()], `${r.method} ${r.path} is documented`);
      }
      const post = doc.paths["/v1/sites/{site}/subjects/{subject}/reviews"].post;
      const body = post.requestBody.content["application/json"].schema;
      assert.deepEqual(body.required.sort(), ["body", "rating"]);
      assert.equal(body.properties.rating.minimum, 1);
      assert.equal(body.properties.rating.maximum, 5);
      assert.ok(post.responses["201"].content["application/json"].schema.properties.id);
      const get = doc.paths["/v1/sites/{site}/subjects/{subject}/reviews"].get;
      assert.deepEqual(
        get.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`),
        ["path:site", "path:subject", "query:sort", "query:rating", "query:cursor", "query:limit"],
      );
    });
  });

  describe(`rate limits (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };
    before(async () => {
      api = await createTestApp({ engine, rateLimit: { writes: 3, sessions: 2, guestSessions: 5 } });
      site = await createTestSite(api);
    });
    after(() => api.close());

    it("answers 429 with Retry-After once a person exceeds the write limit, and stores nothing more", async () => {
      const { token } = await signIn(api, site, { guest: "Busy" });
      const path = `/v1/sites/${site.id}/subjects/rl/reviews`;
      for (let i = 0; i < 3; i++)
        assert.equal(
          (await send(api, "POST", path, { rating: 4, body: `v${i}` }, token)).status,
          i === 0 ? 201 : 200,
        );
      const res = await send(api, "POST", path, { rating: 1, body: "too many" }, token);
      assert.ok(Number(res.headers.get("retry-after")) >= 1);
      await expectProblem(res, 429, "rateLimited");
      const list = await (await send(api, "GET", path)).json();
      assert.equal(list.items[0].body, "v2");
    });

    it("keys writes by person, so many people behind one address are not stopped", async () => {
      const path = `/v1/sites/${site.id}/subjects/rl-many/reviews`;
      // In-process requests share one address: these four sessions plus Busy's use the 5 allowed.
      const people = [];
      for (let i = 0; i < 4; i++) people.push((await signIn(api, site, { guest: `P${i}` })).token);
      for (const t of people) {
        for (let i = 0; i < 3; i++)
          assert.ok((await send(api, "POST", path, { rating: 5, body: "hi" }, t)).status < 300);
      }
      assert.equal((await (await send(api, "GET", path)).json()).summary.count, 4);
    });

    it("limits guest sign-ins per address", async () => {
      let limited: Response | undefined;
      for (let i = 0; i < 10 && !limited; i++) {
        const res = await send(api, "POST", `/v1/sites/${site.id}/session`, {
          guest: { name: `G${i}`, pow: await guestPow(api, site) },
        });
        if (res.status === 429) limited = res;
      }
      assert.ok(limited, "guest sign-in was limited");
      assert.ok(Number(limited.headers.get("retry-after")) >= 1);
      await expectProblem(limited, 429, "rateLimited");
    });

    it("limits SSO sign-ins per person, never stopping many people on one address", async () => {
      for (let i = 0; i < 30; i++) await signIn(api, site, { sub: `office-${i}` });
      await signIn(api, site, { sub: "again" });
      await signIn(api, site, { sub: "again" });
      const res = await send(api, "POST", `/v1/sites/${site.id}/session`, {
        sso: signSso(site.ssoSecret, { sub: "again" }),
      });
      await expectProblem(res, 429, "rateLimited");
    });
  });
}
