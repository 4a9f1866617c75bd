import { type Driver, sqlParams } from "./driver.ts";
import { uuidv7 } from "./ids.ts";
import { afterKeyset, type KeysetSort, keysetPage } from "./keyset.ts";
import {
  type QaStatus,
  type QuestionRecord,
  type QuestionRow,
  questionSelect,
  toQuestion,
  visibleTo,
} from "./qa-rows.ts";
import { similarByTitle } from "./similar.ts";

export type QuestionSortKey = "newest" | "most_answered" | "unanswered";

/** Keyset order per sort: the first key varies, ties broken by (created_at DESC, id DESC). */
const SORTS: Record<QuestionSortKey, KeysetSort<QuestionRow> & { where?: string }> = {
  newest: {
    order: "q.created_at DESC, q.id DESC",
    after: "(q.created_at, q.id) < ($C::timestamptz, $I::uuid)",
    key: () => null,
  },
  most_answered: {
    order: "q.answer_count DESC, q.created_at DESC, q.id DESC",
    after:
      "(q.answer_count < $K OR (q.answer_count = $K AND (q.created_at, q.id) < ($C::timestamptz, $I::uuid)))",
    key: (r) => r.answer_count,
  },
  unanswered: {
    where: "q.answer_count = 0",
    order: "q.created_at DESC, q.id DESC",
    after: "(q.created_at, q.id) < ($C::timestamptz, $I::uuid)",
    key: () => null,
  },
};

/** Moves a subject's published-question total (creating its row on the first question). */
async function shiftTotal(db: Driver, siteId: string, subject: string, by: 1 | -1) {
  // An insert is checked as proposed, so only a +1 may create the row.
  await db.query(
    by === 1
      ? `INSERT INTO question_summaries (site_id, subject, questions) VALUES ($1, $2, 1)
         ON CONFLICT (site_id, subject) DO UPDATE SET questions = question_summaries.questions + 1`
      : "UPDATE question_summaries SET questions = questions - 1 WHERE site_id = $1 AND subject = $2",
    [siteId, subject],
  );
}

/** Follows a question; idempotent. */
export const followQuestion = (
  db: Driver,
  siteId: string,
  questionId: string,
  personId: string,
  at: string,
) =>
  db.query(
    `INSERT INTO question_followers (site_id, question_id, person_id, created_at)
     VALUES ($1, $2::uuid, $3::uuid, $4::timestamptz) ON CONFLICT DO NOTHING`,
    [siteId, questionId, personId, at],
  );

export function questionsStore(db: Driver) {
  const get = async (siteId: string, id: string, viewerId?: string): Promise<QuestionRecord | null> => {
    const rows = await db.query<QuestionRow>(
      `${questionSelect(viewerId ? "$3" : undefined)} WHERE q.site_id = $1 AND q.id = $2::uuid`,
      viewerId ? [siteId, id, viewerId] : [siteId, id],
    );
    return rows[0] ? toQuestion(rows[0]) : null;
  };

  return {
    get,

    /** A question the reader may see: published, or pending and theirs. */
    async visible(siteId: string, id: string, viewerId?: string): Promise<QuestionRecord | null> {
      const q = await get(siteId, id, viewerId);
      const ok = q && (q.status === "published" || (q.status === "pending" && q.author.id === viewerId));
      return ok ? q : null;
    },

    /** The subject's published questions. */
    async total(siteId: string, subject: string): Promise<number> {
      const rows = await db.query<{ questions: number }>(
        "SELECT questions FROM question_summaries WHERE site_id = $1 AND subject = $2",
        [siteId, subject],
      );
      return rows[0]?.questions ?? 0;
    },

    /** Asks a question (pending when `pending`); the asker follows it from the start. */
    create(input: {
      siteId: string;
      subject: string;
      personId: string;
      title: string;
      details: string;
      staff: boolean;
      pending: boolean;
      /** Seed data only: backdate the question. */
      createdAt?: string;
    }): Promise<QuestionRecord> {
      return db.transaction(async (tx) => {
        const id = uuidv7();
        const at = input.createdAt ?? new Date().toISOString();
        const status: QaStatus = input.pending ? "pending" : "published";
        await tx.query(
          `INSERT INTO questions (id, site_id, subject, person_id, title, details, status, staff, created_at, updated_at)
           VALUES ($1::uuid, $2, $3, $4::uuid, $5, $6, $7, $8, $9::timestamptz, $9::timestamptz)`,
          [
            id,
            input.siteId,
            input.subject,
            input.personId,
            input.title,
            input.details,
            status,
            input.staff,
            at,
          ],
        );
        if (status === "published") await shiftTotal(tx, input.siteId, input.subject, 1);
        await followQuestion(tx, input.siteId, id, input.personId, at);
        return (await questionsStore(tx).get(input.siteId, id, input.personId))!;
      });
    },

    /** One page in keyset order; a viewer also sees their own pending questions. */
    async list(q: {
      siteId: string;
      subject: string;
      sort: QuestionSortKey;
      q?: string | undefined;
      cursor?: string | undefined;
      limit: number;
      viewerId?: string | undefined;
    }): Promise<{ items: QuestionRecord[]; next: string | null }> {
      const sort = SORTS[q.sort];
      const { params, p } = sqlParams([q.siteId, q.subject]);
      const me = q.viewerId ? p(q.viewerId) : undefined;
      let where = `q.site_id = $1 AND q.subject = $2 AND ${visibleTo("q", me)}`;
      if (sort.where) where += ` AND ${sort.where}`;
      if (q.q) {
        // Titles and details, or any published answer.
        const text = p(q.q);
        where += ` AND (q.search @@ websearch_to_tsquery('english', ${text}) OR EXISTS (SELECT 1 FROM answers s
          WHERE s.site_id = q.site_id AND s.question_id = q.id AND s.status = 'published'
            AND s.search @@ websearch_to_tsquery('english', ${text})))`;
      }
      if (q.cursor) where += ` AND ${afterKeyset(q.cursor, q.sort, sort, p, { integerKey: true })}`;
      const rows = await db.query<QuestionRow>(
        `${questionSelect(me)} WHERE ${where} ORDER BY ${sort.order} LIMIT ${p(q.limit + 1)}`,
        params,
      );
      const { page, next } = keysetPage(rows, q.limit, q.sort, sort);
      return { items: page.map(toQuestion), next };
    },

    /**
     * Published questions on the subject closest to `text`: trigram similarity of the title (typos,
     * partial words) or a full-text match of title and details.
     */
    async similar(
      siteId: string,
      subject: string,
      text: string,
      limit: number,
    ): Promise<{ id: string; title: string; answerCount: number; answered: boolean; score: number }[]> {
      const rows = await similarByTitle<{
        id: string;
        title: string;
        answer_count: number;
        answered: boolean;
      }>(db, {
        table: "questions",
        columns: "id, title, answer_count, accepted_answer_id IS NOT NULL AS answered",
        where: "site_id = $1 AND subject = $2 AND status = 'published'",
        tiebreak: "answer_count",
        siteId,
        scope: subject,
        text,
        limit,
      });
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        answerCount: r.answer_count,
        answered: r.answered,
        score: r.score,
      }));
    },

    /** Follows (or stops following) a question the person can see; idempotent. Null when there is none. */
    async follow(siteId: string, id: string, personId: string, on: boolean): Promise<boolean | null> {
      const found = await db.query(
        `SELECT 1 FROM questions q WHERE q.site_id = $1 AND q.id = $2::uuid AND ${visibleTo("q", "$3")}`,
        [siteId, id, personId],
      );
      if (found.length === 0) return null;
      if (on) await followQuestion(db, siteId, id, personId, new Date().toISOString());
      else {
        await db.query(
          "DELETE FROM question_followers WHERE site_id = $1 AND question_id = $2::uuid AND person_id = $3::uuid",
          [siteId, id, personId],
        );
      }
      return on;
    },

    /** Moderation: publishing counts the question in its subject's total. Null when there is no such question. */
    moderate(siteId: string, id: string, to: "published" | "rejected"): Promise<QuestionRecord | null> {
      return db.transaction(async (tx) => {
        const rows = await tx.query<{ subject: string; status: QaStatus }>(
          "SELECT subject, status FROM questions WHERE site_id = $1 AND id = $2::uuid FOR NO KEY UPDATE",
          [siteId, id],
        );
        const cur = rows[0];
        if (!cur) return null;
        if (cur.status !== to) {
          await tx.query(
            "UPDATE questions SET status = $3, updated_at = $4::timestamptz WHERE site_id = $1 AND id = $2::uuid",
            [siteId, id, to, new Date().toISOString()],
          );
          if (to === "published") await shiftTotal(tx, siteId, cur.subject, 1);
          else if (cur.status === "published") await shiftTotal(tx, siteId, cur.subject, -1);
        }
        return questionsStore(tx).get(siteId, id);
      });
    },
  };
}
