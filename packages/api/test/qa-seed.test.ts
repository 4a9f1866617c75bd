import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { seedDemo } from "@corner/api";
import type { QuestionDetail, QuestionList, Reputation } from "@corner/contracts";
import { createTestApp, send } from "@corner/test-utils/node";

const PRODUCTS = ["trail-runner-2", "merino-hoodie", "city-backpack-22", "pour-over-kettle", "headlamp-400"];

describe("demo Q&A", () => {
  let api: Awaited<ReturnType<typeof createTestApp>>;
  before(async () => {
    api = await createTestApp({ seed: "demo" });
  });
  after(() => api.close());

  it("seeds answered, unanswered and staff-answered questions on every product, once", async () => {
    assert.deepEqual(await seedDemo(api.storage), { seeded: false });
    const badges = new Set<string>();
    const authors = new Set<string>();
    for (const subject of PRODUCTS) {
      const list = (await (
        await send(api, "GET", `/v1/sites/demo/subjects/${subject}/questions?limit=50`)
      ).json()) as QuestionList;
      assert.ok(list.total >= 3 && list.total <= 6, subject);
      assert.equal(list.items.length, list.total);
      assert.ok(
        list.items.some((q) => q.acceptedAnswer),
        `${subject} has a question with an accepted answer`,
      );
      assert.ok(
        list.items.some((q) => q.answerCount === 0),
        `${subject} has an unanswered question`,
      );
      assert.ok(
        list.items.some((q) => q.hasOfficialAnswer),
        `${subject} has a staff answer`,
      );
      for (const q of list.items) {
        const detail = (await (
          await send(api, "GET", `/v1/sites/demo/questions/${q.id}`)
        ).json()) as QuestionDetail;
        for (const a of detail.answers) {
          for (const b of a.author.badges) badges.add(b);
          if (a.author.badges.includes("top_contributor")) authors.add(a.author.id);
        }
      }
    }
    assert.deepEqual([...badges].sort(), ["staff", "top_contributor", "verified_owner"]);
    assert.equal(authors.size, 1, "one top contributor");
    const [top] = [...authors];
    const rep = (await (
      await send(api, "GET", `/v1/sites/demo/people/${top}/reputation`)
    ).json()) as Reputation;
    assert.equal(rep.name, "Ingrid Larsen");
    assert.ok(rep.reputation >= 50 && rep.topContributor);

    const drift = await api.storage.driver.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM answers a WHERE a.site_id = 'demo'
         AND a.votes <> (SELECT count(*) FROM answer_votes v WHERE v.answer_id = a.id)
       UNION ALL
       SELECT count(*)::int FROM questions q WHERE q.site_id = 'demo'
         AND q.answer_count <> (SELECT count(*) FROM answers a WHERE a.question_id = q.id AND a.status = 'published')`,
    );
    assert.deepEqual(
      drift.map((r) => r.n),
      [0, 0],
    );
  });
});
