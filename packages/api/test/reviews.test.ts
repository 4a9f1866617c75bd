import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Review, ReviewList } from "@corner/contracts";
import { createTestApp, createTestSite, engines, send, signIn } from "@corner/test-utils/node";
import { expectProblem } from "./helpers.ts";

for (const engine of engines()) {
  describe(`reviews (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };

    before(async () => {
      api = await createTestApp({ engine });
      site = await createTestSite(api);
    });
    after(() => api.close());

    const list = async (subject: string, query = "", token?: string): Promise<ReviewList> => {
      const res = await send(
        api,
        "GET",
        `/v1/sites/${site.id}/subjects/${subject}/reviews${query}`,
        undefined,
        token,
      );
      assert.equal(res.status, 200);
      return (await res.json()) as ReviewList;
    };
    const post = (subject: string, body: unknown, token: string, s = site) =>
      send(api, "POST", `/v1/sites/${s.id}/subjects/${subject}/reviews`, body, token);

    it("creates a review (201) and moves the summary", async () => {
      const { token, user } = await signIn(api, site, { guest: "Ada" });
      const res = await post("kettle", { rating: 4, title: "  Nice  ", body: "Pours well." }, token);
      assert.equal(res.status, 201);
      const review = (await res.json()) as Review;
      assert.equal(review.rating, 4);
      assert.equal(review.title, "Nice");
      assert.equal(review.status, "published");
      assert.equal(review.author.name, "Ada");
      assert.equal(review.author.id, user.id);
      assert.equal(review.mine, true);
      const page = await list("kettle");
      assert.deepEqual(page.summary, { count: 1, average: 4, histogram: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 } });
      assert.equal(page.items[0]?.id, review.id);
      assert.equal(page.items[0]?.mine, undefined, "anonymous readers get no mine/helpfulByMe");
      const one = await send(api, "GET", `/v1/sites/${site.id}/reviews/${review.id}`);
      assert.equal(((await one.json()) as Review).body, "Pours well.");
    });

    it("edits the person's review on a second post (200) and moves the histogram exactly", async () => {
      const { token } = await signIn(api, site, { sub: "sso-bo", name: "Bo" });
      const first = (await (await post("lamp", { rating: 2, body: "Dim." }, token)).json()) as Review;
      await post("lamp", { rating: 5, body: "Bright!" }, (await signIn(api, site, { guest: "Cy" })).token);
      const res = await post("lamp", { rating: 4, body: "Dim at first, fine now." }, token);
      assert.equal(res.status, 200);
      const edited = (await res.json()) as Review;
      assert.equal(edited.id, first.id);
      assert.equal(edited.body, "Dim at first, fine now.");
      const page = await list("lamp");
      assert.deepEqual(page.summary, { count: 2, average: 4.5, histogram: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 } });
      assert.equal(page.items.length, 2);
      // The same SSO subject signing in again is the same person.
      const again = await signIn(api, site, { sub: "sso-bo", name: "Bo B." });
      assert.equal((await post("lamp", { rating: 3, body: "Meh." }, again.token)).status, 200);
      assert.deepEqual((await list("lamp")).summary.histogram, { 1: 0, 2: 0, 3: 1, 4: 0, 5: 1 });
    });

    it("treats the same SSO subject on two sites as two people", async () => {
      const other = await createTestSite(api);
      const a = await signIn(api, site, { sub: "shared" });
      const b = await signIn(api, other, { sub: "shared" });
      assert.notEqual(a.user.id, b.user.id);
    });

    describe("listing", () => {
      const subject = "pack";
      const ratings = [5, 3, 1, 4, 5, 2, 3, 4, 5, 1, 2, 4];
      const ids: string[] = [];
      const tokens: string[] = [];
      before(async () => {
        for (const [i, rating] of ratings.entries()) {
          const { token } = await signIn(api, site, { guest: `Reader ${i}` });
          tokens.push(token);
          const r = (await (await post(subject, { rating, body: `Review ${i}` }, token)).json()) as Review;
          ids.push(r.id);
        }
        // Helpful votes: review i gets i % 4 votes.
        for (const [i, id] of ids.entries()) {
          for (let v = 0; v < i % 4; v++) {
            await send(
              api,
              "PUT",
              `/v1/sites/${site.id}/reviews/${id}/helpful`,
              undefined,
              tokens[(i + v + 1) % tokens.length],
            );
          }
        }
      });

      const all = async (query: string) => {
        const seen: Review[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const sep = query ? "&" : "";
          const page: ReviewList = await list(
            subject,
            `?${query}${sep}limit=5${cursor ? `&cursor=${cursor}` : ""}`,
          );
          assert.ok(page.items.length <= 5);
          seen.push(...page.items);
          cursor = page.next;
          pages++;
        } while (cursor && pages < 10);
        return seen;
      };

      it("sorts newest first by default and pages without duplicates or gaps", async () => {
        const seen = await all("");
        assert.deepEqual(
          seen.map((r) => r.id),
          [...ids].reverse(),
        );
      });

      it("keeps pages stable when reviews arrive between pages", async () => {
        const first = await list(subject, "?limit=4");
        const { token } = await signIn(api, site, { guest: "Late" });
        await post(subject, { rating: 3, body: "Arrived mid-scroll" }, token);
        const second = await list(subject, `?limit=4&cursor=${first.next}`);
        assert.deepEqual(
          [...first.items, ...second.items].map((r) => r.id),
          [...ids].reverse().slice(0, 8),
        );
        ids.push((await list(subject, "?limit=1")).items[0]!.id);
        ratings.push(3);
      });

      it("sorts by highest and lowest rating, newest first within a star level", async () => {
        const high = await all("sort=highest");
        assert.equal(high.length, ratings.length);
        const key = (r: Review) => [r.rating, Date.parse(r.createdAt)] as const;
        for (let i = 1; i < high.length; i++) {
          const [ra, ta] = key(high[i - 1]!);
          const [rb, tb] = key(high[i]!);
          assert.ok(ra > rb || (ra === rb && ta >= tb), "highest order");
        }
        const low = await all("sort=lowest");
        assert.deepEqual(
          low.map((r) => r.rating),
          [...ratings].sort((a, b) => a - b),
        );
        assert.equal(new Set(low.map((r) => r.id)).size, ratings.length);
      });

      it("sorts by helpful votes", async () => {
        const byHelpful = await all("sort=helpful");
        assert.equal(byHelpful.length, ratings.length);
        const counts = byHelpful.map((r) => r.helpful);
        assert.deepEqual(
          counts,
          [...counts].sort((a, b) => b - a),
        );
        assert.equal(counts[0], 3);
      });

      it("filters by star level, with pagination", async () => {
        for (const star of [1, 3, 5]) {
          const seen = await all(`rating=${star}&sort=newest`);
          assert.equal(seen.length, ratings.filter((r) => r === star).length);
          assert.ok(seen.every((r) => r.rating === star));
        }
        const page = await list(subject, "?rating=5");
        assert.equal(page.summary.count, ratings.length, "the summary covers every star level");
      });

      it("refuses a cursor from another sort order", async () => {
        const first = await list(subject, "?limit=2&sort=newest");
        const res = await send(
          api,
          "GET",
          `/v1/sites/${site.id}/subjects/${subject}/reviews?sort=lowest&cursor=${first.next}`,
        );
        const p = await expectProblem(res, 400, "validation");
        assert.equal(p.errors?.[0]?.path, "query.cursor");
      });

      it("refuses a cursor for a star-ordered sort that carries no star level", async () => {
        const first = await list(subject, "?limit=2&sort=newest");
        const [, , at, id] = JSON.parse(Buffer.from(first.next ?? "", "base64url").toString("utf8"));
        const forged = Buffer.from(JSON.stringify(["highest", null, at, id])).toString("base64url");
        const res = await send(
          api,
          "GET",
          `/v1/sites/${site.id}/subjects/${subject}/reviews?sort=highest&cursor=${forged}`,
        );
        const p = await expectProblem(res, 400, "validation");
        assert.equal(p.errors?.[0]?.path, "query.cursor");
      });

      it("tells a signed-in reader which reviews are theirs and which they marked helpful", async () => {
        const page = await list(subject, "?limit=50", tokens[1]);
        const mine = page.items.filter((r) => r.mine);
        assert.deepEqual(
          mine.map((r) => r.id),
          [ids[1]],
        );
        assert.ok(page.items.every((r) => typeof r.helpfulByMe === "boolean"));
        assert.ok(page.items.some((r) => r.helpfulByMe));
      });
    });

    it("counts a helpful vote once however often it is sent, and removes it on DELETE", async () => {
      const author = await signIn(api, site, { guest: "Author" });
      const review = (await (
        await post("hoodie", { rating: 5, body: "Warm" }, author.token)
      ).json()) as Review;
      const voter = await signIn(api, site, { guest: "Voter" });
      const url = `/v1/sites/${site.id}/reviews/${review.id}/helpful`;
      for (let i = 0; i < 3; i++) {
        const res = await send(api, "PUT", url, undefined, voter.token);
        assert.equal(res.status, 200);
        assert.deepEqual(await res.json(), { helpful: 1, helpfulByMe: true });
      }
      for (let i = 0; i < 2; i++) {
        const res = await send(api, "DELETE", url, undefined, voter.token);
        assert.deepEqual(await res.json(), { helpful: 0, helpfulByMe: false });
      }
      assert.equal((await list("hoodie")).items[0]?.helpful, 0);
    });

    it("takes one report per person per review and shows reports to admins", async () => {
      const author = await signIn(api, site, { guest: "Spammer" });
      const review = (await (
        await post("beanie", { rating: 1, body: "Buy cheap watches" }, author.token)
      ).json()) as Review;
      const reader = await signIn(api, site, { guest: "Reader" });
      const url = `/v1/sites/${site.id}/reviews/${review.id}/reports`;
      const first = await send(api, "POST", url, { reason: "spam", note: "link farm" }, reader.token);
      assert.equal(first.status, 201);
      const second = await send(api, "POST", url, { reason: "offensive" }, reader.token);
      assert.equal(second.status, 200);
      assert.deepEqual(await second.json(), await first.json());
      await expectProblem(
        await send(api, "POST", url, { reason: "because" }, reader.token),
        400,
        "validation",
      );
      const reports = await send(api, "GET", `/v1/admin/sites/${site.id}/reports`, undefined, api.adminToken);
      const body = await reports.json();
      assert.equal(body.items.length, 1);
      assert.equal(body.items[0].reason, "spam");
      assert.equal(body.items[0].review.body, "Buy cheap watches");
    });

    describe("pre-moderation", () => {
      let mod: { id: string; ssoSecret: string };
      before(async () => {
        mod = await createTestSite(api, { premoderation: true });
      });

      it("keeps new reviews pending: visible to their author only, not counted until approved", async () => {
        const author = await signIn(api, mod, { guest: "Pat" });
        const res = await post("tent", { rating: 2, body: "Leaks" }, author.token, mod);
        assert.equal(res.status, 201);
        const review = (await res.json()) as Review;
        assert.equal(review.status, "pending");
        const url = `/v1/sites/${mod.id}/subjects/tent/reviews`;
        const anon = await (await send(api, "GET", url)).json();
        assert.equal(anon.items.length, 0);
        assert.equal(anon.summary.count, 0);
        const own = await (await send(api, "GET", url, undefined, author.token)).json();
        assert.deepEqual(
          own.items.map((r: Review) => [r.id, r.status, r.mine]),
          [[review.id, "pending", true]],
        );
        await expectProblem(
          await send(api, "GET", `/v1/sites/${mod.id}/reviews/${review.id}`),
          404,
          "notFound",
        );
        const other = await signIn(api, mod, { guest: "Sam" });
        await expectProblem(
          await send(api, "PUT", `/v1/sites/${mod.id}/reviews/${review.id}/helpful`, undefined, other.token),
          404,
          "notFound",
        );

        const approve = await send(
          api,
          "POST",
          `/v1/admin/sites/${mod.id}/reviews/${review.id}/approve`,
          undefined,
          api.adminToken,
        );
        assert.deepEqual(await approve.json(), { id: review.id, status: "published" });
        const again = await send(
          api,
          "POST",
          `/v1/admin/sites/${mod.id}/reviews/${review.id}/approve`,
          undefined,
          api.adminToken,
        );
        assert.equal(again.status, 200);
        const after1 = await (await send(api, "GET", url)).json();
        assert.deepEqual(after1.summary, {
          count: 1,
          average: 2,
          histogram: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 },
        });

        const reject = await send(
          api,
          "POST",
          `/v1/admin/sites/${mod.id}/reviews/${review.id}/reject`,
          undefined,
          api.adminToken,
        );
        assert.deepEqual(await reject.json(), { id: review.id, status: "rejected" });
        const after2 = await (await send(api, "GET", url)).json();
        assert.equal(after2.items.length, 0);
        assert.equal(after2.summary.count, 0);
        await expectProblem(
          await send(
            api,
            "POST",
            `/v1/admin/sites/${mod.id}/reviews/01900000-0000-7000-8000-000000000000/approve`,
            undefined,
            api.adminToken,
          ),
          404,
          "notFound",
        );
      });

      it("sends an edited published review back to moderation and out of the summary", async () => {
        const author = await signIn(api, mod, { guest: "Quinn" });
        const review = (await (
          await post("stove", { rating: 5, body: "Great" }, author.token, mod)
        ).json()) as Review;
        await send(
          api,
          "POST",
          `/v1/admin/sites/${mod.id}/reviews/${review.id}/approve`,
          undefined,
          api.adminToken,
        );
        const url = `/v1/sites/${mod.id}/subjects/stove/reviews`;
        assert.equal((await (await send(api, "GET", url)).json()).summary.count, 1);
        const edited = await post("stove", { rating: 1, body: "Broke" }, author.token, mod);
        assert.equal(((await edited.json()) as Review).status, "pending");
        assert.equal((await (await send(api, "GET", url)).json()).summary.count, 0);
        await send(
          api,
          "POST",
          `/v1/admin/sites/${mod.id}/reviews/${review.id}/approve`,
          undefined,
          api.adminToken,
        );
        assert.deepEqual((await (await send(api, "GET", url)).json()).summary.histogram, {
          1: 1,
          2: 0,
          3: 0,
          4: 0,
          5: 0,
        });
      });
    });
  });
}
