import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { CommentList, Idea, IdeaList, SimilarIdeas } from "@corner/contracts";
import {
  createTestApp,
  createTestBoard,
  createTestSite,
  engines,
  send,
  signIn,
} from "@corner/test-utils/node";
import { expectProblem } from "./helpers.ts";

for (const engine of engines()) {
  describe(`ideas (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };
    let token: string;
    const board = "feedback";

    before(async () => {
      api = await createTestApp({ engine });
      site = await createTestSite(api);
      await createTestBoard(api, site, {
        id: board,
        categories: [{ id: "products", name: "Products" }, "Shop & delivery"],
      });
      token = (await signIn(api, site, { guest: "Ada" })).token;
    });
    after(() => api.close());

    const post = async (body: unknown, t = token) => {
      const res = await send(api, "POST", `/v1/sites/${site.id}/boards/${board}/ideas`, body, t);
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as Idea;
    };
    const list = async (query = "", t?: string) => {
      const res = await send(api, "GET", `/v1/sites/${site.id}/boards/${board}/ideas${query}`, undefined, t);
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as IdeaList;
    };

    it("shows a board with its categories, string names turned into ids", async () => {
      const res = await send(api, "GET", `/v1/sites/${site.id}/boards/${board}`);
      const body = await res.json();
      assert.equal(res.status, 200);
      assert.deepEqual(body.categories, [
        { id: "products", name: "Products" },
        { id: "shop-delivery", name: "Shop & delivery" },
      ]);
      assert.equal(body.trendingHalfLifeDays, 7);
      await expectProblem(await send(api, "GET", `/v1/sites/${site.id}/boards/nope`), 404, "notFound");
    });

    it("creates an idea (201) that its author follows, and reads it back", async () => {
      const { token: t, user } = await signIn(api, site, { sub: "bo", name: "Bo" });
      const idea = await post(
        { title: "  Gift wrapping at checkout ", description: "For birthdays.", category: "shop-delivery" },
        t,
      );
      assert.equal(idea.title, "Gift wrapping at checkout");
      assert.equal(idea.status, "open");
      assert.equal(idea.moderation, "published");
      assert.equal(idea.votes, 0);
      assert.equal(idea.commentCount, 0);
      assert.equal(idea.category, "shop-delivery");
      assert.deepEqual(idea.author, { id: user.id, name: "Bo" });
      assert.equal(idea.mine, true);
      assert.equal(idea.following, true);
      assert.equal(idea.response, null);
      const anon = (await (await send(api, "GET", `/v1/sites/${site.id}/ideas/${idea.id}`)).json()) as Idea;
      assert.equal(anon.description, "For birthdays.");
      assert.equal(anon.mine, undefined, "anonymous readers get no viewer fields");
    });

    describe("listing", () => {
      const ids: Record<string, string> = {};
      before(async () => {
        const specs = [
          ["Dark mode for the order tracking page", "Easier on the eyes at night.", "products", 5],
          ["Recycled packaging", "Less plastic in every parcel, please.", "shop-delivery", 9],
          ["Resoling service for trail shoes", "Send worn shoes back for new soles.", "products", 2],
          ["Carbon-neutral delivery option", "Offset the shipping emissions.", "shop-delivery", 0],
        ] as const;
        const voters = await Promise.all(
          Array.from({ length: 9 }, (_, i) => signIn(api, site, { guest: `Voter ${i}` })),
        );
        for (const [title, description, category, votes] of specs) {
          const idea = await post({ title, description, category });
          ids[title] = idea.id;
          for (const v of voters.slice(0, votes)) {
            await send(api, "PUT", `/v1/sites/${site.id}/ideas/${idea.id}/vote`, undefined, v.token);
          }
        }
      });

      it("sorts top by votes and new by creation", async () => {
        const top = await list("?sort=top&category=products");
        assert.deepEqual(
          top.items.map((i) => [i.title, i.votes]),
          [
            ["Dark mode for the order tracking page", 5],
            ["Resoling service for trail shoes", 2],
          ],
        );
        const fresh = await list("?sort=new&limit=2");
        assert.equal(fresh.items[0]?.title, "Carbon-neutral delivery option");
        assert.equal(fresh.items[1]?.title, "Resoling service for trail shoes");
      });

      it("pages through every idea once with the cursor, in each sort", async () => {
        for (const sort of ["top", "new", "trending"]) {
          const seen: string[] = [];
          let cursor: string | null = null;
          do {
            const page: IdeaList = await list(`?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
            seen.push(...page.items.map((i) => i.id));
            cursor = page.next;
          } while (cursor);
          const all = await list(`?sort=${sort}&limit=50`);
          assert.deepEqual(
            seen,
            all.items.map((i) => i.id),
          );
          assert.equal(new Set(seen).size, seen.length);
        }
      });

      it("filters by category and status", async () => {
        const products = await list("?category=products&limit=50");
        assert.ok(products.items.length >= 2);
        assert.ok(products.items.every((i) => i.category === "products"));
        const planned = await list("?status=planned");
        assert.deepEqual(planned.items, []);
        const open = await list("?status=open&limit=50");
        assert.ok(open.items.length >= 4);
      });

      it("searches title and description with full text (stemmed)", async () => {
        const found = await list("?q=plastic%20parcels");
        assert.deepEqual(
          found.items.map((i) => i.title),
          ["Recycled packaging"],
        );
        const shoes = await list("?q=shoe");
        assert.deepEqual(
          shoes.items.map((i) => i.title),
          ["Resoling service for trail shoes"],
        );
        assert.deepEqual((await list("?q=zeppelin")).items, []);
      });

      it("finds a near-duplicate title with a typo among similar ideas", async () => {
        const res = await send(
          api,
          "GET",
          `/v1/sites/${site.id}/boards/${board}/ideas/similar?q=${encodeURIComponent("drak mode for order tracking")}`,
        );
        const body = (await res.json()) as SimilarIdeas;
        assert.equal(res.status, 200);
        assert.equal(body.items[0]?.title, "Dark mode for the order tracking page");
        assert.ok(body.items[0]!.score > 0.3);
        const partial = (await (
          await send(api, "GET", `/v1/sites/${site.id}/boards/${board}/ideas/similar?q=recycld`)
        ).json()) as SimilarIdeas;
        assert.equal(partial.items[0]?.title, "Recycled packaging");
        const none = (await (
          await send(api, "GET", `/v1/sites/${site.id}/boards/${board}/ideas/similar?q=xylophone`)
        ).json()) as SimilarIdeas;
        assert.deepEqual(none.items, []);
      });

      it("tells a signed-in reader what they voted for and follow", async () => {
        const voter = await signIn(api, site, { guest: "Voter 0" });
        const id = ids["Recycled packaging"]!;
        await send(api, "PUT", `/v1/sites/${site.id}/ideas/${id}/vote`, undefined, voter.token);
        const page = await list("?sort=top&limit=50", voter.token);
        const mine = page.items.find((i) => i.id === id)!;
        assert.equal(mine.votedByMe, true);
        assert.equal(mine.following, true);
        assert.equal(mine.mine, false);
        assert.ok(page.items.filter((i) => i.id !== id).every((i) => i.votedByMe === false));
      });
    });

    describe("comments", () => {
      let idea: Idea;
      before(async () => {
        idea = await post({ title: "Store pickup lockers" });
      });
      const path = () => `/v1/sites/${site.id}/ideas/${idea.id}/comments`;

      it("threads replies one level deep and counts comments exactly", async () => {
        const other = await signIn(api, site, { guest: "Cy" });
        const first = await send(api, "POST", path(), { body: "Yes please!" }, token);
        assert.equal(first.status, 201);
        const top = await first.json();
        assert.equal(top.parentId, null);
        const reply = await send(api, "POST", path(), { body: "Agreed.", parentId: top.id }, other.token);
        assert.equal(reply.status, 201);
        const replyBody = await reply.json();
        assert.equal(replyBody.parentId, top.id);
        await send(api, "POST", path(), { body: "Second thread" }, other.token);

        const replyToReply = await send(
          api,
          "POST",
          path(),
          { body: "Deeper", parentId: replyBody.id },
          token,
        );
        const p = await expectProblem(replyToReply, 400, "validation");
        assert.equal(p.errors?.[0]?.path, "body.parentId");

        const page = (await (await send(api, "GET", path())).json()) as CommentList;
        assert.deepEqual(
          page.items.map((c) => [c.body, c.replies.map((r) => r.body)]),
          [
            ["Yes please!", ["Agreed."]],
            ["Second thread", []],
          ],
        );
        const again = (await (
          await send(api, "GET", `/v1/sites/${site.id}/ideas/${idea.id}`)
        ).json()) as Idea;
        assert.equal(again.commentCount, 3);
      });

      it("refuses a parent from another idea", async () => {
        const otherIdea = await post({ title: "Another idea for comments" });
        const c = await (
          await send(
            api,
            "POST",
            `/v1/sites/${site.id}/ideas/${otherIdea.id}/comments`,
            { body: "Hi" },
            token,
          )
        ).json();
        const res = await send(api, "POST", path(), { body: "Cross", parentId: c.id }, token);
        await expectProblem(res, 400, "validation");
      });

      it("keeps comments pending under pre-moderation until approved, counting only published ones", async () => {
        const strict = await createTestSite(api, { premoderation: true });
        await createTestBoard(api, strict, { id: "b" });
        const { token: t } = await signIn(api, strict, { guest: "Dee" });
        const res = await send(
          api,
          "POST",
          `/v1/sites/${strict.id}/boards/b/ideas`,
          { title: "Pending idea" },
          t,
        );
        const pending = (await res.json()) as Idea;
        assert.equal(pending.moderation, "pending");
        const anon = await send(api, "GET", `/v1/sites/${strict.id}/ideas/${pending.id}`);
        await expectProblem(anon, 404, "notFound");
        assert.equal(
          (await (await send(api, "GET", `/v1/sites/${strict.id}/boards/b/ideas`)).json()).items.length,
          0,
        );
        const admin = { authorization: `Bearer ${api.adminToken}` };
        const ok = await api.request(`/v1/admin/sites/${strict.id}/ideas/${pending.id}/approve`, {
          method: "POST",
          headers: admin,
        });
        assert.equal(ok.status, 200);
        const cpath = `/v1/sites/${strict.id}/ideas/${pending.id}/comments`;
        const comment = await (await send(api, "POST", cpath, { body: "Waiting" }, t)).json();
        assert.equal(comment.status, "pending");
        const one = async () =>
          ((await (await send(api, "GET", `/v1/sites/${strict.id}/ideas/${pending.id}`)).json()) as Idea)
            .commentCount;
        assert.equal(await one(), 0);
        assert.equal(((await (await send(api, "GET", cpath)).json()) as CommentList).items.length, 0);
        assert.equal(
          ((await (await send(api, "GET", cpath, undefined, t)).json()) as CommentList).items.length,
          1,
        );
        await api.request(`/v1/admin/sites/${strict.id}/idea-comments/${comment.id}/approve`, {
          method: "POST",
          headers: admin,
        });
        assert.equal(await one(), 1);
      });
    });
  });
}
