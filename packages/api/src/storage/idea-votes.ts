import type { Driver } from "./driver.ts";
import { logAdd2, trendingX } from "./ideas.ts";

export interface VoteRecord {
  /** The idea whose count this is: a vote on a merged idea lands on the idea it was merged into. */
  id: string;
  boardId: string;
  votes: number;
  votedByMe: boolean;
}

type Locked = {
  id: string;
  board_id: string;
  merged_into: string | null;
  votes: number;
  trending: number;
  created_at: Date;
  hl: number;
};

/**
 * Locks a published idea's row for this transaction, following a merge to its target. Every vote on an
 * idea takes this lock first, so its counter and trending key move one vote at a time.
 */
export async function lockIdea(tx: Driver, siteId: string, ideaId: string): Promise<Locked | null> {
  let id = ideaId;
  for (let hop = 0; hop < 4; hop++) {
    const rows = await tx.query<Locked>(
      `SELECT i.id, i.board_id, i.merged_into, i.votes, i.trending, i.created_at, b.trending_half_life_days AS hl
       FROM ideas i JOIN boards b ON b.site_id = i.site_id AND b.id = i.board_id
       WHERE i.site_id = $1 AND i.id = $2::uuid AND i.moderation = 'published' FOR UPDATE OF i`,
      [siteId, id],
    );
    const row = rows[0];
    if (!row) return null;
    if (!row.merged_into) return { ...row, trending: Number(row.trending), hl: Number(row.hl) };
    id = row.merged_into;
  }
  return null;
}

/**
 * The trending key from the rows themselves: the creation term plus one term per vote. Used where terms
 * leave in bulk or precision would suffer (merge, removing the dominant vote), never on reads.
 */
export async function recomputeTrending(
  tx: Driver,
  siteId: string,
  idea: Pick<Locked, "id" | "created_at" | "hl">,
): Promise<number> {
  const rows = await tx.query<{ ms: number }>(
    "SELECT extract(epoch FROM created_at)::float8 * 1000 AS ms FROM idea_votes WHERE site_id = $1 AND idea_id = $2::uuid",
    [siteId, idea.id],
  );
  let t = trendingX(new Date(idea.created_at).getTime(), idea.hl);
  for (const r of rows) t = logAdd2(t, trendingX(Number(r.ms), idea.hl));
  await tx.query("UPDATE ideas SET trending = $3 WHERE site_id = $1 AND id = $2::uuid", [siteId, idea.id, t]);
  return t;
}

/** Idea votes: the unique (site, idea, person) row is the fact; `ideas.votes` and `ideas.trending` move with it. */
export function ideaVotesStore(db: Driver) {
  const change = (siteId: string, ideaId: string, personId: string, on: boolean, at: Date) =>
    db.transaction(async (tx): Promise<VoteRecord | null> => {
      const idea = await lockIdea(tx, siteId, ideaId);
      if (!idea) return null;
      const result = (votes: number): VoteRecord => ({
        id: idea.id,
        boardId: idea.board_id,
        votes,
        votedByMe: on,
      });
      if (on) {
        const inserted = await tx.query(
          `INSERT INTO idea_votes (site_id, idea_id, person_id, created_at)
           VALUES ($1, $2::uuid, $3::uuid, $4::timestamptz) ON CONFLICT DO NOTHING RETURNING person_id`,
          [siteId, idea.id, personId, at.toISOString()],
        );
        if (inserted.length === 0) return result(idea.votes);
        // Voters follow the idea (status changes reach them).
        await tx.query(
          `INSERT INTO idea_followers (site_id, idea_id, person_id, created_at)
           VALUES ($1, $2::uuid, $3::uuid, $4::timestamptz) ON CONFLICT DO NOTHING`,
          [siteId, idea.id, personId, at.toISOString()],
        );
        const trending = logAdd2(idea.trending, trendingX(at.getTime(), idea.hl));
        const rows = await tx.query<{ votes: number }>(
          "UPDATE ideas SET votes = votes + 1, trending = $3 WHERE site_id = $1 AND id = $2::uuid RETURNING votes",
          [siteId, idea.id, trending],
        );
        return result(rows[0]!.votes);
      }
      const removed = await tx.query<{ ms: number }>(
        `DELETE FROM idea_votes WHERE site_id = $1 AND idea_id = $2::uuid AND person_id = $3::uuid
         RETURNING extract(epoch FROM created_at)::float8 * 1000 AS ms`,
        [siteId, idea.id, personId],
      );
      if (removed.length === 0) return result(idea.votes);
      const rows = await tx.query<{ votes: number }>(
        "UPDATE ideas SET votes = votes - 1 WHERE site_id = $1 AND id = $2::uuid RETURNING votes",
        [siteId, idea.id],
      );
      // Take the vote's term out: log2(2^t - 2^x). When that term dominated, subtracting loses the
      // precision of the small remainder, so the key is rebuilt from the rows instead.
      const d = trendingX(Number(removed[0]!.ms), idea.hl) - idea.trending;
      if (d < -1e-6) {
        const trending = idea.trending + Math.log2(1 - 2 ** d);
        await tx.query("UPDATE ideas SET trending = $3 WHERE site_id = $1 AND id = $2::uuid", [
          siteId,
          idea.id,
          trending,
        ]);
      } else await recomputeTrending(tx, siteId, idea);
      return result(rows[0]!.votes);
    });
  return {
    /** Votes for the idea (or the idea it was merged into); idempotent. Null when there is no such idea. */
    set: (siteId: string, ideaId: string, personId: string, at = new Date()) =>
      change(siteId, ideaId, personId, true, at),
    /** Withdraws the person's vote; idempotent. Null when there is no such idea. */
    clear: (siteId: string, ideaId: string, personId: string, at = new Date()) =>
      change(siteId, ideaId, personId, false, at),
  };
}
