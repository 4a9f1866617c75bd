import { REPUTATION_ACCEPTED, REPUTATION_VOTE } from "@corner/contracts";
import type { Driver } from "./driver.ts";

export interface ReputationRecord {
  id: string;
  name: string;
  points: number;
  acceptedAnswers: number;
  votesReceived: number;
}

/** A change to one person's totals: votes received and answers accepted by someone else. */
export interface ReputationChange {
  personId: string;
  votes: number;
  accepted: number;
}

/**
 * Applies changes inside the caller's transaction (the one that wrote the vote or acceptance), one
 * row per person, locked in person order so two transactions touching the same two people cannot
 * deadlock. Points always equal votes × REPUTATION_VOTE + accepted × REPUTATION_ACCEPTED.
 */
export async function shiftReputation(
  tx: Driver,
  siteId: string,
  changes: ReputationChange[],
): Promise<void> {
  const merged = new Map<string, ReputationChange>();
  for (const c of changes) {
    const m = merged.get(c.personId) ?? { personId: c.personId, votes: 0, accepted: 0 };
    m.votes += c.votes;
    m.accepted += c.accepted;
    merged.set(c.personId, m);
  }
  const ordered = [...merged.values()]
    .filter((c) => c.votes !== 0 || c.accepted !== 0)
    .sort((a, b) => (a.personId < b.personId ? -1 : 1));
  for (const c of ordered) {
    const points = c.votes * REPUTATION_VOTE + c.accepted * REPUTATION_ACCEPTED;
    if (c.votes >= 0 && c.accepted >= 0) {
      await tx.query(
        `INSERT INTO reputation (site_id, person_id, points, accepted_answers, votes_received)
         VALUES ($1, $2::uuid, $3, $4, $5)
         ON CONFLICT (site_id, person_id) DO UPDATE SET points = reputation.points + EXCLUDED.points,
           accepted_answers = reputation.accepted_answers + EXCLUDED.accepted_answers,
           votes_received = reputation.votes_received + EXCLUDED.votes_received`,
        [siteId, c.personId, points, c.accepted, c.votes],
      );
      continue;
    }
    // Taking points away: the row exists since they were given (an insert would fail its checks).
    const updated = await tx.query(
      `UPDATE reputation SET points = points + $3, accepted_answers = accepted_answers + $4,
         votes_received = votes_received + $5
       WHERE site_id = $1 AND person_id = $2::uuid RETURNING person_id`,
      [siteId, c.personId, points, c.accepted, c.votes],
    );
    if (updated.length === 0) throw new Error(`reputation: nothing to take from ${c.personId}`);
  }
}

export function reputationStore(db: Driver) {
  return {
    /** A person's stored totals (zero before their first vote or acceptance); null for no such person. */
    async get(siteId: string, personId: string): Promise<ReputationRecord | null> {
      const rows = await db.query<{
        id: string;
        name: string;
        points: number;
        accepted_answers: number;
        votes_received: number;
      }>(
        `SELECT p.id, p.name, COALESCE(r.points, 0) AS points,
           COALESCE(r.accepted_answers, 0) AS accepted_answers, COALESCE(r.votes_received, 0) AS votes_received
         FROM people p LEFT JOIN reputation r ON r.site_id = p.site_id AND r.person_id = p.id
         WHERE p.site_id = $1 AND p.id = $2::uuid`,
        [siteId, personId],
      );
      const r = rows[0];
      if (!r) return null;
      return {
        id: r.id,
        name: r.name,
        points: r.points,
        acceptedAnswers: r.accepted_answers,
        votesReceived: r.votes_received,
      };
    },
  };
}
