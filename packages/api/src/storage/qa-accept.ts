import type { Driver } from "./driver.ts";
import { notifyQuestion } from "./notifications.ts";
import type { QaStatus } from "./qa-rows.ts";
import { type ReputationChange, shiftReputation } from "./reputation.ts";

export type AcceptOutcome =
  | { ok: true; acceptedAnswerId: string | null; subject: string; changed: boolean }
  | { ok: false; reason: "notFound" | "forbidden" | "badAnswer" };

type LockedQuestion = {
  id: string;
  subject: string;
  person_id: string;
  status: QaStatus;
  accepted_answer_id: string | null;
  accepted_by: string | null;
};

/** Locks a question's row: every acceptance change on it, and every answer count change, waits here. */
export async function lockQuestion(tx: Driver, siteId: string, id: string): Promise<LockedQuestion | null> {
  const rows = await tx.query<LockedQuestion>(
    `SELECT id, subject, person_id, status, accepted_answer_id, accepted_by FROM questions
     WHERE site_id = $1 AND id = $2::uuid FOR NO KEY UPDATE`,
    [siteId, id],
  );
  return rows[0] ?? null;
}

/**
 * Points the locked question at `answer` (or at nothing), moving the acceptance points: the earlier
 * answer's author loses them if they were earned, the new one earns them unless they accepted their
 * own answer. `actor` null is the admin token.
 */
export async function moveAcceptance(
  tx: Driver,
  siteId: string,
  q: LockedQuestion,
  answer: { id: string; personId: string } | null,
  actor: string | null,
  at: string,
): Promise<void> {
  const changes: ReputationChange[] = [];
  if (q.accepted_answer_id) {
    const old = await tx.query<{ person_id: string }>(
      "SELECT person_id FROM answers WHERE site_id = $1 AND id = $2::uuid",
      [siteId, q.accepted_answer_id],
    );
    const earner = old[0]?.person_id;
    if (earner && earner !== q.accepted_by) changes.push({ personId: earner, votes: 0, accepted: -1 });
  }
  if (answer && answer.personId !== actor) changes.push({ personId: answer.personId, votes: 0, accepted: 1 });
  await shiftReputation(tx, siteId, changes);
  await tx.query(
    `UPDATE questions SET accepted_answer_id = $3::uuid, accepted_by = $4::uuid, updated_at = $5::timestamptz
     WHERE site_id = $1 AND id = $2::uuid`,
    [siteId, q.id, answer?.id ?? null, answer ? actor : null, at],
  );
}

/**
 * Accepting an answer (or clearing the choice with `answerId` null) on a published question: by its
 * asker or staff only. One accepted answer at a time: the question row is locked for the change.
 */
export function acceptAnswer(
  db: Driver,
  input: {
    siteId: string;
    questionId: string;
    answerId: string | null;
    actor: { personId: string; staff: boolean };
    at?: Date;
  },
): Promise<AcceptOutcome> {
  return db.transaction(async (tx): Promise<AcceptOutcome> => {
    const { siteId } = input;
    const at = (input.at ?? new Date()).toISOString();
    const q = await lockQuestion(tx, siteId, input.questionId);
    if (q?.status !== "published") return { ok: false, reason: "notFound" };
    if (q.person_id !== input.actor.personId && !input.actor.staff) return { ok: false, reason: "forbidden" };
    let answer: { id: string; personId: string } | null = null;
    if (input.answerId) {
      const rows = await tx.query<{ person_id: string }>(
        `SELECT person_id FROM answers
         WHERE site_id = $1 AND id = $2::uuid AND question_id = $3::uuid AND status = 'published'`,
        [siteId, input.answerId, q.id],
      );
      if (!rows[0]) return { ok: false, reason: "badAnswer" };
      answer = { id: input.answerId, personId: rows[0].person_id };
    }
    if ((answer?.id ?? null) === q.accepted_answer_id) {
      return { ok: true, acceptedAnswerId: q.accepted_answer_id, subject: q.subject, changed: false };
    }
    await moveAcceptance(tx, siteId, q, answer, input.actor.personId, at);
    if (answer) {
      await notifyQuestion(tx, {
        siteId,
        kind: "accepted",
        questionId: q.id,
        answerId: answer.id,
        include: [answer.personId],
        except: [input.actor.personId],
        at,
      });
    }
    return { ok: true, acceptedAnswerId: answer?.id ?? null, subject: q.subject, changed: true };
  });
}
