import type { Driver } from "./driver.ts";
import { uuidv7 } from "./ids.ts";

export type Provider = "sso" | "guest";
export interface PersonRecord {
  id: string;
  name: string;
  kind: Provider;
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
    }): Promise<PersonRecord> {
      const rows = await db.query<{ id: string; name: string }>(
        `INSERT INTO people (id, site_id, provider, subject, name, email, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz)
         ON CONFLICT (site_id, provider, subject) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email
         RETURNING id, name`,
        [uuidv7(), p.siteId, p.provider, p.subject, p.name, p.email ?? null, new Date().toISOString()],
      );
      const row = rows[0]!;
      return { id: row.id, name: row.name, kind: p.provider };
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
