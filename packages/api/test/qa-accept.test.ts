import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  type AcceptResult,
  type Answer,
  type Question,
  type QuestionDetail,
  REPUTATION_ACCEPTED,
  REPUTATION_VOTE,
  type Reputation,
  type Session,
} from "@corner/contracts";
import { createTestApp, createTestSite, engines, send, signInMany } from "@corner/test-utils/node";
import { expectProblem } from "./helpers.ts";

for (const engine of engines()) {
  describe(`accepting answers and reputation (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };
    let people: Session[];
    let staff: Session;

    before(async () => {
      api = await createTestApp({ engine });
      site = await createTestSite(api);
      people = await signInMany(api, site, "member", 30);
      staff = (await signInMany(api, site, "staff", 1, { staff: true }))[0]!;
    });
    after(() => api.close());

    const base = () => `/v1/sites/${site.id}`;
    const ask = async (s: Session, title = "Will the sole last a season of trail running?") => {
      const res = await send(api, "POST", `${base()}/subjects/trail-runner-2/questions`, { title }, s.token);
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as Question;
    };
    const answer = async (q: Question, s: Session, body = "Mine lasted about 800 km.") => {
      const res = await send(api, "POST", `${base()}/questions/${q.id}/answers`, { body }, s.token);
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as Answer;
    };
    const accept = (q: Question, answerId: unknown, s?: Session) =>
      send(api, "POST", `${base()}/questions/${q.id}/accept`, { answerId }, s?.token);
    const clear = (q: Question, s?: Session) =>
      send(api, "DELETE", `${base()}/questions/${q.id}/accept`, undefined, s?.token);
    const detail = async (q: { id: string }) =>
      (await (await send(api, "GET", `${base()}/questions/${q.id}`)).json()) as QuestionDetail;
    const rep = async (s: Session) =>
      (await (await send(api, "GET", `${base()}/people/${s.user.id}/reputation`)).json()) as Reputation;
    const accepted = async (q: Question) =>
      (await detail(q)).answers.filter((a) => a.accepted).map((a) => a.id);

    it("lets the asker accept, switch and clear; exactly one answer is accepted and the points move", async () => {
      const [asker, a, b] = [people[0]!, people[1]!, people[2]!];
      const q = await ask(asker);
      const first = await answer(q, a);
      const second = await answer(q, b, "Two seasons so far.");
      const res = await accept(q, first.id, asker);
      assert.equal(res.status, 200);
      assert.deepEqual((await res.json()) as AcceptResult, { id: q.id, acceptedAnswerId: first.id });
      assert.deepEqual(await accepted(q), [first.id]);
      assert.equal((await detail(q)).answers[0]?.id, first.id, "the accepted answer comes first");
      assert.deepEqual([(await rep(a)).reputation, (await rep(a)).acceptedAnswers], [REPUTATION_ACCEPTED, 1]);

      assert.equal((await accept(q, second.id, asker)).status, 200);
      assert.deepEqual(await accepted(q), [second.id]);
      assert.equal((await detail(q)).acceptedAnswer?.id, second.id);
      assert.deepEqual([(await rep(a)).reputation, (await rep(a)).acceptedAnswers], [0, 0]);
      assert.equal((await rep(b)).reputation, REPUTATION_ACCEPTED);

      // Accepting the same answer again changes nothing.
      assert.equal((await accept(q, second.id, asker)).status, 200);
      assert.equal((await rep(b)).reputation, REPUTATION_ACCEPTED);

      const cleared = await clear(q, asker);
      assert.deepEqual(await cleared.json(), { id: q.id, acceptedAnswerId: null });
      assert.deepEqual(await accepted(q), []);
      assert.equal((await detail(q)).acceptedAnswer, null);
      assert.equal((await rep(b)).reputation, 0);
    });

    it("lets staff accept on anyone's question; refuses others with 403 and signed-out readers with 401", async () => {
      const [asker, a, other] = [people[3]!, people[4]!, people[5]!];
      const q = await ask(asker);
      const ans = await answer(q, a);
      await expectProblem(await accept(q, ans.id, other), 403, "forbidden");
      await expectProblem(await accept(q, ans.id), 401, "unauthorized");
      assert.deepEqual(await accepted(q), []);
      assert.equal((await rep(a)).reputation, 0);
      const res = await accept(q, ans.id, staff);
      assert.equal(res.status, 200);
      assert.deepEqual(await accepted(q), [ans.id]);
      assert.equal((await rep(a)).reputation, REPUTATION_ACCEPTED);
      await expectProblem(await clear(q, other), 403, "forbidden");
      await expectProblem(await clear(q), 401, "unauthorized");
      assert.deepEqual(await accepted(q), [ans.id]);
    });

    it("refuses an answer of another question, or no answer at all, with 422 naming body.answerId", async () => {
      const [asker, a] = [people[6]!, people[7]!];
      const q = await ask(asker);
      const mine = await answer(q, a);
      const elsewhere = await answer(await ask(people[8]!, "Are the laces long enough?"), a);
      for (const answerId of [elsewhere.id, "0190a000-0000-7000-8000-000000000000"]) {
        const problem = await expectProblem(await accept(q, answerId, asker), 422, "validation");
        assert.deepEqual(
          problem.errors?.map((e) => e.path),
          ["body.answerId"],
        );
      }
      const bad = await expectProblem(await accept(q, "not-an-id", asker), 400, "validation");
      assert.equal(bad.errors?.[0]?.path, "body.answerId");
      await expectProblem(
        await send(
          api,
          "POST",
          `${base()}/questions/0190a000-0000-7000-8000-000000000000/accept`,
          { answerId: mine.id },
          asker.token,
        ),
        404,
        "notFound",
      );
      assert.deepEqual(await accepted(q), []);
      assert.equal((await rep(a)).reputation, 0);
    });

    it("gives no points to someone who accepts their own answer", async () => {
      const [asker, other] = [people[9]!, people[10]!];
      const q = await ask(asker);
      const own = await answer(q, asker, "Answering myself: I found the spec sheet.");
      const theirs = await answer(q, other);
      assert.equal((await accept(q, own.id, asker)).status, 200);
      assert.deepEqual([(await rep(asker)).reputation, (await rep(asker)).acceptedAnswers], [0, 0]);
      assert.equal((await accept(q, theirs.id, asker)).status, 200);
      assert.equal((await rep(other)).reputation, REPUTATION_ACCEPTED);
      assert.equal((await accept(q, own.id, asker)).status, 200);
      assert.deepEqual([(await rep(asker)).reputation, (await rep(other)).reputation], [0, 0]);
      // Staff accepting their own answer on someone else's question earns nothing either.
      const staffAnswer = await answer(q, staff, "Official: about 800 km.");
      assert.equal(staffAnswer.official, true);
      assert.equal((await accept(q, staffAnswer.id, staff)).status, 200);
      assert.equal((await rep(staff)).reputation, 0);
    });

    it("keeps one accepted answer when the asker and staff accept different answers at once", async () => {
      const asker = people[11]!;
      const q = await ask(asker);
      const answers = await Promise.all(people.slice(12, 22).map((p) => answer(q, p)));
      const results = await Promise.all(answers.map((a, i) => accept(q, a.id, i % 2 === 0 ? asker : staff)));
      assert.deepEqual(new Set(results.map((r) => r.status)), new Set([200]));
      const now = await accepted(q);
      assert.equal(now.length, 1);
      const winner = answers.find((a) => a.id === now[0])!;
      const points = await Promise.all(people.slice(12, 22).map(async (p) => (await rep(p)).reputation));
      assert.deepEqual(
        points,
        people.slice(12, 22).map((p) => (p.user.id === winner.author.id ? REPUTATION_ACCEPTED : 0)),
      );
    });

    it("keeps every person's reputation equal to what the vote and accept rows imply", async () => {
      const crowd = people.slice(20, 30);
      const qs = await Promise.all(crowd.slice(0, 4).map((p, i) => ask(p, `Mixed question ${i}`)));
      const answers: Answer[] = [];
      for (const [i, q] of qs.entries()) {
        for (const p of crowd.slice(4 + i, 8 + i))
          answers.push(await answer(q, p, `Answer by ${p.user.name}`));
      }
      // A deterministic mix of votes, unvotes, accepts, switches and clears, partly concurrent.
      let seed = 7;
      const rand = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed % n;
      };
      for (let round = 0; round < 6; round++) {
        const ops: Promise<Response>[] = [];
        for (let k = 0; k < 12; k++) {
          const a = answers[rand(answers.length)]!;
          const voter = crowd[rand(crowd.length)]!;
          const method = rand(3) === 0 ? "DELETE" : "PUT";
          ops.push(send(api, method, `${base()}/answers/${a.id}/vote`, undefined, voter.token));
        }
        const q = qs[rand(qs.length)]!;
        const candidates = answers.filter((a) => a.questionId === q.id);
        const asker = crowd[qs.indexOf(q)]!;
        if (rand(4) === 0) ops.push(clear(q, asker));
        else ops.push(accept(q, candidates[rand(candidates.length)]!.id, rand(2) ? asker : staff));
        for (const res of await Promise.all(ops))
          assert.ok([200, 403].includes(res.status), String(res.status));
      }
      // An accepted answer with votes, rejected by a moderator, stops counting: votes and acceptance alike.
      const target = answers.find((a) => a.questionId === qs[0]!.id)!;
      assert.equal((await accept(qs[0]!, target.id, crowd[0])).status, 200);
      const voter = crowd.find((p) => p.user.id !== target.author.id)!;
      assert.equal(
        (await send(api, "PUT", `${base()}/answers/${target.id}/vote`, undefined, voter.token)).status,
        200,
      );
      const rejected = await send(
        api,
        "POST",
        `/v1/admin/sites/${site.id}/answers/${target.id}/reject`,
        undefined,
        api.adminToken,
      );
      assert.deepEqual(await rejected.json(), { id: target.id, status: "rejected" });
      assert.equal((await detail(qs[0]!)).acceptedAnswer, null);
      const drift = await api.storage.driver.query<{ person_id: string; stored: number; implied: number }>(
        `WITH implied AS (
           SELECT p.id AS person_id,
             (SELECT count(*) FROM answer_votes v JOIN answers a ON a.id = v.answer_id
                WHERE a.site_id = p.site_id AND a.person_id = p.id AND a.status = 'published')::int AS votes,
             (SELECT count(*) FROM questions q JOIN answers a ON a.id = q.accepted_answer_id
                WHERE q.site_id = p.site_id AND a.person_id = p.id
                  AND q.accepted_by IS DISTINCT FROM a.person_id)::int AS accepted
           FROM people p WHERE p.site_id = $1)
         SELECT i.person_id, COALESCE(r.points, 0) AS stored, i.votes * $2 + i.accepted * $3 AS implied
         FROM implied i LEFT JOIN reputation r ON r.site_id = $1 AND r.person_id = i.person_id
         WHERE COALESCE(r.points, 0) <> i.votes * $2 + i.accepted * $3
            OR COALESCE(r.votes_received, 0) <> i.votes OR COALESCE(r.accepted_answers, 0) <> i.accepted`,
        [site.id, REPUTATION_VOTE, REPUTATION_ACCEPTED],
      );
      assert.deepEqual([...drift], [], "stored totals differ from the rows");
      const counts = await api.storage.driver.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM answers a WHERE a.site_id = $1
           AND a.votes <> (SELECT count(*) FROM answer_votes v WHERE v.answer_id = a.id)`,
        [site.id],
      );
      assert.equal(counts[0]!.n, 0);
      const total = await api.storage.driver.query<{ n: number }>(
        "SELECT COALESCE(sum(points), 0)::int AS n FROM reputation WHERE site_id = $1",
        [site.id],
      );
      assert.ok(total[0]!.n > 0, "the sequence earned some points");
    });
  });
}
