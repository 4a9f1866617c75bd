import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Idea, IdeaList, Session, VoteResult } from "@corner/contracts";
import {
  createTestApp,
  createTestBoard,
  createTestSite,
  engines,
  send,
  signIn,
} from "@corner/test-utils/node";

for (const engine of engines()) {
  describe(`idea votes (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };
    const people: Session[] = [];
    const board = "b";

    before(async () => {
      api = await createTestApp({ engine });
      site = await createTestSite(api);
      await createTestBoard(api, site, { id: board, trendingHalfLifeDays: 7 });
      for (let i = 0; i < 500; i += 50) {
        people.push(
          ...(await Promise.all(
            Array.from({ length: 50 }, (_, j) => signIn(api, site, { sub: `voter-${i + j}` })),
          )),
        );
      }
    });
    after(() => api.close());

    const newIdea = async (title: string) =>
      (await (
        await send(api, "POST", `/v1/sites/${site.id}/boards/${board}/ideas`, { title }, people[0]!.token)
      ).json()) as Idea;
    const getIdea = async (id: string) =>
      (await (await send(api, "GET", `/v1/sites/${site.id}/ideas/${id}`)).json()) as Idea;
    const rows = async (table: "idea_votes" | "idea_followers", id: string) =>
      (
        await api.storage.driver.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${table} WHERE site_id = $1 AND idea_id = $2`,
          [site.id, id],
        )
      )[0]!.n;
    const vote = (id: string, token: string, method: "PUT" | "DELETE" = "PUT") =>
      send(api, method, `/v1/sites/${site.id}/ideas/${id}/vote`, undefined, token);

    it("counts 500 people voting at once as exactly 500 (= the rows)", async () => {
      const idea = await newIdea("Five hundred voices");
      const answers = await Promise.all(people.map((p) => vote(idea.id, p.token)));
      assert.deepEqual(new Set(answers.map((r) => r.status)), new Set([200]));
      assert.equal((await getIdea(idea.id)).votes, 500);
      assert.equal(await rows("idea_votes", idea.id), 500);
      const counts = await Promise.all(answers.map(async (r) => ((await r.json()) as VoteResult).votes));
      assert.equal(Math.max(...counts), 500);
      assert.equal(new Set(counts).size, 500, "each vote saw its own exact count");
    });

    it("counts one person's 50 concurrent votes as 1, and unvoting brings it to 0", async () => {
      const idea = await newIdea("One voice");
      const answers = await Promise.all(Array.from({ length: 50 }, () => vote(idea.id, people[3]!.token)));
      for (const res of answers)
        assert.deepEqual(await res.json(), { id: idea.id, votes: 1, votedByMe: true });
      assert.equal(await rows("idea_votes", idea.id), 1);
      const off = await Promise.all(
        Array.from({ length: 10 }, () => vote(idea.id, people[3]!.token, "DELETE")),
      );
      for (const res of off) assert.deepEqual(await res.json(), { id: idea.id, votes: 0, votedByMe: false });
      assert.equal((await getIdea(idea.id)).votes, 0);
      assert.equal(await rows("idea_votes", idea.id), 0);
      // The voter still follows the idea after unvoting (following is separate).
      assert.equal(await rows("idea_followers", idea.id), 2);
    });

    it("ranks recent votes above older ones in trending, and top by count", async () => {
      const b2 = await createTestBoard(api, site, { id: "trend", trendingHalfLifeDays: 7 });
      const post = async (title: string) =>
        (await (
          await send(api, "POST", `/v1/sites/${site.id}/boards/${b2.id}/ideas`, { title }, people[0]!.token)
        ).json()) as Idea;
      const old = await post("Popular last month");
      const fresh = await post("Popular this week");
      const now = Date.now();
      const day = 86_400_000;
      // 30 votes four weeks ago against 10 votes today: 30 × 2^-4 ≈ 1.9 < 10.
      for (const p of people.slice(0, 30))
        await api.storage.ideaVotes.set(site.id, old.id, p.user.id, new Date(now - 28 * day));
      for (const p of people.slice(100, 110))
        await api.storage.ideaVotes.set(site.id, fresh.id, p.user.id, new Date(now));
      const order = async (sort: string) =>
        (
          (await (
            await send(api, "GET", `/v1/sites/${site.id}/boards/${b2.id}/ideas?sort=${sort}`)
          ).json()) as IdeaList
        ).items.map((i) => i.title);
      assert.deepEqual(await order("trending"), ["Popular this week", "Popular last month"]);
      assert.deepEqual(await order("top"), ["Popular last month", "Popular this week"]);
      // Withdrawing 9 of the recent votes drops it back below the older idea (creation counts as one vote).
      for (const p of people.slice(100, 109)) await api.storage.ideaVotes.clear(site.id, fresh.id, p.user.id);
      assert.deepEqual(await order("trending"), ["Popular last month", "Popular this week"]);
    });

    it("merges keep unique voters: people who voted on both count once; followers move too", async () => {
      const a = await newIdea("Merge source");
      const b = await newIdea("Merge target");
      // 0..29 vote on a, 20..49 on b: 50 unique people, 10 of them on both.
      await Promise.all(people.slice(0, 30).map((p) => vote(a.id, p.token)));
      await Promise.all(people.slice(20, 50).map((p) => vote(b.id, p.token)));
      const follower = people[60]!;
      await send(api, "PUT", `/v1/sites/${site.id}/ideas/${a.id}/follow`, undefined, follower.token);
      const res = await send(
        api,
        "POST",
        `/v1/sites/${site.id}/ideas/${a.id}/status`,
        { status: "merged", mergedInto: b.id, response: "Same request as the target." },
        api.adminToken,
      );
      assert.equal(res.status, 200, await res.clone().text());
      const merged = (await res.json()) as Idea;
      assert.equal(merged.status, "merged");
      assert.equal(merged.mergedInto, b.id);
      assert.equal(merged.response?.body, "Same request as the target.");
      assert.equal((await getIdea(b.id)).votes, 50);
      assert.equal(await rows("idea_votes", b.id), 50);
      const targetFollowers = await api.storage.driver.query<{ person_id: string }>(
        "SELECT person_id FROM idea_followers WHERE site_id = $1 AND idea_id = $2",
        [site.id, b.id],
      );
      assert.ok(
        targetFollowers.some((r) => r.person_id === follower.user.id),
        "a source follower follows the target",
      );
      // A vote on the merged idea lands on its target; someone who already voted there changes nothing.
      const again = (await (await vote(a.id, people[5]!.token)).json()) as VoteResult;
      assert.deepEqual(again, { id: b.id, votes: 50, votedByMe: true });
      const added = (await (await vote(a.id, people[70]!.token)).json()) as VoteResult;
      assert.deepEqual(added, { id: b.id, votes: 51, votedByMe: true });
      // Merged ideas leave the default list and show under status=merged.
      const list = (await (
        await send(api, "GET", `/v1/sites/${site.id}/boards/${board}/ideas?limit=50`)
      ).json()) as IdeaList;
      assert.ok(!list.items.some((i) => i.id === a.id));
      const mergedList = (await (
        await send(api, "GET", `/v1/sites/${site.id}/boards/${board}/ideas?status=merged`)
      ).json()) as IdeaList;
      assert.deepEqual(
        mergedList.items.map((i) => i.id),
        [a.id],
      );
    });
  });
}
