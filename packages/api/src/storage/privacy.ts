import {
  ERASED_NAME,
  type ErasureMode,
  type ErasureResult,
  type PrivacyExport,
  REPUTATION_ACCEPTED,
  REPUTATION_VOTE,
} from "@corner/contracts";
import type { Driver, Row } from "./driver.ts";
import { recomputeTrending } from "./idea-votes.ts";

type Counts = ErasureResult["counts"];

const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : d === null ? null : String(d));

/** Rows as JSON: timestamps become ISO strings (both engines answer Date objects for timestamptz). */
const plain = (rows: Row[]) =>
  rows.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, val]) => [k, val instanceof Date ? iso(val) : val])),
  );

/**
 * Every table with a person column, and the query that exports this person's rows of it ($1 site, $2
 * person). privacy.test.ts reads the schema and fails when a person column is missing from this list.
 */
const EXPORTS: Record<
  Exclude<keyof PrivacyExport, "format" | "site" | "exportedAt" | "person" | "reputation">,
  string
> = {
  reviews: `SELECT id, subject, rating, title, body, status, helpful, created_at AS "createdAt",
      updated_at AS "updatedAt" FROM reviews WHERE site_id = $1 AND person_id = $2 ORDER BY created_at, id`,
  helpfulVotes: `SELECT review_id AS "reviewId", created_at AS "createdAt" FROM helpful_votes
      WHERE site_id = $1 AND person_id = $2 ORDER BY created_at, review_id`,
  reports: `SELECT id, review_id AS "reviewId", reason, note, created_at AS "createdAt" FROM reports
      WHERE site_id = $1 AND person_id = $2 ORDER BY created_at, id`,
  ideas: `SELECT id, board_id AS "board", title, description, category, status, moderation, votes,
      comment_count AS "commentCount", merged_into AS "mergedInto", created_at AS "createdAt",
      updated_at AS "updatedAt" FROM ideas WHERE site_id = $1 AND person_id = $2 ORDER BY created_at, id`,
  ideaResponses: `SELECT id AS "ideaId", response_body AS "body", response_name AS "name",
      response_at AS "respondedAt" FROM ideas WHERE site_id = $1 AND response_person_id = $2
      ORDER BY response_at, id`,
  ideaVotes: `SELECT idea_id AS "ideaId", created_at AS "createdAt" FROM idea_votes
      WHERE site_id = $1 AND person_id = $2 ORDER BY created_at, idea_id`,
  ideaFollows: `SELECT idea_id AS "ideaId", created_at AS "createdAt" FROM idea_followers
      WHERE site_id = $1 AND person_id = $2 ORDER BY created_at, idea_id`,
  ideaComments: `SELECT id, idea_id AS "ideaId", parent_id AS "parentId", body, status,
      created_at AS "createdAt" FROM idea_comments WHERE site_id = $1 AND person_id = $2 ORDER BY created_at, id`,
  notifications: `SELECT id, kind, idea_id AS "ideaId", question_id AS "questionId", answer_id AS "answerId",
      status, response, created_at AS "createdAt", read_at AS "readAt" FROM notifications
      WHERE site_id = $1 AND person_id = $2 ORDER BY created_at, id`,
  questions: `SELECT id, subject, title, details, status, staff, answer_count AS "answerCount",
      accepted_answer_id AS "acceptedAnswerId", created_at AS "createdAt", updated_at AS "updatedAt"
      FROM questions WHERE site_id = $1 AND person_id = $2 ORDER BY created_at, id`,
  acceptances: `SELECT id AS "questionId", accepted_answer_id AS "answerId" FROM questions
      WHERE site_id = $1 AND accepted_by = $2 ORDER BY id`,
  answers: `SELECT id, question_id AS "questionId", body, official, status, votes, created_at AS "createdAt"
      FROM answers WHERE site_id = $1 AND person_id = $2 ORDER BY created_at, id`,
  answerVotes: `SELECT answer_id AS "answerId", created_at AS "createdAt" FROM answer_votes
      WHERE site_id = $1 AND person_id = $2 ORDER BY created_at, answer_id`,
  questionFollows: `SELECT question_id AS "questionId", created_at AS "createdAt" FROM question_followers
      WHERE site_id = $1 AND person_id = $2 ORDER BY created_at, question_id`,
  qaReports: `SELECT id, question_id AS "questionId", answer_id AS "answerId", reason, note,
      created_at AS "createdAt" FROM qa_reports WHERE site_id = $1 AND person_id = $2 ORDER BY created_at, id`,
  surveyResponses: `SELECT id, survey_id AS "surveyId", url, language, device, started_at AS "startedAt",
      updated_at AS "updatedAt", completed_at AS "completedAt" FROM survey_responses
      WHERE site_id = $1 AND person_id = $2 ORDER BY started_at, id`,
  surveyPeople: `SELECT survey_id AS "surveyId", shown_at AS "shownAt", dismissed_at AS "dismissedAt",
      answered_at AS "answeredAt" FROM survey_people WHERE site_id = $1 AND person_id = $2 ORDER BY survey_id`,
};

/** Recomputes the counters that count rows, for the given rows only, from the fact tables. */
async function recount(tx: Driver, siteId: string, t: Touched): Promise<void> {
  if (t.reviews.length > 0) {
    await tx.query(
      `UPDATE reviews r SET helpful = (SELECT count(*) FROM helpful_votes h WHERE h.review_id = r.id)
       WHERE r.site_id = $1 AND r.id = ANY($2::uuid[])`,
      [siteId, t.reviews],
    );
  }
  if (t.reviewSubjects.length > 0) {
    await tx.query(
      `UPDATE review_summaries s SET count = c.count, rating_sum = c.rating_sum, h1 = c.h1, h2 = c.h2,
         h3 = c.h3, h4 = c.h4, h5 = c.h5
       FROM (SELECT x.subject, count(r.id)::int AS count, COALESCE(sum(r.rating), 0)::int AS rating_sum,
               count(*) FILTER (WHERE r.rating = 1)::int AS h1, count(*) FILTER (WHERE r.rating = 2)::int AS h2,
               count(*) FILTER (WHERE r.rating = 3)::int AS h3, count(*) FILTER (WHERE r.rating = 4)::int AS h4,
               count(*) FILTER (WHERE r.rating = 5)::int AS h5
             FROM unnest($2::text[]) AS x(subject)
             LEFT JOIN reviews r ON r.site_id = $1 AND r.subject = x.subject AND r.status = 'published'
             GROUP BY x.subject) c
       WHERE s.site_id = $1 AND s.subject = c.subject`,
      [siteId, t.reviewSubjects],
    );
  }
  if (t.ideas.length > 0) {
    const rows = await tx.query<{ id: string; created_at: Date; hl: number }>(
      `UPDATE ideas i SET votes = (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.id),
         comment_count = (SELECT count(*) FROM idea_comments c WHERE c.idea_id = i.id AND c.status = 'published')
       FROM boards b WHERE b.site_id = i.site_id AND b.id = i.board_id AND i.site_id = $1 AND i.id = ANY($2::uuid[])
       RETURNING i.id, i.created_at, b.trending_half_life_days AS hl`,
      [siteId, t.ideas],
    );
    for (const r of rows) await recomputeTrending(tx, siteId, { ...r, hl: Number(r.hl) });
  }
  if (t.answers.length > 0) {
    await tx.query(
      `UPDATE answers a SET votes = (SELECT count(*) FROM answer_votes v WHERE v.answer_id = a.id)
       WHERE a.site_id = $1 AND a.id = ANY($2::uuid[])`,
      [siteId, t.answers],
    );
  }
  if (t.questions.length > 0) {
    await tx.query(
      `UPDATE questions q SET
         answer_count = (SELECT count(*) FROM answers a WHERE a.question_id = q.id AND a.status = 'published'),
         official_count = (SELECT count(*) FROM answers a
           WHERE a.question_id = q.id AND a.status = 'published' AND a.official)
       WHERE q.site_id = $1 AND q.id = ANY($2::uuid[])`,
      [siteId, t.questions],
    );
  }
  if (t.questionSubjects.length > 0) {
    await tx.query(
      `UPDATE question_summaries s SET questions = (SELECT count(*) FROM questions q
         WHERE q.site_id = s.site_id AND q.subject = s.subject AND q.status = 'published')
       WHERE s.site_id = $1 AND s.subject = ANY($2::text[])`,
      [siteId, t.questionSubjects],
    );
  }
  if (t.people.length > 0) {
    // As the incremental code keeps it: votes on published answers, and accepted answers unless the
    // author accepted their own (the admin token, accepted_by null, counts).
    await tx.query(
      `UPDATE reputation r SET votes_received = c.votes, accepted_answers = c.accepted,
         points = c.votes * $3 + c.accepted * $4
       FROM (SELECT p.id,
               (SELECT COALESCE(sum(a.votes), 0)::int FROM answers a
                 WHERE a.site_id = $1 AND a.person_id = p.id AND a.status = 'published') AS votes,
               (SELECT count(*)::int FROM questions q JOIN answers a ON a.id = q.accepted_answer_id
                 WHERE q.site_id = $1 AND a.person_id = p.id
                   AND (q.accepted_by IS NULL OR q.accepted_by <> p.id)) AS accepted
             FROM unnest($2::uuid[]) AS p(id)) c
       WHERE r.site_id = $1 AND r.person_id = c.id`,
      [siteId, t.people, REPUTATION.vote, REPUTATION.accepted],
    );
  }
}

const REPUTATION = { vote: REPUTATION_VOTE, accepted: REPUTATION_ACCEPTED };

/** Rows whose counters an erase must recompute. */
interface Touched {
  reviews: string[];
  reviewSubjects: string[];
  ideas: string[];
  answers: string[];
  questions: string[];
  questionSubjects: string[];
  people: string[];
}

const uniq = (xs: string[]) => [...new Set(xs)];

async function removeContent(tx: Driver, siteId: string, personId: string, t: Touched): Promise<void> {
  const q = <T extends Row>(text: string) => tx.query<T>(text, [siteId, personId]);
  // Reviews: their helpful votes and reports go with them (ON DELETE CASCADE); summaries are recounted.
  const reviews = await q<{ subject: string }>(
    "DELETE FROM reviews WHERE site_id = $1 AND person_id = $2 RETURNING subject",
  );
  t.reviewSubjects.push(...reviews.map((r) => r.subject));
  // Others' replies to a removed comment stay, as top-level comments.
  await q(
    `UPDATE idea_comments SET parent_id = NULL WHERE site_id = $1 AND person_id <> $2
       AND parent_id IN (SELECT id FROM idea_comments WHERE site_id = $1 AND person_id = $2)`,
  );
  const comments = await q<{ idea_id: string }>(
    "DELETE FROM idea_comments WHERE site_id = $1 AND person_id = $2 RETURNING idea_id",
  );
  t.ideas.push(...comments.map((c) => c.idea_id));
  // Ideas merged into a removed idea open again (they kept their own votes when merged).
  await q(
    `UPDATE ideas SET status = 'open', merged_into = NULL
     WHERE site_id = $1 AND merged_into IN (SELECT id FROM ideas WHERE site_id = $1 AND person_id = $2)`,
  );
  await q("DELETE FROM ideas WHERE site_id = $1 AND person_id = $2");
  // Questions: others' answers on them go too, so those authors' reputation is recounted.
  const others = await q<{ person_id: string }>(
    `SELECT a.person_id FROM answers a JOIN questions q ON q.id = a.question_id
     WHERE q.site_id = $1 AND q.person_id = $2`,
  );
  t.people.push(...others.map((r) => r.person_id));
  const questions = await q<{ subject: string }>(
    "DELETE FROM questions WHERE site_id = $1 AND person_id = $2 RETURNING subject",
  );
  t.questionSubjects.push(...questions.map((r) => r.subject));
  // Answers: an accepted one leaves its question with none (nor anyone who accepted it).
  await q(
    `UPDATE questions SET accepted_answer_id = NULL, accepted_by = NULL
     WHERE site_id = $1 AND accepted_answer_id IN (SELECT id FROM answers WHERE site_id = $1 AND person_id = $2)`,
  );
  const answers = await q<{ question_id: string }>(
    "DELETE FROM answers WHERE site_id = $1 AND person_id = $2 RETURNING question_id",
  );
  t.questions.push(...answers.map((a) => a.question_id));
}

export function privacyStore(db: Driver) {
  return {
    /** The export document; null when the site has no such person (or they were erased). */
    async export(siteId: string, personId: string): Promise<PrivacyExport | null> {
      return db.transaction(async (tx) => {
        const people = await tx.query<{
          id: string;
          name: string;
          provider: "sso" | "guest";
          subject: string;
          email: string | null;
          avatar: string | null;
          created_at: Date;
        }>(
          `SELECT id, name, provider, subject, email, avatar, created_at FROM people
           WHERE site_id = $1 AND id = $2::uuid AND erased_at IS NULL`,
          [siteId, personId],
        );
        const p = people[0];
        if (!p) return null;
        const parts = {} as Record<keyof typeof EXPORTS, Record<string, unknown>[]>;
        for (const [key, text] of Object.entries(EXPORTS) as [keyof typeof EXPORTS, string][]) {
          parts[key] = plain(await tx.query(text, [siteId, personId]));
        }
        const answers = plain(
          await tx.query(
            `SELECT s.response_id AS "responseId", s.step_id AS "stepId", s.num, s.choices, s.other, s.text,
               s.answered_at AS "answeredAt"
             FROM survey_answers s JOIN survey_responses r ON r.id = s.response_id
             WHERE r.site_id = $1 AND r.person_id = $2 ORDER BY s.answered_at, s.step_id`,
            [siteId, personId],
          ),
        );
        parts.surveyResponses = parts.surveyResponses.map((r) => ({
          ...r,
          answers: answers.filter((a) => a.responseId === r.id).map(({ responseId: _, ...a }) => a),
        }));
        const rep = await tx.query<{ points: number; accepted_answers: number; votes_received: number }>(
          "SELECT points, accepted_answers, votes_received FROM reputation WHERE site_id = $1 AND person_id = $2",
          [siteId, personId],
        );
        return {
          format: "corner-export/1",
          site: siteId,
          exportedAt: new Date().toISOString(),
          person: {
            id: p.id,
            name: p.name,
            kind: p.provider,
            provider: p.provider,
            subject: p.subject,
            email: p.email,
            avatar: p.avatar,
            createdAt: iso(p.created_at)!,
          },
          ...parts,
          reputation: rep[0]
            ? {
                points: rep[0].points,
                acceptedAnswers: rep[0].accepted_answers,
                votesReceived: rep[0].votes_received,
              }
            : null,
        };
      });
    },

    /** Whether the person was erased (their session token still verifies until it expires). */
    async erased(siteId: string, personId: string): Promise<boolean> {
      const rows = await db.query(
        "SELECT 1 FROM people WHERE site_id = $1 AND id = $2::uuid AND erased_at IS NOT NULL",
        [siteId, personId],
      );
      return rows.length > 0;
    },

    /**
     * Erases a person in one transaction: votes, follows, reports, notifications and survey memory go;
     * their content stays without them (`anonymise`) or goes too (`remove`); every counter the change
     * touches is recounted from its fact rows. Null when the site has no such person; a repeat answers
     * the first erase's summary.
     */
    erase(
      siteId: string,
      personId: string,
      mode: ErasureMode,
      at = new Date(),
    ): Promise<ErasureResult | null> {
      return db.transaction(async (tx) => {
        const found = await tx.query<{ erased_at: Date | null }>(
          "SELECT erased_at FROM people WHERE site_id = $1 AND id = $2::uuid FOR UPDATE",
          [siteId, personId],
        );
        if (!found[0]) return null;
        if (found[0].erased_at) {
          const done = await tx.query<{ mode: ErasureMode; counts: Counts | string; erased_at: Date }>(
            "SELECT mode, counts, erased_at FROM erasures WHERE site_id = $1 AND person_id = $2",
            [siteId, personId],
          );
          const d = done[0]!;
          const counts = typeof d.counts === "string" ? (JSON.parse(d.counts) as Counts) : d.counts;
          return { id: personId, site: siteId, mode: d.mode, erasedAt: iso(d.erased_at)!, counts };
        }
        const args = [siteId, personId];
        const col = <T extends Row>(text: string) => tx.query<T>(text, args);
        const t: Touched = {
          reviews: [],
          reviewSubjects: [],
          ideas: [],
          answers: [],
          questions: [],
          questionSubjects: [],
          people: [personId],
        };
        const mine = async (table: string) =>
          (await col(`SELECT 1 FROM ${table} WHERE site_id = $1 AND person_id = $2`)).length;
        const content = {
          reviews: await mine("reviews"),
          ideas: await mine("ideas"),
          ideaComments: await mine("idea_comments"),
          questions: await mine("questions"),
          answers: await mine("answers"),
        };
        // Votes they gave: the counters and the receivers' reputation drop with them.
        const helpful = await col<{ review_id: string }>(
          "DELETE FROM helpful_votes WHERE site_id = $1 AND person_id = $2 RETURNING review_id",
        );
        t.reviews.push(...helpful.map((r) => r.review_id));
        const ideaVotes = await col<{ idea_id: string }>(
          "DELETE FROM idea_votes WHERE site_id = $1 AND person_id = $2 RETURNING idea_id",
        );
        t.ideas.push(...ideaVotes.map((r) => r.idea_id));
        const answerVotes = await col<{ answer_id: string; author: string }>(
          `DELETE FROM answer_votes v USING answers a WHERE v.site_id = $1 AND v.person_id = $2 AND a.id = v.answer_id
           RETURNING v.answer_id, a.person_id AS author`,
        );
        t.answers.push(...answerVotes.map((r) => r.answer_id));
        t.people.push(...answerVotes.map((r) => r.author));
        const removed = async (table: string) =>
          (await col(`DELETE FROM ${table} WHERE site_id = $1 AND person_id = $2 RETURNING 1`)).length;
        const counts: Counts = {
          ...content,
          helpfulVotes: helpful.length,
          ideaVotes: ideaVotes.length,
          answerVotes: answerVotes.length,
          ideaFollows: await removed("idea_followers"),
          questionFollows: await removed("question_followers"),
          reports: await removed("reports"),
          qaReports: await removed("qa_reports"),
          notifications: await removed("notifications"),
          surveyPeople: await removed("survey_people"),
          // Survey answers stay in the results (and their counters), no longer tied to anyone.
          surveyResponses: (
            await col(
              "UPDATE survey_responses SET person_id = NULL WHERE site_id = $1 AND person_id = $2 RETURNING 1",
            )
          ).length,
        };
        await removed("idempotency_keys");
        if (mode === "remove") await removeContent(tx, siteId, personId, t);
        await recount(tx, siteId, {
          reviews: uniq(t.reviews),
          reviewSubjects: uniq(t.reviewSubjects),
          ideas: uniq(t.ideas),
          answers: uniq(t.answers),
          questions: uniq(t.questions),
          questionSubjects: uniq(t.questionSubjects),
          people: uniq(t.people),
        });
        // Content that stays shows a placeholder; a staff response kept its author's name in the row.
        await tx.query("UPDATE ideas SET response_name = $3 WHERE site_id = $1 AND response_person_id = $2", [
          siteId,
          personId,
          ERASED_NAME,
        ]);
        // A new subject: the same SSO sub (or guest) signs in as a new person from now on.
        await tx.query(
          `UPDATE people SET name = $3, email = NULL, avatar = NULL, subject = 'erased:' || id::text,
             erased_at = $4::timestamptz WHERE site_id = $1 AND id = $2`,
          [siteId, personId, ERASED_NAME, at.toISOString()],
        );
        await tx.query(
          `INSERT INTO erasures (site_id, person_id, mode, counts, erased_at)
           VALUES ($1, $2, $3, $4::jsonb, $5::timestamptz)`,
          [siteId, personId, mode, JSON.stringify(counts), at.toISOString()],
        );
        return { id: personId, site: siteId, mode, erasedAt: at.toISOString(), counts };
      });
    },
  };
}
