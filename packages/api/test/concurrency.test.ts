import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Review } from "@corner/contracts";
import { createTestApp, createTestSite, engines, send, signIn } from "@corner/test-utils/node";

for (const engine of engines()) {
  describe(`exact counters under concurrent writes (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };
    const tokens: string[] = [];

    before(async () => {
      api = await createTestApp({ engine });
      site = await createTestSite(api);
      for (let i = 0; i < 200; i++) tokens.push((await signIn(api, site, { guest: `Person ${i}` })).token);
    });
    after(() => api.close());

    const newReview = async (subject: string) => {
      const res = await send(
        api,
        "POST",
        `/v1/sites/${site.id}/subjects/${subject}/reviews`,
        { rating: 4, body: "Solid" },
        tokens[0],
      );
      return ((await res.json()) as Review).id;
    };
    const votesInTable = async (reviewId: string) =>
      (
        await api.storage.driver.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM helpful_votes WHERE site_id = $1 AND review_id = $2",
          [site.id, reviewId],
        )
      )[0]!.n;

    it("counts 200 concurrent helpful votes from 200 people as exactly 200", async () => {
      const id = await newReview("conc-helpful");
      const url = `/v1/sites/${site.id}/reviews/${id}/helpful`;
      const answers = await Promise.all(tokens.map((t) => send(api, "PUT", url, undefined, t)));
      assert.deepEqual(new Set(answers.map((r) => r.status)), new Set([200]));
      const one = (await (await send(api, "GET", `/v1/sites/${site.id}/reviews/${id}`)).json()) as Review;
      assert.equal(one.helpful, 200);
      assert.equal(await votesInTable(id), 200);
      // And 200 concurrent removals bring it back to exactly 0.
      await Promise.all(tokens.map((t) => send(api, "DELETE", url, undefined, t)));
      const zero = (await (await send(api, "GET", `/v1/sites/${site.id}/reviews/${id}`)).json()) as Review;
      assert.equal(zero.helpful, 0);
      assert.equal(await votesInTable(id), 0);
    });

    it("counts 20 concurrent helpful votes from one person as 1", async () => {
      const id = await newReview("conc-one");
      const url = `/v1/sites/${site.id}/reviews/${id}/helpful`;
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => send(api, "PUT", url, undefined, tokens[7])),
      );
      for (const res of answers) assert.deepEqual(await res.json(), { helpful: 1, helpfulByMe: true });
      assert.equal(await votesInTable(id), 1);
    });

    it("keeps the summary equal to an aggregate over the reviews when many people post and edit at once", async () => {
      const subject = "conc-summary";
      const path = `/v1/sites/${site.id}/subjects/${subject}/reviews`;
      const writers = tokens.slice(0, 60);
      // Each person posts, and a third of them edit at the same time (one review per person remains).
      const writes = writers.flatMap((t, i) => {
        const first = send(api, "POST", path, { rating: (i % 5) + 1, body: `First ${i}` }, t);
        return i % 3 === 0
          ? [first, send(api, "POST", path, { rating: ((i + 2) % 5) + 1, body: `Edit ${i}` }, t)]
          : [first];
      });
      const answers = await Promise.all(writes);
      for (const res of answers) assert.ok(res.status === 200 || res.status === 201, `status ${res.status}`);
      const { summary } = await (await send(api, "GET", path)).json();
      const rows = await api.storage.driver.query<{ rating: number; n: number }>(
        "SELECT rating, count(*)::int AS n FROM reviews WHERE site_id = $1 AND subject = $2 AND status = 'published' GROUP BY rating",
        [site.id, subject],
      );
      const histogram: Record<string, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
      let sum = 0;
      for (const r of rows) {
        histogram[String(r.rating)] = r.n;
        sum += r.rating * r.n;
      }
      assert.equal(summary.count, 60);
      assert.deepEqual(summary.histogram, histogram);
      assert.equal(summary.average, Math.round((sum / 60) * 100) / 100);
    });

    it("applies one effect for concurrent duplicates with the same Idempotency-Key", async () => {
      const path = `/v1/sites/${site.id}/subjects/conc-idem/reviews`;
      const answers = await Promise.all(
        Array.from({ length: 10 }, () =>
          send(api, "POST", path, { rating: 3, body: "Once only" }, tokens[9], {
            "idempotency-key": "same-key",
          }),
        ),
      );
      const bodies: Review[] = [];
      for (const res of answers) {
        assert.ok(res.status === 201 || res.status === 409, `status ${res.status}`);
        if (res.status === 201) bodies.push(await res.json());
      }
      assert.ok(bodies.length >= 1);
      assert.ok(bodies.every((b) => b.id === bodies[0]?.id));
      const { summary } = await (await send(api, "GET", path)).json();
      assert.equal(summary.count, 1);
    });
  });
}
