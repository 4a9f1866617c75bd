import assert from "node:assert/strict";
import type { Storage } from "@corner/api";
import {
  type Answer,
  type Idea,
  type IdeaComment,
  type Question,
  REPUTATION_ACCEPTED,
  REPUTATION_VOTE,
  type Review,
  type Session,
} from "@corner/contracts";
import {
  createTestBoard,
  createTestSite,
  send,
  signIn,
  signSso,
  type TestApi,
} from "@corner/test-utils/node";
import { createSurvey, npsSurvey, respond } from "./surveys-support.ts";

export interface Scenario {
  site: { id: string; ssoSecret: string };
  /** Pat writes and votes everywhere (and is staff); the others write and vote around Pat. */
  pat: Session;
  ann: Session;
  bob: Session;
  cat: Session;
  ids: Record<string, string>;
}

/**
 * A site where Pat (staff, with email and avatar) touches every table that has a person column:
 * reviews, helpful votes, reports, ideas, votes, follows, comments, a staff response, notifications,
 * questions, answers (accepted by their askers), answer votes, a Q&A report,
 * reputation, a survey response; Ann, Bob and Cat write, vote on, reply to and answer Pat's content.
 */
export async function buildScenario(api: TestApi & { storage: Storage }): Promise<Scenario> {
  const site = await createTestSite(api);
  const base = `/v1/sites/${site.id}`;
  const ok = async (res: Promise<Response>, status = [200, 201, 204]) => {
    const r = await res;
    const text = await r.text();
    assert.ok(status.includes(r.status), `${r.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  const patRes = await send(api, "POST", `${base}/session`, {
    sso: signSso(site.ssoSecret, {
      sub: "pat-1",
      name: "Pat",
      email: "pat@example.com",
      avatar: "https://cdn.example/pat.png",
      roles: ["moderator"],
    }),
  });
  const pat = (await ok(Promise.resolve(patRes))) as Session;
  const [ann, bob, cat] = (await Promise.all(
    ["ann", "bob", "cat"].map((sub) => signIn(api, site, { sub, name: sub.toUpperCase() })),
  )) as [Session, Session, Session];
  const post = <T>(path: string, body: unknown, s?: Session) =>
    ok(send(api, "POST", base + path, body, s?.token)) as Promise<T>;
  const put = (path: string, s: Session) => ok(send(api, "PUT", base + path, undefined, s.token));
  const ids: Record<string, string> = {};

  // Reviews on two subjects; helpful marks both ways; Pat reports Bob's.
  const review = async (who: Session, subject: string, rating: number) =>
    (
      await post<Review>(
        `/subjects/${subject}/reviews`,
        { rating, body: `${who.user.name} on ${subject}` },
        who,
      )
    ).id;
  ids.patBoots = await review(pat, "boots", 5);
  ids.annBoots = await review(ann, "boots", 3);
  ids.bobBoots = await review(bob, "boots", 4);
  ids.patHat = await review(pat, "hat", 2);
  ids.annHat = await review(ann, "hat", 5);
  await put(`/reviews/${ids.annBoots}/helpful`, pat);
  await put(`/reviews/${ids.bobBoots}/helpful`, pat);
  await put(`/reviews/${ids.patBoots}/helpful`, ann);
  await put(`/reviews/${ids.patBoots}/helpful`, bob);
  await put(`/reviews/${ids.annBoots}/helpful`, bob);
  await post(`/reviews/${ids.bobBoots}/reports`, { reason: "spam" }, pat);
  await post(`/reviews/${ids.patHat}/reports`, { reason: "other" }, cat);

  // Ideas: votes across, a comment thread under Pat's comment, Pat's staff response on Bob's idea.
  const board = await createTestBoard(api, site, { id: "roadmap" });
  const idea = async (who: Session, title: string) =>
    (await post<Idea>(`/boards/${board.id}/ideas`, { title }, who)).id;
  ids.patIdea = await idea(pat, "Dark mode for the shop");
  ids.annIdea = await idea(ann, "Gift wrapping at checkout");
  ids.bobIdea = await idea(bob, "Repair service for boots");
  for (const [who, target] of [
    [pat, ids.annIdea],
    [pat, ids.bobIdea],
    [ann, ids.patIdea],
    [ann, ids.bobIdea],
    [bob, ids.patIdea],
    [cat, ids.patIdea],
  ] as const) {
    await put(`/ideas/${target}/vote`, who);
  }
  ids.patComment = (
    await post<IdeaComment>(`/ideas/${ids.annIdea}/comments`, { body: "Yes please" }, pat)
  ).id;
  ids.annReply = (
    await post<IdeaComment>(
      `/ideas/${ids.annIdea}/comments`,
      { body: "Thanks!", parentId: ids.patComment },
      ann,
    )
  ).id;
  await post(`/ideas/${ids.patIdea}/comments`, { body: "Would love it" }, bob);
  await put(`/ideas/${ids.bobIdea}/follow`, pat);
  await post(`/ideas/${ids.bobIdea}/status`, { status: "planned", response: "On the list for spring." }, pat);
  // The admin token plans Ann's idea: Pat, who voted for it, is notified.
  await ok(send(api, "POST", `${base}/ideas/${ids.annIdea}/status`, { status: "planned" }, api.adminToken));

  // Q&A: Pat asks and accepts Ann's answer; Pat answers Ann's question and is accepted; Bob
  // accepts Pat's answer to his question; votes across; Pat reports Bob's answer.
  const ask = async (who: Session, title: string) =>
    (await post<Question>("/subjects/boots/questions", { title }, who)).id;
  const answer = async (who: Session, q: string, body: string) =>
    (await post<Answer>(`/questions/${q}/answers`, { body }, who)).id;
  ids.patQ = await ask(pat, "Are they waterproof?");
  ids.annQ = await ask(ann, "Do they run small?");
  ids.bobQ = await ask(bob, "Can I resole them?");
  ids.annOnPatQ = await answer(ann, ids.patQ, "Yes, fully.");
  ids.bobOnPatQ = await answer(bob, ids.patQ, "Mostly.");
  ids.patOnAnnQ = await answer(pat, ids.annQ, "Half a size small.");
  ids.bobOnAnnQ = await answer(bob, ids.annQ, "True to size.");
  ids.patOnBobQ = await answer(pat, ids.bobQ, "Yes, at any cobbler.");
  for (const [who, target] of [
    [pat, ids.annOnPatQ],
    [pat, ids.bobOnAnnQ],
    [ann, ids.patOnAnnQ],
    [ann, ids.bobOnPatQ],
    [bob, ids.patOnAnnQ],
    [bob, ids.annOnPatQ],
    [cat, ids.patOnBobQ],
    [cat, ids.annOnPatQ],
  ] as const) {
    await put(`/answers/${target}/vote`, who);
  }
  await post(`/questions/${ids.patQ}/accept`, { answerId: ids.annOnPatQ }, pat);
  await post(`/questions/${ids.annQ}/accept`, { answerId: ids.patOnAnnQ }, ann);
  await post(`/questions/${ids.bobQ}/accept`, { answerId: ids.patOnBobQ }, bob);
  await put(`/questions/${ids.bobQ}/follow`, pat);
  await post(`/answers/${ids.bobOnAnnQ}/reports`, { reason: "off_topic" }, pat);

  // A survey answered while signed in (and one anonymously, which stays out of Pat's export).
  await createSurvey(api, site.id, npsSurvey("nps"));
  const answers = (...pairs: [string, unknown][]) => pairs.map(([stepId, value]) => ({ stepId, value }));
  const mine = await respond(
    api,
    site.id,
    "nps",
    { answers: answers(["score", 9], ["love", "quality"]) },
    pat.token,
  );
  assert.equal(mine.status, 201, JSON.stringify(mine.body));
  ids.patResponse = mine.body.responseId;
  await ok(send(api, "POST", `${base}/surveys/nps/events`, { type: "shown" }, pat.token));
  assert.equal((await respond(api, site.id, "nps", { answers: answers(["score", 3]) })).status, 201);
  return { site, pat, ann, bob, cat, ids };
}

/**
 * Every stored counter and summary of the site recomputed from its fact rows in SQL; answers the
 * mismatches (empty when all are exact).
 */
export async function counterMismatches(storage: Storage, site: string): Promise<string[]> {
  const checks: [string, string][] = [
    [
      "reviews.helpful",
      `SELECT r.id FROM reviews r WHERE r.site_id = $1
         AND r.helpful <> (SELECT count(*) FROM helpful_votes h WHERE h.review_id = r.id)`,
    ],
    [
      "review_summaries",
      `WITH facts AS (SELECT subject, count(*) AS n, sum(rating) AS s,
           count(*) FILTER (WHERE rating = 1) AS h1, count(*) FILTER (WHERE rating = 2) AS h2,
           count(*) FILTER (WHERE rating = 3) AS h3, count(*) FILTER (WHERE rating = 4) AS h4,
           count(*) FILTER (WHERE rating = 5) AS h5
         FROM reviews WHERE site_id = $1 AND status = 'published' GROUP BY subject)
       SELECT COALESCE(s.subject, f.subject) AS id
       FROM (SELECT * FROM review_summaries WHERE site_id = $1) s FULL JOIN facts f ON f.subject = s.subject
       WHERE COALESCE(s.count, 0) <> COALESCE(f.n, 0) OR COALESCE(s.rating_sum, 0) <> COALESCE(f.s, 0)
         OR COALESCE(s.h1, 0) <> COALESCE(f.h1, 0) OR COALESCE(s.h2, 0) <> COALESCE(f.h2, 0)
         OR COALESCE(s.h3, 0) <> COALESCE(f.h3, 0) OR COALESCE(s.h4, 0) <> COALESCE(f.h4, 0)
         OR COALESCE(s.h5, 0) <> COALESCE(f.h5, 0)`,
    ],
    [
      "ideas.votes",
      `SELECT i.id FROM ideas i WHERE i.site_id = $1
         AND i.votes <> (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.id)`,
    ],
    [
      "ideas.comment_count",
      `SELECT i.id FROM ideas i WHERE i.site_id = $1 AND i.comment_count <>
         (SELECT count(*) FROM idea_comments c WHERE c.idea_id = i.id AND c.status = 'published')`,
    ],
    [
      "answers.votes",
      `SELECT a.id FROM answers a WHERE a.site_id = $1
         AND a.votes <> (SELECT count(*) FROM answer_votes v WHERE v.answer_id = a.id)`,
    ],
    [
      "questions.answer_count",
      `SELECT q.id FROM questions q WHERE q.site_id = $1 AND (
         q.answer_count <> (SELECT count(*) FROM answers a WHERE a.question_id = q.id AND a.status = 'published')
         OR q.official_count <> (SELECT count(*) FROM answers a
           WHERE a.question_id = q.id AND a.status = 'published' AND a.official))`,
    ],
    [
      "questions.accepted",
      `SELECT q.id FROM questions q WHERE q.site_id = $1 AND (
         (q.accepted_answer_id IS NULL AND q.accepted_by IS NOT NULL)
         OR (q.accepted_answer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM answers a
           WHERE a.id = q.accepted_answer_id AND a.question_id = q.id AND a.status = 'published')))`,
    ],
    [
      "question_summaries",
      `SELECT s.subject AS id FROM question_summaries s WHERE s.site_id = $1 AND s.questions <>
         (SELECT count(*) FROM questions q WHERE q.site_id = $1 AND q.subject = s.subject AND q.status = 'published')`,
    ],
    [
      "reputation",
      `WITH facts AS (SELECT p.id,
           (SELECT COALESCE(sum(a.votes), 0) FROM answers a
             WHERE a.person_id = p.id AND a.status = 'published') AS votes,
           (SELECT count(*) FROM questions q JOIN answers a ON a.id = q.accepted_answer_id
             WHERE a.person_id = p.id AND (q.accepted_by IS NULL OR q.accepted_by <> p.id)) AS accepted
         FROM people p WHERE p.site_id = $1)
       SELECT f.id FROM facts f LEFT JOIN reputation r ON r.site_id = $1 AND r.person_id = f.id
       WHERE COALESCE(r.votes_received, 0) <> f.votes OR COALESCE(r.accepted_answers, 0) <> f.accepted
         OR COALESCE(r.points, 0) <> f.votes * ${REPUTATION_VOTE} + f.accepted * ${REPUTATION_ACCEPTED}`,
    ],
    [
      "survey_stats",
      `SELECT s.survey_id AS id FROM survey_stats s WHERE s.site_id = $1 AND (
         s.responses <> (SELECT count(*) FROM survey_responses r WHERE r.site_id = $1 AND r.survey_id = s.survey_id
           AND EXISTS (SELECT 1 FROM survey_answers x WHERE x.response_id = r.id))
         OR s.completed <> (SELECT count(*) FROM survey_responses r
           WHERE r.site_id = $1 AND r.survey_id = s.survey_id AND r.completed_at IS NOT NULL))`,
    ],
  ];
  const out: string[] = [];
  for (const [name, sql] of checks) {
    const rows = await storage.driver.query<{ id: string }>(sql, [site]);
    for (const r of rows) out.push(`${name} ${r.id}`);
  }
  return out;
}
