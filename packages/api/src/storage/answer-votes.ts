import type { Driver } from "./driver.ts";
import { shiftReputation } from "./reputation.ts";

export type AnswerVoteOutcome =
  | { ok: true; id: string; votes: number; votedByMe: boolean; subject: string }
  | { ok: false; reason: "notFound" | "own" };

/**
 * Answer votes: the unique (site, answer, person) row is the fact; `answers.votes` and the author's
 * reputation move with it in the same transaction, after the answer's row is locked.
 */
export function answerVotesStore(db: Driver) {
  const change = (siteId: string, answerId: string, personId: string, on: boolean, at: Date) =>
    db.transaction(async (tx): Promise<AnswerVoteOutcome> => {
      const rows = await tx.query<{ person_id: string; votes: number; subject: string }>(
        `SELECT a.person_id, a.votes, q.subject FROM answers a JOIN questions q ON q.id = a.question_id
         WHERE a.site_id = $1 AND a.id = $2::uuid AND a.status = 'published' AND q.status = 'published'
         FOR NO KEY UPDATE OF a`,
        [siteId, answerId],
      );
      const answer = rows[0];
      if (!answer) return { ok: false, reason: "notFound" };
      if (answer.person_id === personId) return { ok: false, reason: "own" };
      const result = (votes: number) =>
        ({ ok: true, id: answerId, votes, votedByMe: on, subject: answer.subject }) as const;
      const changed = on
        ? await tx.query(
            `INSERT INTO answer_votes (site_id, answer_id, person_id, created_at)
             VALUES ($1, $2::uuid, $3::uuid, $4::timestamptz) ON CONFLICT DO NOTHING RETURNING person_id`,
            [siteId, answerId, personId, at.toISOString()],
          )
        : await tx.query(
            `DELETE FROM answer_votes WHERE site_id = $1 AND answer_id = $2::uuid AND person_id = $3::uuid
             RETURNING person_id`,
            [siteId, answerId, personId],
          );
      if (changed.length === 0) return result(answer.votes);
      const by = on ? 1 : -1;
      const updated = await tx.query<{ votes: number }>(
        "UPDATE answers SET votes = votes + $3 WHERE site_id = $1 AND id = $2::uuid RETURNING votes",
        [siteId, answerId, by],
      );
      await shiftReputation(tx, siteId, [{ personId: answer.person_id, votes: by, accepted: 0 }]);
      return result(updated[0]!.votes);
    });
  return {
    /** Votes for a published answer; idempotent. Not on your own answer. */
    set: (siteId: string, answerId: string, personId: string, at = new Date()) =>
      change(siteId, answerId, personId, true, at),
    /** Withdraws the person's vote; idempotent. */
    clear: (siteId: string, answerId: string, personId: string, at = new Date()) =>
      change(siteId, answerId, personId, false, at),
  };
}
