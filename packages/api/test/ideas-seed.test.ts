import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { seedDemo } from "@corner/api";
import type { IdeaList } from "@corner/contracts";
import { createTestApp, send } from "@corner/test-utils/node";

describe("demo ideas board", () => {
  let api: Awaited<ReturnType<typeof createTestApp>>;
  before(async () => {
    api = await createTestApp({ seed: "demo" });
  });
  after(() => api.close());

  it("seeds a few dozen ideas across every status, with counts that are real rows, once", async () => {
    assert.deepEqual(await seedDemo(api.storage), { seeded: false });
    const board = await (await send(api, "GET", "/v1/sites/demo/boards/feedback")).json();
    assert.equal(board.title, "Ideas for Corner Outfitters");
    const statuses = new Set<string>();
    for (const status of ["open", "under_review", "planned", "in_progress", "done", "declined", "merged"]) {
      const page = (await (
        await send(api, "GET", `/v1/sites/demo/boards/feedback/ideas?status=${status}&limit=50`)
      ).json()) as IdeaList;
      if (page.items.length > 0) statuses.add(status);
    }
    assert.equal(statuses.size, 7);
    const all = (await (
      await send(api, "GET", "/v1/sites/demo/boards/feedback/ideas?limit=50")
    ).json()) as IdeaList;
    assert.ok(all.items.length >= 25);
    assert.ok(all.items.some((i) => i.response !== null));
    const drift = await api.storage.driver.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ideas i WHERE i.site_id = 'demo' AND (
         i.votes <> (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.id) OR
         i.comment_count <> (SELECT count(*) FROM idea_comments c WHERE c.idea_id = i.id AND c.status = 'published'))`,
    );
    assert.equal(drift[0]!.n, 0);
  });
});
