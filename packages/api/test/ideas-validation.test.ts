import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  createTestApp,
  createTestBoard,
  createTestSite,
  engines,
  send,
  signIn,
} from "@corner/test-utils/node";
import { expectProblem, rowsFor } from "./helpers.ts";

for (const engine of engines()) {
  describe(`bad idea input is refused and stores nothing (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };
    let token: string;
    let path: string;

    before(async () => {
      api = await createTestApp({ engine });
      site = await createTestSite(api);
      await createTestBoard(api, site, { id: "b", categories: ["Products"] });
      token = (await signIn(api, site, { guest: "Ada" })).token;
      path = `/v1/sites/${site.id}/boards/b/ideas`;
    });
    after(() => api.close());

    const nothingStored = async () => {
      assert.equal(await rowsFor(api.storage, "ideas", site.id), 0);
      assert.equal(await rowsFor(api.storage, "idea_followers", site.id), 0);
      const list = await (await send(api, "GET", path)).json();
      assert.deepEqual(list.items, []);
    };

    for (const [what, title] of [
      ["an empty title", ""],
      ["a blank title", "   "],
      ["a 121-character title", "x".repeat(121)],
      ["a title that is not text", 42],
    ] as const) {
      it(`refuses ${what}, naming body.title`, async () => {
        const p = await expectProblem(await send(api, "POST", path, { title }, token), 400, "validation");
        assert.equal(p.errors?.[0]?.path, "body.title");
        await nothingStored();
      });
    }

    it("accepts a 120-character title (the limit)", async () => {
      const res = await send(
        api,
        "POST",
        `/v1/sites/${site.id}/boards/b/ideas`,
        { title: "y".repeat(120) },
        token,
      );
      assert.equal(res.status, 201);
      await api.storage.driver.query("DELETE FROM idea_followers WHERE site_id = $1", [site.id]);
      await api.storage.driver.query("DELETE FROM ideas WHERE site_id = $1", [site.id]);
    });

    it("refuses a description over 5,000 characters and unknown fields", async () => {
      const long = await expectProblem(
        await send(api, "POST", path, { title: "Ok", description: "d".repeat(5001) }, token),
        400,
        "validation",
      );
      assert.equal(long.errors?.[0]?.path, "body.description");
      await expectProblem(
        await send(api, "POST", path, { title: "Ok", votes: 1000 }, token),
        400,
        "validation",
      );
      await nothingStored();
    });

    it("refuses a category the board does not have", async () => {
      const p = await expectProblem(
        await send(api, "POST", path, { title: "Ok", category: "weather" }, token),
        400,
        "validation",
      );
      assert.equal(p.errors?.[0]?.path, "body.category");
      await nothingStored();
    });

    it("answers 404 for an unknown board on reads and writes", async () => {
      await expectProblem(await send(api, "GET", `/v1/sites/${site.id}/boards/nope/ideas`), 404, "notFound");
      await expectProblem(
        await send(api, "POST", `/v1/sites/${site.id}/boards/nope/ideas`, { title: "Ok" }, token),
        404,
        "notFound",
      );
      await expectProblem(
        await send(api, "GET", `/v1/sites/${site.id}/boards/nope/ideas/similar?q=ok`),
        404,
        "notFound",
      );
      await nothingStored();
    });

    it("needs a session to post or vote", async () => {
      await expectProblem(await send(api, "POST", path, { title: "Ok" }), 401, "unauthorized");
      await nothingStored();
    });

    it("refuses bad queries naming the field", async () => {
      for (const [query, field] of [
        ["?sort=hot", "query.sort"],
        ["?status=maybe", "query.status"],
        ["?category=Not%20A%20Slug", "query.category"],
        ["?cursor=garbage", "query.cursor"],
        ["?limit=0", "query.limit"],
      ] as const) {
        const p = await expectProblem(await send(api, "GET", `${path}${query}`), 400, "validation");
        assert.equal(p.errors?.[0]?.path, field, query);
      }
      const similar = await expectProblem(
        await send(api, "GET", `/v1/sites/${site.id}/boards/b/ideas/similar?q=`),
        400,
        "validation",
      );
      assert.equal(similar.errors?.[0]?.path, "query.q");
    });

    it("answers 404 for votes and comments on an unknown idea, storing nothing", async () => {
      const id = "01900000-0000-7000-8000-000000000000";
      await expectProblem(
        await send(api, "PUT", `/v1/sites/${site.id}/ideas/${id}/vote`, undefined, token),
        404,
        "notFound",
      );
      await expectProblem(
        await send(api, "POST", `/v1/sites/${site.id}/ideas/${id}/comments`, { body: "Hi" }, token),
        404,
        "notFound",
      );
      await expectProblem(
        await send(api, "PUT", `/v1/sites/${site.id}/ideas/not-a-uuid/vote`, undefined, token),
        400,
        "validation",
      );
      assert.equal(await rowsFor(api.storage, "idea_votes", site.id), 0);
      assert.equal(await rowsFor(api.storage, "idea_comments", site.id), 0);
    });

    it("refuses bad boards: duplicate ids, repeated categories, a 409 for a taken id", async () => {
      const admin = (body: unknown) =>
        send(api, "POST", `/v1/admin/sites/${site.id}/boards`, body, api.adminToken);
      const dup = await expectProblem(
        await admin({ id: "c", title: "C", categories: ["Products", { id: "products", name: "Again" }] }),
        400,
        "validation",
      );
      assert.equal(dup.errors?.[0]?.path, "body.categories.1");
      await expectProblem(await admin({ id: "Bad Id", title: "C" }), 400, "validation");
      await expectProblem(await admin({ id: "b", title: "Taken" }), 409, "conflict");
      await expectProblem(
        await send(api, "POST", `/v1/admin/sites/${site.id}/boards`, { id: "d", title: "D" }, token),
        401,
        "unauthorized",
      );
      assert.equal(await rowsFor(api.storage, "boards", site.id), 1);
    });
  });
}
