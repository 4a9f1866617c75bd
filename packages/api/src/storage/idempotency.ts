import type { Driver } from "./driver.ts";

export type IdempotencyBegin =
  | { state: "fresh" }
  | { state: "replay"; status: number; body: string }
  | { state: "mismatch" }
  | { state: "inFlight" };

/** Keys are kept at least this long (the contract promises 24 h). */
export const IDEMPOTENCY_TTL_HOURS = 25;

export function idempotencyStore(db: Driver) {
  return {
    /**
     * Claims (site, person, key) inside the caller's transaction. On PostgreSQL a concurrent claim of the
     * same key waits for the first transaction and then sees its stored answer.
     */
    async begin(
      siteId: string,
      personId: string,
      key: string,
      requestHash: string,
    ): Promise<IdempotencyBegin> {
      const claimed = await db.query(
        `INSERT INTO idempotency_keys (site_id, person_id, key, request_hash, created_at)
         VALUES ($1, $2::uuid, $3, $4, $5::timestamptz) ON CONFLICT DO NOTHING RETURNING key`,
        [siteId, personId, key, requestHash, new Date().toISOString()],
      );
      if (claimed[0]) return { state: "fresh" };
      const rows = await db.query<{ request_hash: string; status: number | null; body: string | null }>(
        "SELECT request_hash, status, body FROM idempotency_keys WHERE site_id = $1 AND person_id = $2::uuid AND key = $3",
        [siteId, personId, key],
      );
      const row = rows[0];
      if (!row || row.status === null || row.body === null) return { state: "inFlight" };
      if (row.request_hash !== requestHash) return { state: "mismatch" };
      return { state: "replay", status: row.status, body: row.body };
    },
    async complete(siteId: string, personId: string, key: string, status: number, body: string) {
      await db.query(
        "UPDATE idempotency_keys SET status = $4, body = $5 WHERE site_id = $1 AND person_id = $2::uuid AND key = $3",
        [siteId, personId, key, status, body],
      );
    },
    /** Drops keys past their keeping time, and used SSO token ids and session links past their expiry. */
    async prune(): Promise<void> {
      await db.query("DELETE FROM sso_tokens_used WHERE expires_at < now()");
      await db.query("DELETE FROM sso_sessions WHERE expires_at < now()");
      await db.query(
        `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`,
      );
    },
  };
}
