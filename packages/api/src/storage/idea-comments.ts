import { type Driver, sqlParams } from "./driver.ts";
import { uuidv7 } from "./ids.ts";
import { afterKeyset, keysetPage } from "./keyset.ts";

export interface CommentRecord {
  id: string;
  ideaId: string;
  parentId: string | null;
  personId: string;
  authorName: string;
  body: string;
  status: "published" | "pending" | "rejected";
  createdAt: string;
}

type Row = {
  id: string;
  idea_id: string;
  parent_id: string | null;
  person_id: string;
  author_name: string;
  body: string;
  status: CommentRecord["status"];
  created_at: Date;
};

const toComment = (r: Row): CommentRecord => ({
  id: r.id,
  ideaId: r.idea_id,
  parentId: r.parent_id,
  personId: r.person_id,
  authorName: r.author_name,
  body: r.body,
  status: r.status,
  createdAt: new Date(r.created_at).toISOString(),
});

const SELECT = `SELECT c.id, c.idea_id, c.parent_id, c.person_id, p.name AS author_name, c.body, c.status, c.created_at
  FROM idea_comments c JOIN people p ON p.id = c.person_id`;

/** Published comments, plus a viewer's own pending ones (`$3` is the viewer, or null). */
/** Top-level comments, oldest first. */
const OLDEST_FIRST = { after: "(c.created_at, c.id) > ($C::timestamptz, $I::uuid)", key: () => null };

const VISIBLE = "(c.status = 'published' OR (c.status = 'pending' AND c.person_id = $3::uuid))";

/** Comments on ideas, one level of replies; `ideas.comment_count` counts published ones exactly. */
export function ideaCommentsStore(db: Driver) {
  return {
    /**
     * Adds a comment (pending under pre-moderation). `badParent` when `parentId` is not a top-level
     * comment of the same idea that the person can see; null when the idea is not there.
     */
    create(input: {
      siteId: string;
      ideaId: string;
      personId: string;
      parentId: string | null;
      body: string;
      premoderation: boolean;
      createdAt?: string;
    }): Promise<CommentRecord | "badParent" | null> {
      return db.transaction(async (tx) => {
        const { siteId, ideaId } = input;
        const idea = await tx.query(
          `SELECT 1 FROM ideas WHERE site_id = $1 AND id = $2::uuid
             AND (moderation = 'published' OR (moderation = 'pending' AND person_id = $3::uuid))`,
          [siteId, ideaId, input.personId],
        );
        if (idea.length === 0) return null;
        if (input.parentId) {
          const parent = await tx.query(
            `SELECT 1 FROM idea_comments c WHERE c.site_id = $1 AND c.idea_id = $2::uuid AND c.id = $4::uuid
               AND c.parent_id IS NULL AND ${VISIBLE}`,
            [siteId, ideaId, input.personId, input.parentId],
          );
          if (parent.length === 0) return "badParent";
        }
        const id = uuidv7();
        const status = input.premoderation ? "pending" : "published";
        await tx.query(
          `INSERT INTO idea_comments (id, site_id, idea_id, parent_id, person_id, body, status, created_at)
           VALUES ($1::uuid, $2, $3::uuid, $4::uuid, $5::uuid, $6, $7, $8::timestamptz)`,
          [
            id,
            siteId,
            ideaId,
            input.parentId,
            input.personId,
            input.body,
            status,
            input.createdAt ?? new Date().toISOString(),
          ],
        );
        if (status === "published") {
          await tx.query(
            "UPDATE ideas SET comment_count = comment_count + 1 WHERE site_id = $1 AND id = $2::uuid",
            [siteId, ideaId],
          );
        }
        const rows = await tx.query<Row>(`${SELECT} WHERE c.site_id = $1 AND c.id = $2::uuid`, [siteId, id]);
        return toComment(rows[0]!);
      });
    },

    /** One page of top-level comments (oldest first), each with all its visible replies. */
    async list(q: {
      siteId: string;
      ideaId: string;
      viewerId?: string | undefined;
      cursor?: string | undefined;
      limit: number;
    }): Promise<{ items: (CommentRecord & { replies: CommentRecord[] })[]; next: string | null }> {
      const { params, p } = sqlParams([q.siteId, q.ideaId, q.viewerId ?? null, q.limit + 1]);
      const after = q.cursor ? ` AND ${afterKeyset(q.cursor, "comments", OLDEST_FIRST, p)}` : "";
      const tops = await db.query<Row>(
        `${SELECT} WHERE c.site_id = $1 AND c.idea_id = $2::uuid AND c.parent_id IS NULL AND ${VISIBLE}${after}
         ORDER BY c.created_at, c.id LIMIT $4`,
        params,
      );
      const { page, next } = keysetPage(tops, q.limit, "comments", OLDEST_FIRST);
      const replies =
        page.length === 0
          ? []
          : await db.query<Row>(
              `${SELECT} WHERE c.site_id = $1 AND c.idea_id = $2::uuid AND c.parent_id = ANY($4::uuid[]) AND ${VISIBLE}
               ORDER BY c.created_at, c.id`,
              [q.siteId, q.ideaId, q.viewerId ?? null, page.map((r) => r.id)],
            );
      return {
        items: page.map((r) => ({
          ...toComment(r),
          replies: replies.filter((x) => x.parent_id === r.id).map(toComment),
        })),
        next,
      };
    },

    /** Moderation: publishing counts the comment, rejecting uncounts it. Null when there is no such comment. */
    moderate(siteId: string, id: string, to: "published" | "rejected"): Promise<CommentRecord | null> {
      return db.transaction(async (tx) => {
        const rows = await tx.query<Row>(
          `${SELECT} WHERE c.site_id = $1 AND c.id = $2::uuid FOR UPDATE OF c`,
          [siteId, id],
        );
        const cur = rows[0];
        if (!cur) return null;
        if (cur.status !== to) {
          await tx.query("UPDATE idea_comments SET status = $3 WHERE site_id = $1 AND id = $2::uuid", [
            siteId,
            id,
            to,
          ]);
          const by = to === "published" ? 1 : cur.status === "published" ? -1 : 0;
          if (by !== 0) {
            await tx.query(
              "UPDATE ideas SET comment_count = comment_count + $3 WHERE site_id = $1 AND id = $2::uuid",
              [siteId, cur.idea_id, by],
            );
          }
        }
        return { ...toComment(cur), status: to };
      });
    },
  };
}
