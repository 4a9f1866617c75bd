import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  type Answer,
  type AnswerVoteResult,
  type Question,
  type QuestionDetail,
  REPUTATION_VOTE,
  type Reputation,
  type Session,
} from "@corner/contracts";
import { createTestApp, createTestSite, engines, send, signInMany } from "@corner/test-utils/node";
import { expectProblem } from "./helpers.ts";

for (const engine of engines()) {
  describe(`answer votes (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };
    let people: Session[];
    let asker: Session;
    let answerer: Session;

    before(async () => {
      api = await createTestApp({ engine });
      site = await createTestSite(api);
      people = await signInMany(api, site, "voter", 200);
      const authors = await signInMany(api, site, "author", 2);
      asker = authors[0]!;
      answerer = authors[1]!;
    });
    after(() => api.close());

    const base = () => `/v1/sites/${site.id}`;
    const newAnswer = async (title: string) => {
      const q = (await (
        await send(api, "POST", `${base()}/subjects/headlamp-400/questions`, { title }, asker.token)
      ).json()) as Question;
      const res = await send(
        api,
        "POST",
        `${base()}/questions/${q.id}/answers`,
        { body: "Yes." },
        answerer.token,
      );
      assert.equal(res.status, 201);
      return (await res.json()) as Answer;
    };
    const vote = (id: string, s: Session, method: "PUT" | "DELETE" = "PUT") =>
      send(api, method, `${base()}/answers/${id}/vote`, undefined, s.token);
    const rows = async (id: string) =>
      (
        await api.storage.driver.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM answer_votes WHERE site_id = $1 AND answer_id = $2",
          [site.id, id],
        )
      )[0]!.n;
    const shown = async (a: Answer) =>
      ((await (await send(api, "GET", `${base()}/questions/${a.questionId}`)).json()) as QuestionDetail)
        .answers[0]!.votes;
    const reputation = async () =>
      (await (
        await send(api, "GET", `${base()}/people/${answerer.user.id}/reputation`)
      ).json()) as Reputation;

    it("counts 200 people voting at once as exactly 200 (= the rows), then 100 withdrawing as 100", async () => {
      const a = await newAnswer("Is it bright enough for night trail running?");
      const answers = await Promise.all(people.map((p) => vote(a.id, p)));
      assert.deepEqual(new Set(answers.map((r) => r.status)), new Set([200]));
      const counts = await Promise.all(
        answers.map(async (r) => ((await r.json()) as AnswerVoteResult).votes),
      );
      assert.equal(Math.max(...counts), 200);
      assert.equal(new Set(counts).size, 200, "each vote saw its own exact count");
      assert.equal(await shown(a), 200);
      assert.equal(await rows(a.id), 200);
      assert.deepEqual(
        [(await reputation()).votesReceived, (await reputation()).reputation],
        [200, 200 * REPUTATION_VOTE],
      );

      const off = await Promise.all(people.slice(0, 100).map((p) => vote(a.id, p, "DELETE")));
      assert.deepEqual(new Set(off.map((r) => r.status)), new Set([200]));
      for (const res of off) assert.equal(((await res.json()) as AnswerVoteResult).votedByMe, false);
      assert.equal(await shown(a), 100);
      assert.equal(await rows(a.id), 100);
      assert.deepEqual(
        [(await reputation()).votesReceived, (await reputation()).reputation],
        [100, 100 * REPUTATION_VOTE],
      );
    });

    it("counts one person's 30 concurrent votes as 1, and unvoting twice as 0", async () => {
      const a = await newAnswer("Does the battery survive the cold?");
      const before = (await reputation()).votesReceived;
      const answers = await Promise.all(Array.from({ length: 30 }, () => vote(a.id, people[7]!)));
      for (const res of answers) assert.deepEqual(await res.json(), { id: a.id, votes: 1, votedByMe: true });
      assert.equal(await rows(a.id), 1);
      assert.equal((await reputation()).votesReceived, before + 1);
      for (let i = 0; i < 2; i++) {
        const res = await vote(a.id, people[7]!, "DELETE");
        assert.deepEqual(await res.json(), { id: a.id, votes: 0, votedByMe: false });
      }
      assert.equal(await rows(a.id), 0);
      assert.equal((await reputation()).votesReceived, before);
    });

    it("refuses a vote on your own answer (403) and on unknown or pending answers (404)", async () => {
      const a = await newAnswer("Can I swap in an 18650 cell?");
      await expectProblem(await vote(a.id, answerer), 403, "forbidden");
      await expectProblem(await vote("0190a000-0000-7000-8000-000000000000", people[0]!), 404, "notFound");
      await expectProblem(await send(api, "PUT", `${base()}/answers/${a.id}/vote`), 401, "unauthorized");
      const premod = await createTestSite(api, { premoderation: true });
      const [p1, p2] = await signInMany(api, premod, "premod", 2);
      const [mod] = await signInMany(api, premod, "premod-staff", 1, { staff: true });
      const q = (await (
        await send(
          api,
          "POST",
          `/v1/sites/${premod.id}/subjects/x/questions`,
          { title: "Pending?" },
          mod!.token,
        )
      ).json()) as Question;
      assert.equal(q.status, "published", "staff questions skip pre-moderation");
      const pending = (await (
        await send(
          api,
          "POST",
          `/v1/sites/${premod.id}/questions/${q.id}/answers`,
          { body: "Maybe." },
          p1!.token,
        )
      ).json()) as Answer;
      assert.equal(pending.status, "pending");
      await expectProblem(
        await send(api, "PUT", `/v1/sites/${premod.id}/answers/${pending.id}/vote`, undefined, p2!.token),
        404,
        "notFound",
      );
    });
  });
}
