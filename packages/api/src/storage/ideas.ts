import { type Driver, sqlParams } from "./driver.ts";
import { uuidv7 } from "./ids.ts";
import { afterKeyset, type KeysetSort, keysetPage } from "./keyset.ts";
import { similarByTitle } from "./similar.ts";

export type IdeaStatus = "open" | "under_review" | "planned" | "in_progress" | "done" | "declined" | "merged";
export type IdeaSortKey = "trending" | "top" | "new";
export type Moderation = "published" | "pending" | "rejected";

export interface IdeaRecord {
  id: string;
  siteId: string;
  boardId: string;
  personId: string;
  authorName: string;
  title: string;
  description: string;
  category: string | null;
  status: IdeaStatus;
  moderation: Moderation;
  votes: number;
  commentCount: number;
  trending: number;
  mergedInto: string | null;
  response: { body: string; personId: string | null; name: string; at: string } | null;
  createdAt: string;
  updatedAt: string;
  votedByMe?: boolean;
  following?: boolean;
}

export type IdeaRow = {
  id: string;
  site_id: string;
  board_id: string;
  person_id: string;
  author_name: string;
  title: string;
  description: string;
  category: string | null;
  status: IdeaStatus;
  moderation: Moderation;
  votes: number;
  comment_count: number;
  trending: number;
  merged_into: string | null;
  response_body: string | null;
  response_person_id: string | null;
  response_name: string | null;
  response_at: Date | null;
  created_at: Date;
  updated_at: Date;
  voted_by_me?: boolean;
  following?: boolean;
};

export const toIdea = (r: IdeaRow): IdeaRecord => ({
  id: r.id,
  siteId: r.site_id,
  boardId: r.board_id,
  personId: r.person_id,
  authorName: r.author_name,
  title: r.title,
  description: r.description,
  category: r.category,
  status: r.status,
  moderation: r.moderation,
  votes: r.votes,
  commentCount: r.comment_count,
  trending: Number(r.trending),
  mergedInto: r.merged_into,
  response:
    r.response_body !== null && r.response_at !== null
      ? {
          body: r.response_body,
          personId: r.response_person_id,
          name: r.response_name ?? "",
          at: new Date(r.response_at).toISOString(),
        }
      : null,
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
  ...(r.voted_by_me === undefined ? {} : { votedByMe: r.voted_by_me }),
  ...(r.following === undefined ? {} : { following: r.following }),
});

const COLUMNS = `i.id, i.site_id, i.board_id, i.person_id, p.name AS author_name, i.title, i.description,
  i.category, i.status, i.moderation, i.votes, i.comment_count, i.trending, i.merged_into, i.response_body,
  i.response_person_id, i.response_name, i.response_at, i.created_at, i.updated_at`;

/** Columns plus the viewer's vote and follow, `$me` being the viewer's parameter. */
const viewerColumns = (me: string) => `${COLUMNS},
  EXISTS (SELECT 1 FROM idea_votes v WHERE v.site_id = i.site_id AND v.idea_id = i.id AND v.person_id = ${me}::uuid) AS voted_by_me,
  EXISTS (SELECT 1 FROM idea_followers f WHERE f.site_id = i.site_id AND f.idea_id = i.id AND f.person_id = ${me}::uuid) AS following`;

const FROM = "FROM ideas i JOIN people p ON p.id = i.person_id";

/** `trending` is log2 of a sum of 2^x terms, x = days since this epoch / the board's half-life. */
export const TRENDING_EPOCH_MS = Date.UTC(2020, 0, 1);
const DAY_MS = 86_400_000;
export const trendingX = (atMs: number, halfLifeDays: number) =>
  (atMs - TRENDING_EPOCH_MS) / DAY_MS / halfLifeDays;

/** log2(2^a + 2^b) without leaving log space (2^x overflows a double within decades). */
export const logAdd2 = (a: number, b: number) => {
  const hi = Math.max(a, b);
  return hi + Math.log2(1 + 2 ** Math.max(-Math.abs(a - b), -1000));
};

/** Keyset order per sort: the first key varies, ties broken by (created_at DESC, id DESC). */
const SORTS: Record<IdeaSortKey, KeysetSort<IdeaRow>> = {
  new: {
    order: "i.created_at DESC, i.id DESC",
    after: "(i.created_at, i.id) < ($C::timestamptz, $I::uuid)",
    key: () => null,
  },
  top: {
    order: "i.votes DESC, i.created_at DESC, i.id DESC",
    after: "(i.votes < $K OR (i.votes = $K AND (i.created_at, i.id) < ($C::timestamptz, $I::uuid)))",
    key: (r) => r.votes,
  },
  trending: {
    order: "i.trending DESC, i.created_at DESC, i.id DESC",
    after: "(i.trending < $K OR (i.trending = $K AND (i.created_at, i.id) < ($C::timestamptz, $I::uuid)))",
    key: (r) => Number(r.trending),
  },
};

export function ideasStore(db: Driver) {
  const get = async (siteId: string, id: string, viewerId?: string): Promise<IdeaRecord | null> => {
    const rows = await db.query<IdeaRow>(
      `SELECT ${viewerId ? viewerColumns("$3") : COLUMNS} ${FROM} WHERE i.site_id = $1 AND i.id = $2::uuid`,
      viewerId ? [siteId, id, viewerId] : [siteId, id],
    );
    return rows[0] ? toIdea(rows[0]) : null;
  };

  return {
    get,

    /** Creates an idea (pending under pre-moderation); its author follows it from the start. */
    create(input: {
      siteId: string;
      boardId: string;
      personId: string;
      title: string;
      description: string;
      category: string | null;
      premoderation: boolean;
      halfLifeDays: number;
      /** Seed data only: backdate the idea. */
      createdAt?: string;
    }): Promise<IdeaRecord> {
      return db.transaction(async (tx) => {
        const id = uuidv7();
        const at = input.createdAt ?? new Date().toISOString();
        await tx.query(
          `INSERT INTO ideas (id, site_id, board_id, person_id, title, description, category, status, moderation,
             votes, comment_count, trending, created_at, updated_at)
           VALUES ($1::uuid, $2, $3, $4::uuid, $5, $6, $7, 'open', $8, 0, 0, $9, $10::timestamptz, $10::timestamptz)`,
          [
            id,
            input.siteId,
            input.boardId,
            input.personId,
            input.title,
            input.description,
            input.category,
            input.premoderation ? "pending" : "published",
            trendingX(Date.parse(at), input.halfLifeDays),
            at,
          ],
        );
        await tx.query(
          `INSERT INTO idea_followers (site_id, idea_id, person_id, created_at)
           VALUES ($1, $2::uuid, $3::uuid, $4::timestamptz) ON CONFLICT DO NOTHING`,
          [input.siteId, id, input.personId, at],
        );
        return (await ideasStore(tx).get(input.siteId, id, input.personId))!;
      });
    },

    /** One page in keyset order; merged ideas only when asked for by status. Authors see their pending ideas. */
    async list(q: {
      siteId: string;
      boardId: string;
      sort: IdeaSortKey;
      status?: IdeaStatus | undefined;
      category?: string | undefined;
      q?: string | undefined;
      cursor?: string | undefined;
      limit: number;
      viewerId?: string | undefined;
    }): Promise<{ items: IdeaRecord[]; next: string | null }> {
      const sort = SORTS[q.sort];
      const { params, p } = sqlParams([q.siteId, q.boardId]);
      let columns = COLUMNS;
      let visible = "i.moderation = 'published'";
      if (q.viewerId) {
        const me = p(q.viewerId);
        columns = viewerColumns(me);
        visible = `(i.moderation = 'published' OR (i.moderation = 'pending' AND i.person_id = ${me}::uuid))`;
      }
      let where = `i.site_id = $1 AND i.board_id = $2 AND ${visible}`;
      where += q.status ? ` AND i.status = ${p(q.status)}` : " AND i.status <> 'merged'";
      if (q.category) where += ` AND i.category = ${p(q.category)}`;
      if (q.q) where += ` AND i.search @@ websearch_to_tsquery('english', ${p(q.q)})`;
      if (q.cursor) where += ` AND ${afterKeyset(q.cursor, q.sort, sort, p)}`;
      const rows = await db.query<IdeaRow>(
        `SELECT ${columns} ${FROM} WHERE ${where} ORDER BY ${sort.order} LIMIT ${p(q.limit + 1)}`,
        params,
      );
      const { page, next } = keysetPage(rows, q.limit, q.sort, sort);
      return { items: page.map(toIdea), next };
    },

    /**
     * Published, unmerged ideas on the board closest to `text`: trigram similarity of the title (typos,
     * partial words) or a full-text match of title and description.
     */
    async similar(
      siteId: string,
      boardId: string,
      text: string,
      limit: number,
    ): Promise<{ id: string; title: string; status: IdeaStatus; votes: number; score: number }[]> {
      return similarByTitle<{ id: string; title: string; status: IdeaStatus; votes: number }>(db, {
        table: "ideas",
        columns: "id, title, status, votes",
        where: "site_id = $1 AND board_id = $2 AND moderation = 'published' AND status <> 'merged'",
        tiebreak: "votes",
        siteId,
        scope: boardId,
        text,
        limit,
      });
    },

    /** Moderation: pending → published or → rejected. Null when there is no such idea. */
    async moderate(siteId: string, id: string, to: "published" | "rejected"): Promise<IdeaRecord | null> {
      const rows = await db.query(
        `UPDATE ideas SET moderation = $3, updated_at = $4::timestamptz WHERE site_id = $1 AND id = $2::uuid
         RETURNING id`,
        [siteId, id, to, new Date().toISOString()],
      );
      return rows[0] ? get(siteId, id) : null;
    },
  };
}
