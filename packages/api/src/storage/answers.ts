import { type Driver, sqlParams } from "./driver.ts";
import { uuidv7 } from "./ids.ts";
import { afterKeyset, type KeysetSort, keysetPage } from "./keyset.ts";
import { notifyQuestion } from "./notifications.ts";
import { lockQuestion, moveAcceptance } from "./qa-accept.ts";
import {
  ANSWER_RANK,
  type AnswerRecord,
  type AnswerRow,
  answerSelect,
  type QaStatus,
  toAnswer,
  visibleTo,
} from "./qa-rows.ts";
import { followQuestion } from "./questions.ts";
import { shiftReputation } from "./reputation.ts";

export type AnswerSortKey = "top" | "newest";

/** `top`: accepted first, then votes, then oldest first; `newest`: newest first. */
const SORTS: Record<AnswerSortKey, KeysetSort<AnswerRow>> = {
  top: {
    order: "answer_rank DESC, a.created_at ASC, a.id ASC",
    after: `(${ANSWER_RANK} < $K::float8 OR (${ANSWER_RANK} = $K::float8 AND (a.created_at, a.id) > ($C::timestamptz, $I::uuid)))`,
    key: (r) => Number(r.answer_rank),
  },
  newest: {
    order: "a.created_at DESC, a.id DESC",
    after: "(a.created_at, a.id) < ($C::timestamptz, $I::uuid)",
    key: () => null,
  },
};

/** Moves a question's published-answer counters (inside the transaction holding its row lock). */
const shiftCounts = (
  tx: Driver,
  siteId: string,
  questionId: string,
  by: number,
  official: boolean,
  at: string,
) =>
  tx.query(
    `UPDATE questions SET answer_count = answer_count + $3, official_count = official_count + $4,
       updated_at = $5::timestamptz WHERE site_id = $1 AND id = $2::uuid`,
    [siteId, questionId, by, official ? by : 0, at],
  );

export function answersStore(db: Driver) {
  const byIds = async (siteId: string, ids: string[], viewerId?: string): Promise<AnswerRecord[]> => {
    if (ids.length === 0) return [];
    const rows = await db.query<AnswerRow>(
      `${answerSelect(viewerId ? "$3" : undefined)} WHERE a.site_id = $1 AND a.id = ANY($2::uuid[])`,
      viewerId ? [siteId, ids, viewerId] : [siteId, ids],
    );
    return rows.map(toAnswer);
  };

  return {
    /** Answers by id (accepted-answer previews in question lists), in no particular order. */
    byIds,

    async get(siteId: string, id: string, viewerId?: string): Promise<AnswerRecord | null> {
      return (await byIds(siteId, [id], viewerId))[0] ?? null;
    },

    /** One page of a question's answers in keyset order; a viewer also sees their own pending answers. */
    async list(q: {
      siteId: string;
      questionId: string;
      sort: AnswerSortKey;
      cursor?: string | undefined;
      limit: number;
      viewerId?: string | undefined;
    }): Promise<{ items: AnswerRecord[]; next: string | null }> {
      const sort = SORTS[q.sort];
      const { params, p } = sqlParams([q.siteId, q.questionId]);
      const me = q.viewerId ? p(q.viewerId) : undefined;
      let where = `a.site_id = $1 AND a.question_id = $2::uuid AND ${visibleTo("a", me)}`;
      if (q.cursor) where += ` AND ${afterKeyset(q.cursor, q.sort, sort, p)}`;
      const rows = await db.query<AnswerRow>(
        `${answerSelect(me)} WHERE ${where} ORDER BY ${sort.order} LIMIT ${p(q.limit + 1)}`,
        params,
      );
      const { page, next } = keysetPage(rows, q.limit, q.sort, sort);
      return { items: page.map(toAnswer), next };
    },

    /**
     * Answers a published question (pending when `pending`). The answerer follows the question; a
     * published answer counts at once and notifies the followers but the answerer. `notFound` when
     * the person cannot see the question; `notOpen` while it waits for approval.
     */
    create(input: {
      siteId: string;
      questionId: string;
      personId: string;
      body: string;
      official: boolean;
      pending: boolean;
      /** Seed data only: backdate the answer. */
      createdAt?: string;
    }): Promise<AnswerRecord | "notFound" | "notOpen"> {
      return db.transaction(async (tx) => {
        const { siteId } = input;
        const q = await lockQuestion(tx, siteId, input.questionId);
        if (!q || q.status === "rejected" || (q.status === "pending" && q.person_id !== input.personId)) {
          return "notFound";
        }
        if (q.status === "pending") return "notOpen";
        const id = uuidv7();
        const at = input.createdAt ?? new Date().toISOString();
        const status: QaStatus = input.pending ? "pending" : "published";
        await tx.query(
          `INSERT INTO answers (id, site_id, question_id, person_id, body, official, status, votes, created_at)
           VALUES ($1::uuid, $2, $3::uuid, $4::uuid, $5, $6, $7, 0, $8::timestamptz)`,
          [id, siteId, q.id, input.personId, input.body, input.official, status, at],
        );
        await followQuestion(tx, siteId, q.id, input.personId, at);
        if (status === "published") {
          await shiftCounts(tx, siteId, q.id, 1, input.official, at);
          await notifyQuestion(tx, {
            siteId,
            kind: "answer",
            questionId: q.id,
            answerId: id,
            except: [input.personId],
            at,
          });
        }
        return (await answersStore(tx).get(siteId, id, input.personId))!;
      });
    },

    /**
     * Moderation. Publishing counts the answer, gives its author the points of votes it kept, and
     * notifies the followers; rejecting a published answer undoes that and clears it as the accepted
     * answer. Null when there is no such answer.
     */
    moderate(
      siteId: string,
      id: string,
      to: "published" | "rejected",
    ): Promise<{ id: string; status: QaStatus; subject: string } | null> {
      return db.transaction(async (tx) => {
        const found = await tx.query<{ question_id: string }>(
          "SELECT question_id FROM answers WHERE site_id = $1 AND id = $2::uuid",
          [siteId, id],
        );
        if (!found[0]) return null;
        const q = (await lockQuestion(tx, siteId, found[0].question_id))!;
        const rows = await tx.query<{
          person_id: string;
          status: QaStatus;
          official: boolean;
          votes: number;
        }>(
          "SELECT person_id, status, official, votes FROM answers WHERE site_id = $1 AND id = $2::uuid FOR NO KEY UPDATE",
          [siteId, id],
        );
        const cur = rows[0]!;
        const result = { id, status: to, subject: q.subject };
        if (cur.status === to) return result;
        const at = new Date().toISOString();
        await tx.query("UPDATE answers SET status = $3 WHERE site_id = $1 AND id = $2::uuid", [
          siteId,
          id,
          to,
        ]);
        if (to === "published") {
          await shiftCounts(tx, siteId, q.id, 1, cur.official, at);
          await shiftReputation(tx, siteId, [{ personId: cur.person_id, votes: cur.votes, accepted: 0 }]);
          await notifyQuestion(tx, {
            siteId,
            kind: "answer",
            questionId: q.id,
            answerId: id,
            except: [cur.person_id],
            at,
          });
        } else if (cur.status === "published") {
          await shiftCounts(tx, siteId, q.id, -1, cur.official, at);
          await shiftReputation(tx, siteId, [{ personId: cur.person_id, votes: -cur.votes, accepted: 0 }]);
          if (q.accepted_answer_id === id) await moveAcceptance(tx, siteId, q, null, null, at);
        }
        return result;
      });
    },
  };
}
