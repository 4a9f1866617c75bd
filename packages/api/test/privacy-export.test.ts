import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { PrivacyExport } from "@corner/contracts";
import { createTestApp, createTestSite, engines, send, signIn } from "@corner/test-utils/node";
import { expectProblem } from "./helpers.ts";
import { buildScenario, type Scenario } from "./privacy-scenario.ts";

/**
 * Where each person column's rows land in the export. A new table (or column) that points at a person
 * fails the completeness test until it is exported here or listed in NOT_EXPORTED with a reason.
 */
const EXPORTED: Record<string, keyof PrivacyExport> = {
  "reviews.person_id": "reviews",
  "helpful_votes.person_id": "helpfulVotes",
  "reports.person_id": "reports",
  "ideas.person_id": "ideas",
  "ideas.response_person_id": "ideaResponses",
  "idea_votes.person_id": "ideaVotes",
  "idea_followers.person_id": "ideaFollows",
  "idea_comments.person_id": "ideaComments",
  "notifications.person_id": "notifications",
  "questions.person_id": "questions",
  "questions.accepted_by": "acceptances",
  "answers.person_id": "answers",
  "answer_votes.person_id": "answerVotes",
  "question_followers.person_id": "questionFollows",
  "qa_reports.person_id": "qaReports",
  "reputation.person_id": "reputation",
  "survey_responses.person_id": "surveyResponses",
  "survey_people.person_id": "surveyPeople",
};
const NOT_EXPORTED: Record<string, string> = {
  "idempotency_keys.person_id": "request bookkeeping: stored replies to the person's own writes, kept 24 h",
  "erasures.person_id": "the audit row of an erasure; an erased person has no export",
};

for (const engine of engines()) {
  describe(`privacy export (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let s: Scenario;
    let doc: PrivacyExport;

    before(async () => {
      api = await createTestApp({ engine });
      s = await buildScenario(api);
    });
    after(() => api.close());

    const adminExport = (site: string, person: string) =>
      send(api, "GET", `/v1/admin/sites/${site}/people/${person}/export`, undefined, api.adminToken);

    it("answers one JSON download, not cached, named after the site and person", async () => {
      const res = await adminExport(s.site.id, s.pat.user.id);
      assert.equal(res.status, 200, await res.clone().text());
      assert.equal(
        res.headers.get("content-disposition"),
        `attachment; filename="corner-${s.site.id}-${s.pat.user.id}.json"`,
      );
      assert.equal(res.headers.get("cache-control"), "no-store");
      assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
      doc = (await res.json()) as PrivacyExport;
      assert.equal(doc.format, "corner-export/1");
      assert.deepEqual(
        { ...doc.person, createdAt: typeof doc.person.createdAt },
        {
          id: s.pat.user.id,
          name: "Pat",
          kind: "sso",
          provider: "sso",
          subject: "pat-1",
          email: "pat@example.com",
          avatar: "https://cdn.example/pat.png",
          createdAt: "string",
        },
      );
    });

    it("exports every table that has a person column (read from the schema), with Pat's rows in each", async () => {
      // Columns named for a person, and every column with a foreign key to people, on this engine.
      const columns = await api.storage.driver.query<{ t: string; c: string }>(
        `SELECT table_name AS t, column_name AS c FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name <> 'people'
            AND (column_name LIKE '%person%' OR column_name LIKE 'author%' OR column_name LIKE 'voter%')
         UNION
         SELECT kcu.table_name, kcu.column_name
           FROM information_schema.referential_constraints rc
           JOIN information_schema.key_column_usage kcu
             ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
           JOIN information_schema.constraint_column_usage ccu
             ON ccu.constraint_name = rc.unique_constraint_name AND ccu.constraint_schema = rc.unique_constraint_schema
          WHERE rc.constraint_schema = current_schema() AND ccu.table_name = 'people' AND ccu.column_name = 'id'`,
      );
      const found = new Set(columns.map((r) => `${r.t}.${r.c}`));
      assert.ok(found.has("questions.accepted_by"), "foreign keys to people are found too");
      const missing = [...found].filter((col) => !(col in EXPORTED) && !(col in NOT_EXPORTED));
      assert.deepEqual(missing, [], "person columns neither exported nor listed as left out");
      for (const col of Object.keys(EXPORTED)) assert.ok(found.has(col), `${col} is still in the schema`);
      for (const [col, key] of Object.entries(EXPORTED)) {
        const part = doc[key];
        assert.ok(Array.isArray(part) ? part.length > 0 : part !== null, `${col} → ${key} holds Pat's rows`);
      }
    });

    it("holds what Pat wrote and voted on, and nothing of others", () => {
      assert.deepEqual(doc.reviews.map((r) => r.id).sort(), [s.ids.patBoots, s.ids.patHat].sort());
      assert.deepEqual(
        doc.helpfulVotes.map((r) => r.reviewId).sort(),
        [s.ids.annBoots, s.ids.bobBoots].sort(),
      );
      assert.deepEqual(
        doc.reports.map((r) => r.reviewId),
        [s.ids.bobBoots],
      );
      assert.deepEqual(
        doc.ideas.map((r) => r.id),
        [s.ids.patIdea],
      );
      assert.deepEqual(
        doc.ideaResponses.map((r) => [r.ideaId, r.body]),
        [[s.ids.bobIdea, "On the list for spring."]],
      );
      assert.deepEqual(doc.ideaVotes.map((r) => r.ideaId).sort(), [s.ids.annIdea, s.ids.bobIdea].sort());
      assert.deepEqual(
        doc.ideaComments.map((r) => r.id),
        [s.ids.patComment],
      );
      assert.ok(doc.notifications.some((n) => n.ideaId === s.ids.annIdea && n.status === "planned"));
      assert.deepEqual(
        doc.questions.map((r) => r.id),
        [s.ids.patQ],
      );
      assert.deepEqual(doc.acceptances, [{ questionId: s.ids.patQ, answerId: s.ids.annOnPatQ }]);
      assert.deepEqual(doc.answers.map((r) => r.id).sort(), [s.ids.patOnAnnQ, s.ids.patOnBobQ].sort());
      assert.deepEqual(
        doc.answerVotes.map((r) => r.answerId).sort(),
        [s.ids.annOnPatQ, s.ids.bobOnAnnQ].sort(),
      );
      assert.ok(doc.questionFollows.some((f) => f.questionId === s.ids.bobQ));
      assert.deepEqual(
        doc.qaReports.map((r) => r.answerId),
        [s.ids.bobOnAnnQ],
      );
      // Votes on Pat's answers: Ann and Bob on the one to Ann's question, Cat on Bob's; two acceptances.
      assert.deepEqual(doc.reputation, { votesReceived: 3, acceptedAnswers: 2, points: 3 * 2 + 2 * 15 });
      assert.equal(doc.surveyResponses.length, 1, "the anonymous response is not Pat's");
      const [response] = doc.surveyResponses as { id: string; answers: { stepId: string }[] }[];
      assert.equal(response!.id, s.ids.patResponse);
      assert.deepEqual(response!.answers.map((a) => a.stepId).sort(), ["love", "score"]);
      assert.ok(doc.surveyPeople.some((p) => p.surveyId === "nps"));
      assert.doesNotMatch(JSON.stringify(doc), /"search"/, "no internal search vectors");
    });

    it("gives a signed-in person their own export at /me/export, and none without a session", async () => {
      const res = await send(api, "GET", `/v1/sites/${s.site.id}/me/export`, undefined, s.ann.token);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("cache-control"), "no-store");
      assert.equal(
        res.headers.get("content-disposition"),
        `attachment; filename="corner-${s.site.id}-${s.ann.user.id}.json"`,
      );
      const mine = (await res.json()) as PrivacyExport;
      assert.equal(mine.person.id, s.ann.user.id);
      assert.equal(mine.person.email, null);
      assert.deepEqual(mine.reviews.map((r) => r.id).sort(), [s.ids.annBoots, s.ids.annHat].sort());
      await expectProblem(await send(api, "GET", `/v1/sites/${s.site.id}/me/export`), 401, "unauthorized");
    });

    it("keeps tenants apart: another site's path, admin token or session finds no such person", async () => {
      const other = await createTestSite(api);
      await expectProblem(await adminExport(other.id, s.pat.user.id), 404, "notFound");
      const stranger = await signIn(api, other, { sub: "pat-1" });
      await expectProblem(
        await send(api, "GET", `/v1/sites/${s.site.id}/me/export`, undefined, stranger.token),
        401,
        "unauthorized",
      );
      await expectProblem(
        await send(
          api,
          "GET",
          `/v1/admin/sites/${s.site.id}/people/${s.pat.user.id}/export`,
          undefined,
          s.pat.token,
        ),
        401,
        "unauthorized",
      );
      await expectProblem(await adminExport(s.site.id, "not-a-uuid"), 400, "validation");
      await expectProblem(
        await adminExport(s.site.id, "01890000-0000-7000-8000-000000000000"),
        404,
        "notFound",
      );
    });
  });
}
