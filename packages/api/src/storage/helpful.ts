import type { Driver } from "./driver.ts";

export interface HelpfulRecord {
  helpful: number;
  helpfulByMe: boolean;
  /** The review's subject, so callers can drop cached lists of it. */
  subject: string;
}

/** Helpful votes: the unique (site, review, person) row is the fact; `reviews.helpful` moves with it. */
export function helpfulStore(db: Driver) {
  const change = (siteId: string, reviewId: string, personId: string, on: boolean) =>
    db.transaction(async (tx): Promise<HelpfulRecord | null> => {
      const found = await tx.query<{ subject: string }>(
        "SELECT subject FROM reviews WHERE site_id = $1 AND id = $2::uuid AND status = 'published'",
        [siteId, reviewId],
      );
      if (!found[0]) return null;
      const { subject } = found[0];
      const changed = on
        ? await tx.query(
            `INSERT INTO helpful_votes (site_id, review_id, person_id, created_at)
             VALUES ($1, $2::uuid, $3::uuid, $4::timestamptz) ON CONFLICT DO NOTHING RETURNING person_id`,
            [siteId, reviewId, personId, new Date().toISOString()],
          )
        : await tx.query(
            `DELETE FROM helpful_votes WHERE site_id = $1 AND review_id = $2::uuid AND person_id = $3::uuid
             RETURNING person_id`,
            [siteId, reviewId, personId],
          );
      if (changed.length === 0) {
        // Nothing changed: read the counter as it stands (after any concurrent vote committed).
        const rows = await tx.query<{ helpful: number }>(
          "SELECT helpful FROM reviews WHERE site_id = $1 AND id = $2::uuid",
          [siteId, reviewId],
        );
        return { helpful: rows[0]!.helpful, helpfulByMe: on, subject };
      }
      const rows = await tx.query<{ helpful: number }>(
        "UPDATE reviews SET helpful = helpful + $3 WHERE site_id = $1 AND id = $2::uuid RETURNING helpful",
        [siteId, reviewId, on ? 1 : -1],
      );
      return { helpful: rows[0]!.helpful, helpfulByMe: on, subject };
    });
  return {
    /** Marks the review helpful for the person; idempotent. Null when the review is not published. */
    set: (siteId: string, reviewId: string, personId: string) => change(siteId, reviewId, personId, true),
    /** Removes the person's mark; idempotent. Null when the review is not published. */
    clear: (siteId: string, reviewId: string, personId: string) => change(siteId, reviewId, personId, false),
  };
}
