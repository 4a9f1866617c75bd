import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  ERASED_NAME,
  type ErasureResult,
  type Idea,
  type QuestionDetail,
  type ReviewList,
} from "@corner/contracts";
import { createTestApp, createTestSite, engines, send, signIn } from "@corner/test-utils/node";
import { expectProblem } from "./helpers.ts";
import { buildScenario, counterMismatches, type Scenario } from "./privacy-scenario.ts";
import { counts as surveyCounts } from "./surveys-support.ts";

for (const engine of engines()) {
  describe(`privacy erase (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    before(async () => {
      api = await createTestApp({ engine });
    });
    after(() => api.close());

    const erase = (site: string, person: string, content?: string) =>
      send(
        api,
        "DELETE",
        `/v1/admin/sites/${site}/people/${person}${content ? `?content=${content}` : ""}`,
        undefined,
        api.adminToken,
      );
    const get = async <T>(path: string) => {
      const res = await send(api, "GET", path);
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as T;
    };
    const rows = async (sql: string, params: unknown[]) =>
      (await api.storage.driver.query<{ n: number }>(sql, params))[0]!.n;

    it("anonymises: content stays as a deleted user's, votes go, every counter stays exact", async () => {
      const s = await buildScenario(api);
      const base = `/v1/sites/${s.site.id}`;
      assert.deepEqual(await counterMismatches(api.storage, s.site.id), [], "exact before the erase");
      const bootsBefore = (await get<ReviewList>(`${base}/subjects/boots/reviews`)).summary;
      const surveyBefore = await surveyCounts(api, s.site.id, "nps");

      const res = await erase(s.site.id, s.pat.user.id);
      assert.equal(res.status, 200, await res.clone().text());
      const out = (await res.json()) as ErasureResult;
      assert.equal(out.mode, "anonymise");
      assert.deepEqual(out.counts, {
        reviews: 2,
        ideas: 1,
        ideaComments: 1,
        questions: 1,
        answers: 2,
        helpfulVotes: 2,
        ideaVotes: 2,
        answerVotes: 2,
        ideaFollows: 3,
        questionFollows: 3,
        reports: 1,
        qaReports: 1,
        notifications: out.counts.notifications,
        surveyResponses: 1,
        surveyPeople: 1,
      });
      assert.ok(out.counts.notifications >= 1);
      assert.deepEqual(await counterMismatches(api.storage, s.site.id), [], "exact after the erase");

      // Reviews stay (the summary too) under the placeholder name; helpful marks Pat gave are gone.
      const boots = await get<ReviewList>(`${base}/subjects/boots/reviews`);
      assert.deepEqual(boots.summary, bootsBefore);
      const byId = (id?: string) => boots.items.find((r) => r.id === id)!;
      assert.equal(byId(s.ids.patBoots).author.name, ERASED_NAME);
      assert.equal(byId(s.ids.annBoots).helpful, 1, "Bob's mark stays, Pat's went");
      assert.equal(byId(s.ids.bobBoots).helpful, 0);
      // Ideas: Pat's stays with its votes; the votes Pat gave are gone; the staff response lost the name.
      assert.equal((await get<Idea>(`${base}/ideas/${s.ids.patIdea}`)).votes, 3);
      assert.equal((await get<Idea>(`${base}/ideas/${s.ids.annIdea}`)).votes, 0);
      const bobIdea = await get<Idea>(`${base}/ideas/${s.ids.bobIdea}`);
      assert.equal(bobIdea.votes, 1);
      assert.equal(JSON.stringify(bobIdea).includes('"Pat"'), false, "no trace of Pat's name");
      // Q&A: Pat's answers keep their votes (Pat's reputation is theirs); votes Pat gave drop Ann's and Bob's.
      const annQ = await get<QuestionDetail>(`${base}/questions/${s.ids.annQ}`);
      assert.equal(annQ.acceptedAnswer?.id, s.ids.patOnAnnQ);
      const rep = async (id: string) =>
        (await get<{ votesReceived: number }>(`${base}/people/${id}/reputation`)).votesReceived;
      assert.equal(await rep(s.ann.user.id), 2, "Bob's and Cat's votes on Ann's answer; Pat's went");
      assert.equal(await rep(s.bob.user.id), 1, "Ann's vote on Bob's answer; Pat's went");
      assert.equal(await rep(s.pat.user.id), 3);
      // Surveys: the response stays in the counts, tied to no one.
      assert.deepEqual(await surveyCounts(api, s.site.id, "nps"), surveyBefore);
      assert.equal(
        await rows("SELECT count(*)::int AS n FROM survey_responses WHERE id = $1", [s.ids.patResponse]),
        1,
      );
      assert.equal(
        await rows("SELECT count(*)::int AS n FROM survey_responses WHERE person_id = $1", [s.pat.user.id]),
        0,
      );
      // The person row keeps nothing that identifies them.
      const [p] = await api.storage.driver.query<Record<string, unknown>>(
        "SELECT name, email, avatar, subject FROM people WHERE id = $1",
        [s.pat.user.id],
      );
      assert.deepEqual(p, {
        name: ERASED_NAME,
        email: null,
        avatar: null,
        subject: `erased:${s.pat.user.id}`,
      });

      // A repeat answers the same summary; the export is gone; the same sub signs in as someone new.
      const again = await erase(s.site.id, s.pat.user.id, "remove");
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), out);
      await expectProblem(
        await send(
          api,
          "GET",
          `/v1/admin/sites/${s.site.id}/people/${s.pat.user.id}/export`,
          undefined,
          api.adminToken,
        ),
        404,
        "notFound",
      );
      await expectProblem(
        await send(api, "GET", `${base}/me/export`, undefined, s.pat.token),
        404,
        "notFound",
      );
      // The erased person's token still verifies until it expires, but writes nothing more.
      const late = await send(
        api,
        "POST",
        `${base}/subjects/after-erase/reviews`,
        { rating: 5, title: "Still here?", body: "Written with the token of an erased person." },
        s.pat.token,
      );
      await expectProblem(late, 401, "unauthorized");
      assert.equal(
        await rows("SELECT count(*)::int AS n FROM reviews WHERE site_id = $1 AND subject = $2", [
          s.site.id,
          "after-erase",
        ]),
        0,
      );
      const back = await signIn(api, s.site, { sub: "pat-1", name: "Pat" });
      assert.notEqual(back.user.id, s.pat.user.id);
    });

    it("removes: content goes too, others' counters, reputation and accepted answers stay exact", async () => {
      const s: Scenario = await buildScenario(api);
      const base = `/v1/sites/${s.site.id}`;
      const res = await erase(s.site.id, s.pat.user.id, "remove");
      assert.equal(res.status, 200, await res.clone().text());
      const out = (await res.json()) as ErasureResult;
      assert.equal(out.mode, "remove");
      assert.deepEqual(
        [out.counts.reviews, out.counts.ideas, out.counts.questions, out.counts.answers],
        [2, 1, 1, 2],
      );
      assert.deepEqual(await counterMismatches(api.storage, s.site.id), [], "exact after the erase");

      for (const table of ["reviews", "ideas", "idea_comments", "questions", "answers"]) {
        assert.equal(
          await rows(`SELECT count(*)::int AS n FROM ${table} WHERE person_id = $1`, [s.pat.user.id]),
          0,
          table,
        );
      }
      const boots = await get<ReviewList>(`${base}/subjects/boots/reviews`);
      assert.deepEqual(boots.summary.count, 2);
      assert.deepEqual(boots.summary.histogram, { "1": 0, "2": 0, "3": 1, "4": 1, "5": 0 });
      const hat = await get<ReviewList>(`${base}/subjects/hat/reviews`);
      assert.deepEqual([hat.summary.count, hat.summary.average], [1, 5]);
      // Ann's reply to Pat's removed comment stays, now at the top level; the idea counts it.
      const annIdea = await get<Idea>(`${base}/ideas/${s.ids.annIdea}`);
      assert.equal(annIdea.commentCount, 1);
      // Pat's question went with Ann's and Bob's answers to it; Pat's accepted answers left their
      // questions with none; Ann and Bob keep only the votes others gave them elsewhere.
      await expectProblem(await send(api, "GET", `${base}/questions/${s.ids.patQ}`), 404, "notFound");
      const annQ = await get<QuestionDetail>(`${base}/questions/${s.ids.annQ}`);
      assert.equal(annQ.acceptedAnswer, null);
      assert.equal(annQ.answerCount, 1);
      const bobQ = await get<QuestionDetail>(`${base}/questions/${s.ids.bobQ}`);
      assert.deepEqual([bobQ.acceptedAnswer, bobQ.answerCount], [null, 0]);
      const rep = async (id: string) =>
        await get<{ votesReceived: number; acceptedAnswers: number; reputation: number }>(
          `${base}/people/${id}/reputation`,
        );
      assert.deepEqual(
        [(await rep(s.ann.user.id)).votesReceived, (await rep(s.ann.user.id)).acceptedAnswers],
        [0, 0],
      );
      assert.deepEqual(
        [(await rep(s.bob.user.id)).votesReceived, (await rep(s.bob.user.id)).reputation],
        [0, 0],
        "Ann's vote was on Bob's answer to Pat's question, Pat's on his answer to Ann's",
      );
      assert.equal((await rep(s.pat.user.id)).reputation, 0);
    });

    it("answers 404 for a person of another site, and 400 naming the mode for a wrong one", async () => {
      const a = await createTestSite(api);
      const b = await createTestSite(api);
      const person = await signIn(api, a, { sub: "someone" });
      await expectProblem(await erase(b.id, person.user.id), 404, "notFound");
      const bad = await expectProblem(await erase(a.id, person.user.id, "shred"), 400, "validation");
      assert.equal(bad.errors?.[0]?.path, "query.content");
      await expectProblem(
        await send(
          api,
          "DELETE",
          `/v1/admin/sites/${a.id}/people/${person.user.id}`,
          undefined,
          person.token,
        ),
        401,
        "unauthorized",
      );
      assert.equal(
        await rows("SELECT count(*)::int AS n FROM people WHERE id = $1 AND erased_at IS NULL", [
          person.user.id,
        ]),
        1,
        "nothing was erased",
      );
    });
  });
}
