import type { Driver } from "./driver.ts";
import { uuidv7 } from "./ids.ts";

export type Provider = "sso" | "guest";
export interface PersonRecord {
  id: string;
  name: string;
  kind: Provider;
  /** An https URL from the host's SSO token (`avatar` claim). */
  avatar?: string;
}

export function peopleStore(db: Driver) {
  return {
    /** The person for (site, provider, subject), created on first sight; the name follows the latest sign-in. */
    async upsert(p: {
      siteId: string;
      provider: Provider;
      subject: string;
      name: string;
      email?: string | null;
      avatar?: string | null;
    }): Promise<PersonRecord> {
      const rows = await db.query<{ id: string; name: string; avatar: string | null }>(
        `INSERT INTO people (id, site_id, provider, subject, name, email, avatar, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz)
         ON CONFLICT (site_id, provider, subject)
           DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, avatar = EXCLUDED.avatar
         RETURNING id, name, avatar`,
        [
          uuidv7(),
          p.siteId,
          p.provider,
          p.subject,
          p.name,
          p.email ?? null,
          p.avatar ?? null,
          new Date().toISOString(),
        ],
      );
      const row = rows[0]!;
      return { id: row.id, name: row.name, kind: p.provider, ...(row.avatar ? { avatar: row.avatar } : {}) };
    },
    /** Whether an SSO token (by its jti or "sha256:" hash) was spent on this site, e.g. by signing out. */
    async ssoTokenSpent(siteId: string, key: string): Promise<boolean> {
      const rows = await db.query(
        "SELECT 1 FROM sso_tokens_used WHERE site_id = $1 AND jti = $2 AND expires_at > now()",
        [siteId, key],
      );
      return rows.length > 0;
    },
    /** Remembers which SSO token made a session (by the session token's hash), until that SSO token expires. */
    async rememberSsoSession(
      siteId: string,
      sessionHash: string,
      key: string,
      expiresAt: Date,
    ): Promise<void> {
      await db.query(
        `INSERT INTO sso_sessions (site_id, session_hash, token_key, expires_at) VALUES ($1, $2, $3, $4::timestamptz)
         ON CONFLICT (site_id, session_hash) DO NOTHING`,
        [siteId, sessionHash, key, expiresAt.toISOString()],
      );
    },
    /** Signing out: the SSO token that made this session is spent, so a replay of it is refused. */
    async spendSsoSession(siteId: string, sessionHash: string): Promise<void> {
      await db.query(
        `INSERT INTO sso_tokens_used (site_id, jti, expires_at)
         SELECT site_id, token_key, expires_at FROM sso_sessions
          WHERE site_id = $1 AND session_hash = $2 AND expires_at > now()
         ON CONFLICT DO NOTHING`,
        [siteId, sessionHash],
      );
    },
    /** Records an SSO token id; false when it was already used on this site (replay). */
    async useSsoToken(siteId: string, jti: string, expiresAt: Date): Promise<boolean> {
      const rows = await db.query(
        `INSERT INTO sso_tokens_used (site_id, jti, expires_at) VALUES ($1, $2, $3::timestamptz)
         ON CONFLICT DO NOTHING RETURNING jti`,
        [siteId, jti, expiresAt.toISOString()],
      );
      return rows.length === 1;
    },
  };
}
