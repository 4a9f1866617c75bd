import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Answer, Idea, Question, Review, ReviewList, Site } from "@corner/contracts";
import {
  createTestApp,
  createTestBoard,
  createTestSite,
  engines,
  send,
  signIn,
} from "@corner/test-utils/node";

for (const engine of engines()) {
  describe(`holding guests' content for approval (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };
    const admin = () => ({ authorization: `Bearer ${api.adminToken}` });

    before(async () => {
      api = await createTestApp({ engine });
      site = await createTestSite(api, { guestPremoderation: true });
    });
    after(() => api.close());

    const post = async <T>(path: string, body: unknown, token: string): Promise<T> => {
      const res = await send(api, "POST", `/v1/sites/${site.id}${path}`, body, token);
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as T;
    };

    it("is off by default, set at creation, shown and changed by PATCH", async () => {
      const plain = await createTestSite(api);
      const read = async (id: string) =>
        (await (
          await send(api, "GET", `/v1/admin/sites/${id}`, undefined, undefined, admin())
        ).json()) as Site;
      assert.equal((await read(plain.id)).guestPremoderation, false);
      assert.equal((await read(site.id)).guestPremoderation, true);
      const res = await send(
        api,
        "PATCH",
        `/v1/admin/sites/${plain.id}`,
        { guestPremoderation: true },
        undefined,
        admin(),
      );
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as Site).guestPremoderation, true);
      assert.equal((await read(plain.id)).premoderation, false, "the other settings stay");
      const bad = await send(
        api,
        "PATCH",
        `/v1/admin/sites/${plain.id}`,
        { guestPremoderation: "yes" },
        undefined,
        admin(),
      );
      assert.equal(bad.status, 400);
    });

    it("holds a guest's review until it is approved; a signed-in person's is published at once", async () => {
      const guest = await signIn(api, site, { guest: "Gwen" });
      const member = await signIn(api, site, { sub: "mo", name: "Mo" });
      const held = await post<Review>("/subjects/tent/reviews", { rating: 2, body: "Leaks." }, guest.token);
      assert.equal(held.status, "pending");
      const shown = await post<Review>("/subjects/tent/reviews", { rating: 5, body: "Dry." }, member.token);
      assert.equal(shown.status, "published");
      const list = async () =>
        (await (await send(api, "GET", `/v1/sites/${site.id}/subjects/tent/reviews`)).json()) as ReviewList;
      assert.deepEqual(
        (await list()).items.map((r) => r.id),
        [shown.id],
      );
      assert.equal((await list()).summary.count, 1);
      const approve = await send(
        api,
        "POST",
        `/v1/admin/sites/${site.id}/reviews/${held.id}/approve`,
        undefined,
        undefined,
        admin(),
      );
      assert.equal(approve.status, 200);
      assert.equal((await list()).summary.count, 2);
    });

    it("holds a guest's question and answer; staff and members answer in public", async () => {
      const guest = await signIn(api, site, { guest: "Gil" });
      const member = await signIn(api, site, { sub: "ana", name: "Ana" });
      const staff = await signIn(api, site, { sub: "pat", name: "Pat", roles: ["staff"] });
      const asked = await post<Question>(
        "/subjects/stove/questions",
        { title: "Does it simmer well?" },
        guest.token,
      );
      assert.equal(asked.status, "pending");
      const q = await post<Question>(
        "/subjects/stove/questions",
        { title: "What fuel does it take?" },
        member.token,
      );
      assert.equal(q.status, "published");
      const byGuest = await post<Answer>(
        `/questions/${q.id}/answers`,
        { body: "White gas, I think." },
        guest.token,
      );
      assert.equal(byGuest.status, "pending");
      const byMember = await post<Answer>(
        `/questions/${q.id}/answers`,
        { body: "Any canister." },
        member.token,
      );
      assert.equal(byMember.status, "published");
      const byStaff = await post<Answer>(`/questions/${q.id}/answers`, { body: "Butane mix." }, staff.token);
      assert.equal(byStaff.status, "published");
    });

    it("holds a guest's idea too, and nothing on a site that does not hold guests", async () => {
      const board = await createTestBoard(api, site);
      const guest = await signIn(api, site, { guest: "Ida" });
      const idea = await post<Idea>(`/boards/${board.id}/ideas`, { title: "A lighter lid" }, guest.token);
      assert.equal(idea.moderation, "pending");

      const open = await createTestSite(api);
      const elsewhere = await signIn(api, open, { guest: "Ida" });
      const res = await send(
        api,
        "POST",
        `/v1/sites/${open.id}/subjects/tent/reviews`,
        { rating: 4, body: "Fine." },
        elsewhere.token,
      );
      assert.equal(((await res.json()) as Review).status, "published");
    });
  });
}
