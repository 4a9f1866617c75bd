import type { Driver } from "./driver.ts";
import type { IdeaStatus } from "./ideas.ts";
import { decodeKeyset, encodeKeyset } from "./keyset.ts";

export interface NotificationRecord {
  id: string;
  kind: "status";
  idea: { id: string; title: string };
  status: IdeaStatus;
  response: string | null;
  createdAt: string;
  read: boolean;
}

type Row = {
  id: string;
  idea_id: string;
  title: string;
  status: IdeaStatus;
  response: string | null;
  created_at: Date;
  read_at: Date | null;
};

export function notificationsStore(db: Driver) {
  const unread = async (siteId: string, personId: string) =>
    (
      await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM notifications WHERE site_id = $1 AND person_id = $2::uuid AND read_at IS NULL",
        [siteId, personId],
      )
    )[0]!.n;

  return {
    /** Follows (or stops following) a published idea; idempotent. Null when there is no such idea. */
    async follow(siteId: string, ideaId: string, personId: string, on: boolean): Promise<boolean | null> {
      const found = await db.query(
        "SELECT 1 FROM ideas WHERE site_id = $1 AND id = $2::uuid AND moderation = 'published'",
        [siteId, ideaId],
      );
      if (found.length === 0) return null;
      if (on) {
        await db.query(
          `INSERT INTO idea_followers (site_id, idea_id, person_id, created_at)
           VALUES ($1, $2::uuid, $3::uuid, $4::timestamptz) ON CONFLICT DO NOTHING`,
          [siteId, ideaId, personId, new Date().toISOString()],
        );
      } else {
        await db.query(
          "DELETE FROM idea_followers WHERE site_id = $1 AND idea_id = $2::uuid AND person_id = $3::uuid",
          [siteId, ideaId, personId],
        );
      }
      return on;
    },

    /** The person's notifications, newest first, with how many are unread. */
    async list(q: {
      siteId: string;
      personId: string;
      cursor?: string | undefined;
      limit: number;
    }): Promise<{ items: NotificationRecord[]; next: string | null; unread: number }> {
      const params: unknown[] = [q.siteId, q.personId, q.limit + 1];
      let after = "";
      if (q.cursor) {
        const c = decodeKeyset(q.cursor, "notifications");
        params.push(c.c, c.i);
        after = " AND (n.created_at, n.id) < ($4::timestamptz, $5::uuid)";
      }
      const rows = await db.query<Row>(
        `SELECT n.id, n.idea_id, i.title, n.status, n.response, n.created_at, n.read_at
         FROM notifications n JOIN ideas i ON i.id = n.idea_id
         WHERE n.site_id = $1 AND n.person_id = $2::uuid${after}
         ORDER BY n.created_at DESC, n.id DESC LIMIT $3`,
        params,
      );
      const more = rows.length > q.limit;
      const page = more ? rows.slice(0, q.limit) : rows;
      const last = page[page.length - 1];
      return {
        items: page.map((r) => ({
          id: r.id,
          kind: "status",
          idea: { id: r.idea_id, title: r.title },
          status: r.status,
          response: r.response,
          createdAt: new Date(r.created_at).toISOString(),
          read: r.read_at !== null,
        })),
        next:
          more && last
            ? encodeKeyset({
                s: "notifications",
                k: null,
                c: new Date(last.created_at).toISOString(),
                i: last.id,
              })
            : null,
        unread: await unread(q.siteId, q.personId),
      };
    },

    /** Marks the given notifications (or all) read; answers how many stay unread. */
    async markRead(siteId: string, personId: string, ids?: string[]): Promise<number> {
      await db.query(
        `UPDATE notifications SET read_at = $3::timestamptz
         WHERE site_id = $1 AND person_id = $2::uuid AND read_at IS NULL${ids ? " AND id = ANY($4::uuid[])" : ""}`,
        [siteId, personId, new Date().toISOString(), ...(ids ? [ids] : [])],
      );
      return unread(siteId, personId);
    },
  };
}
