import type { Driver } from "./driver.ts";

/** Solved guest proof-of-work challenges, so each one signs in once. */
export function challengesStore(db: Driver) {
  return {
    /**
     * Records a solved challenge until `expiresAt`; false when it was already used (replay). Expired
     * rows are purged on the way: they can no longer pass verification, so nothing else needs them.
     */
    async use(challenge: string, expiresAt: Date): Promise<boolean> {
      await db.query("DELETE FROM guest_challenges_used WHERE expires_at < $1::timestamptz", [
        new Date().toISOString(),
      ]);
      const rows = await db.query(
        `INSERT INTO guest_challenges_used (challenge, expires_at) VALUES ($1, $2::timestamptz)
         ON CONFLICT DO NOTHING RETURNING challenge`,
        [challenge, expiresAt.toISOString()],
      );
      return rows.length === 1;
    },
  };
}
