import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
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

for (const engine of engines()) {
  describe(`bad input is refused and stores nothing (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };
    let token: string;
    let path: string;

    before(async () => {
      api = await createTestApp({ engine });
      site = await createTestSite(api, { origins: ["https://shop.example"] });
      token = (await signIn(api, site, { guest: "Ada" })).token;
      path = `/v1/sites/${site.id}/subjects/sku-1/reviews`;
    });
    after(() => api.close());

    const nothingStored = async () => {
      assert.equal(await rowsFor(api.storage, "reviews", site.id), 0);
      const list = await (await send(api, "GET", path)).json();
      assert.deepEqual(list.summary, { count: 0, average: 0, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
    };

    for (const rating of [0, 6, 2.5, "five", null]) {
      it(`refuses rating ${JSON.stringify(rating)} naming body.rating`, async () => {
        const res = await send(api, "POST", path, { rating, body: "Fine shoes." }, token);
        const p = await expectProblem(res, 400, "validation");
        assert.equal(p.errors?.[0]?.path, "body.rating");
        await nothingStored();
      });
    }

    it("refuses an empty body text and one over 5,000 characters", async () => {
      for (const body of ["", "   ", "x".repeat(10_000)]) {
        const res = await send(api, "POST", path, { rating: 4, body }, token);
        const p = await expectProblem(res, 400, "validation");
        assert.equal(p.errors?.[0]?.path, "body.body");
      }
      await nothingStored();
    });

    it("refuses unknown fields in a review", async () => {
      const res = await send(api, "POST", path, { rating: 4, body: "ok", admin: true }, token);
      await expectProblem(res, 400, "validation");
      await nothingStored();
    });

    it("answers 404 for an unknown site, on reads and writes", async () => {
      await expectProblem(await send(api, "GET", "/v1/sites/nope/subjects/sku-1/reviews"), 404, "notFound");
      await expectProblem(
        await send(api, "POST", "/v1/sites/nope/subjects/sku-1/reviews", { rating: 4, body: "ok" }, token),
        404,
        "notFound",
      );
      await expectProblem(await send(api, "GET", "/v1/sites/nope/config"), 404, "notFound");
    });

    it("refuses a subject with spaces or 300 characters naming path.subject", async () => {
      for (const subject of ["red%20shoe", "s".repeat(300)]) {
        const p1 = await expectProblem(
          await send(api, "GET", `/v1/sites/${site.id}/subjects/${subject}/reviews`),
          400,
          "validation",
        );
        assert.equal(p1.errors?.[0]?.path, "path.subject");
        const res = await send(
          api,
          "POST",
          `/v1/sites/${site.id}/subjects/${subject}/reviews`,
          { rating: 4, body: "ok" },
          token,
        );
        const p2 = await expectProblem(res, 400, "validation");
        assert.equal(p2.errors?.[0]?.path, "path.subject");
      }
      assert.equal(await rowsFor(api.storage, "reviews", site.id), 0);
    });

    it("refuses a site id that is not one", async () => {
      const p = await expectProblem(
        await send(api, "GET", "/v1/sites/Not%20A%20Site/config"),
        400,
        "validation",
      );
      assert.equal(p.errors?.[0]?.path, "path.site");
    });

    it("refuses bad query parameters naming them", async () => {
      for (const [q, name] of [
        ["sort=best", "query.sort"],
        ["rating=6", "query.rating"],
        ["limit=0", "query.limit"],
        ["limit=500", "query.limit"],
        ["cursor=garbage", "query.cursor"],
      ]) {
        const p = await expectProblem(await send(api, "GET", `${path}?${q}`), 400, "validation");
        assert.equal(p.errors?.[0]?.path, name, q);
      }
    });

    it("answers malformed JSON with 400 and stores nothing", async () => {
      for (const body of ['{"rating": 4, "body": "ok"', "not json", ""]) {
        await expectProblem(await send(api, "POST", path, body, token), 400, "malformed");
      }
      await nothingStored();
    });

    it("answers 401 with WWW-Authenticate for a missing, garbage, expired or foreign-site token", async () => {
      const other = await createTestSite(api);
      const foreign = (await signIn(api, other, { guest: "Eve" })).token;
      const expired = signSso("x".repeat(40), { sub: "a", exp: 1 });
      for (const t of [undefined, "garbage", expired, foreign]) {
        const res = await send(api, "POST", path, { rating: 4, body: "ok" }, t);
        assert.match(res.headers.get("www-authenticate") ?? "", /^Bearer/);
        await expectProblem(res, 401, "unauthorized");
        await expectProblem(
          await send(
            api,
            "PUT",
            `/v1/sites/${site.id}/reviews/01900000-0000-7000-8000-000000000000/helpful`,
            undefined,
            t,
          ),
          401,
          "unauthorized",
        );
      }
      await nothingStored();
    });

    it("refuses SSO tokens that are expired, lack exp, use another algorithm, name another audience or another secret", async () => {
      const now = Math.floor(Date.now() / 1000);
      const bad = [
        signSso(site.ssoSecret, { sub: "u1", exp: now - 120 }),
        signSso(site.ssoSecret, { sub: "u1", exp: null }),
        signSso(site.ssoSecret, { sub: "u1" }, { alg: "HS512" }),
        signSso(site.ssoSecret, { sub: "u1", aud: "another-site" }),
        signSso("y".repeat(40), { sub: "u1" }),
      ];
      for (const sso of bad) {
        await expectProblem(
          await send(api, "POST", `/v1/sites/${site.id}/session`, { sso }),
          401,
          "unauthorized",
        );
      }
      assert.equal(await rowsFor(api.storage, "people", site.id), 1); // only Ada from before()
    });

    it("accepts an SSO token within the 60 s clock tolerance and with aud naming the site", async () => {
      const now = Math.floor(Date.now() / 1000);
      const sso = signSso(site.ssoSecret, { sub: "u2", name: "Grace", exp: now - 30, aud: site.id });
      const res = await send(api, "POST", `/v1/sites/${site.id}/session`, { sso });
      assert.equal(res.status, 200);
      const s = await res.json();
      assert.deepEqual(s.user.name, "Grace");
      assert.equal(s.user.kind, "sso");
    });

    it("accepts an SSO token with a jti once", async () => {
      const sso = signSso(site.ssoSecret, { sub: "u3", name: "Once", jti: "token-1" });
      assert.equal((await send(api, "POST", `/v1/sites/${site.id}/session`, { sso })).status, 200);
      await expectProblem(
        await send(api, "POST", `/v1/sites/${site.id}/session`, { sso }),
        401,
        "unauthorized",
      );
    });

    it("refuses guests on a site that does not allow them", async () => {
      const closed = await createTestSite(api, { allowGuests: false });
      // A well-formed solution (from a site that allows guests), so the answer is about the site.
      const pow = await guestPow(api, site);
      const res = await send(api, "POST", `/v1/sites/${closed.id}/session`, { guest: { name: "Bob", pow } });
      await expectProblem(res, 403, "forbidden");
      assert.equal(await rowsFor(api.storage, "people", closed.id), 0);
    });

    it("refuses a write from an origin the site does not list, and stores nothing", async () => {
      const res = await send(api, "POST", path, { rating: 5, body: "Great" }, token, {
        origin: "https://evil.example",
      });
      await expectProblem(res, 403, "originNotAllowed");
      assert.equal(res.headers.get("access-control-allow-origin"), null);
      await nothingStored();
    });

    it("answers 413 for a body over 64 KB", async () => {
      const big = JSON.stringify({ rating: 4, body: "x".repeat(70_000) });
      await expectProblem(await send(api, "POST", path, big, token), 413, "tooLarge");
      await nothingStored();
    });

    it("answers 415 for a body that is not JSON", async () => {
      const res = await api.request(path, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Bearer ${token}` },
        body: "rating=5&body=hi",
      });
      await expectProblem(res, 415, "unsupportedMediaType");
      await nothingStored();
    });

    it("answers 404 for unknown routes and unknown reviews", async () => {
      await expectProblem(await send(api, "GET", "/v1/nothing-here"), 404, "notFound");
      await expectProblem(
        await send(api, "GET", `/v1/sites/${site.id}/reviews/01900000-0000-7000-8000-000000000000`),
        404,
        "notFound",
      );
      await expectProblem(
        await send(
          api,
          "PUT",
          `/v1/sites/${site.id}/reviews/01900000-0000-7000-8000-000000000000/helpful`,
          undefined,
          token,
        ),
        404,
        "notFound",
      );
      const p = await expectProblem(
        await send(api, "GET", `/v1/sites/${site.id}/reviews/not-a-uuid`),
        400,
        "validation",
      );
      assert.equal(p.errors?.[0]?.path, "path.id");
    });

    it("answers 405 with Allow for a wrong method", async () => {
      const res = await send(api, "PATCH", path, { rating: 4, body: "ok" }, token);
      assert.equal(res.headers.get("allow"), "GET, POST, HEAD");
      await expectProblem(res, 405, "methodNotAllowed");
      await expectProblem(await send(api, "DELETE", "/healthz"), 405, "methodNotAllowed");
      await nothingStored();
    });

    it("guards the admin API with the admin token", async () => {
      for (const t of [undefined, "wrong", token]) {
        const res = await send(api, "POST", "/v1/admin/sites", { id: "x1", name: "X", origins: [] }, t);
        await expectProblem(res, 401, "unauthorized");
      }
      await expectProblem(
        await send(api, "GET", `/v1/admin/sites/${site.id}`, undefined, "wrong"),
        401,
        "unauthorized",
      );
      await expectProblem(
        await send(api, "GET", "/v1/admin/sites/x1", undefined, api.adminToken),
        404,
        "notFound",
      );
    });

    it("refuses a duplicate or invalid site", async () => {
      await expectProblem(
        await send(
          api,
          "POST",
          "/v1/admin/sites",
          { id: site.id, name: "Again", origins: [] },
          api.adminToken,
        ),
        409,
        "conflict",
      );
      const p = await expectProblem(
        await send(
          api,
          "POST",
          "/v1/admin/sites",
          { id: "ok-site", name: "X", origins: ["https://a.example/path"] },
          api.adminToken,
        ),
        400,
        "validation",
      );
      assert.equal(p.errors?.[0]?.path, "body.origins.0");
    });
  });

  describe(`unexpected failures (${engine})`, () => {
    it("answers 500 problem+json without internals when the database is gone", async () => {
      const api = await createTestApp({ engine });
      const site = await createTestSite(api);
      await api.storage.close();
      const res = await send(api, "GET", `/v1/sites/${site.id}/subjects/sku-1/reviews?sort=lowest`);
      const p = await expectProblem(res, 500, "internal");
      assert.doesNotMatch(p.detail, /PGlite|postgres|closed|ended/i);
      await api.close();
    });
  });
}
