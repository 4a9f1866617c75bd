import { type Driver, sqlParams } from "./driver.ts";
import { uuidv7 } from "./ids.ts";
import { afterKeyset, type KeysetSort, keysetPage } from "./keyset.ts";

export type ReviewStatus = "published" | "pending" | "rejected";
export type ReviewSortKey = "newest" | "highest" | "lowest" | "helpful";

export interface ReviewRecord {
  id: string;
  siteId: string;
  subject: string;
  personId: string;
  authorName: string;
  rating: number;
  title: string | null;
  body: string;
  status: ReviewStatus;
  helpful: number;
  createdAt: string;
  updatedAt: string;
  helpfulByMe?: boolean;
}

export interface SummaryRecord {
  count: number;
  average: number;
  histogram: { "1": number; "2": number; "3": number; "4": number; "5": number };
}

type ReviewRow = {
  id: string;
  site_id: string;
  subject: string;
  person_id: string;
  author_name: string;
  rating: number;
  title: string | null;
  body: string;
  status: ReviewStatus;
  helpful: number;
  created_at: Date;
  updated_at: Date;
  helpful_by_me?: boolean;
};

const toReview = (r: ReviewRow): ReviewRecord => ({
  id: r.id,
  siteId: r.site_id,
  subject: r.subject,
  personId: r.person_id,
  authorName: r.author_name,
  rating: r.rating,
  title: r.title,
  body: r.body,
  status: r.status,
  helpful: r.helpful,
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
  ...(r.helpful_by_me === undefined ? {} : { helpfulByMe: r.helpful_by_me }),
});

const SELECT_REVIEW = `SELECT r.*, p.name AS author_name FROM reviews r JOIN people p ON p.id = r.person_id`;

/** Keyset order per sort: the first key varies, ties broken by (created_at DESC, id DESC). */
const SORTS: Record<ReviewSortKey, KeysetSort<ReviewRow>> = {
  newest: {
    order: "r.created_at DESC, r.id DESC",
    after: "(r.created_at, r.id) < ($C::timestamptz, $I::uuid)",
    key: () => null,
  },
  highest: {
    order: "r.rating DESC, r.created_at DESC, r.id DESC",
    after: "(r.rating < $K OR (r.rating = $K AND (r.created_at, r.id) < ($C::timestamptz, $I::uuid)))",
    key: (r) => r.rating,
  },
  lowest: {
    order: "r.rating ASC, r.created_at DESC, r.id DESC",
    after: "(r.rating > $K OR (r.rating = $K AND (r.created_at, r.id) < ($C::timestamptz, $I::uuid)))",
    key: (r) => r.rating,
  },
  helpful: {
    order: "r.helpful DESC, r.created_at DESC, r.id DESC",
    after: "(r.helpful < $K OR (r.helpful = $K AND (r.created_at, r.id) < ($C::timestamptz, $I::uuid)))",
    key: (r) => r.helpful,
  },
};

type SummaryRow = {
  count: number;
  rating_sum: number;
  h1: number;
  h2: number;
  h3: number;
  h4: number;
  h5: number;
};

const toSummary = (r: SummaryRow | undefined): SummaryRecord => {
  const count = r?.count ?? 0;
  return {
    count,
    average: count === 0 ? 0 : Math.round((r!.rating_sum / count) * 100) / 100,
    histogram: { "1": r?.h1 ?? 0, "2": r?.h2 ?? 0, "3": r?.h3 ?? 0, "4": r?.h4 ?? 0, "5": r?.h5 ?? 0 },
  };
};

/** Moves one rating in (+1) or out (-1) of the subject's summary row. The column name is from a fixed set. */
async function shiftSummary(db: Driver, siteId: string, subject: string, rating: number, by: 1 | -1) {
  const h = `h${rating}`;
  if (!/^h[1-5]$/.test(h)) throw new Error(`rating out of range: ${rating}`);
  await db.query(
    `UPDATE review_summaries SET count = count + $3, rating_sum = rating_sum + $4, ${h} = ${h} + $3
     WHERE site_id = $1 AND subject = $2`,
    [siteId, subject, by, by * rating],
  );
}

/** Locks the subject's summary row (creating it), which serialises every review change on that subject. */
async function lockSubject(db: Driver, siteId: string, subject: string) {
  await db.query(
    "INSERT INTO review_summaries (site_id, subject) VALUES ($1, $2) ON CONFLICT (site_id, subject) DO NOTHING",
    [siteId, subject],
  );
  await db.query("SELECT 1 FROM review_summaries WHERE site_id = $1 AND subject = $2 FOR UPDATE", [
    siteId,
    subject,
  ]);
}

export function reviewsStore(db: Driver) {
  const get = async (siteId: string, id: string): Promise<ReviewRecord | null> => {
    const rows = await db.query<ReviewRow>(`${SELECT_REVIEW} WHERE r.site_id = $1 AND r.id = $2::uuid`, [
      siteId,
      id,
    ]);
    return rows[0] ? toReview(rows[0]) : null;
  };

  return {
    get,

    async summary(siteId: string, subject: string): Promise<SummaryRecord> {
      const rows = await db.query<SummaryRow>(
        "SELECT count, rating_sum, h1, h2, h3, h4, h5 FROM review_summaries WHERE site_id = $1 AND subject = $2",
        [siteId, subject],
      );
      return toSummary(rows[0]);
    },

    /**
     * Creates the person's review of the subject, or edits it if they already wrote one.
     * The summary moves in the same transaction. Under pre-moderation the result is pending.
     */
    upsert(input: {
      siteId: string;
      subject: string;
      personId: string;
      rating: number;
      title: string | null;
      body: string;
      premoderation: boolean;
      /** Seed data only: backdate the review. */
      createdAt?: string;
    }): Promise<{ review: ReviewRecord; created: boolean }> {
      return db.transaction(async (tx) => {
        const { siteId, subject } = input;
        await lockSubject(tx, siteId, subject);
        const status: ReviewStatus = input.premoderation ? "pending" : "published";
        const now = input.createdAt ?? new Date().toISOString();
        const existing = await tx.query<{ id: string; rating: number; status: ReviewStatus }>(
          "SELECT id, rating, status FROM reviews WHERE site_id = $1 AND subject = $2 AND person_id = $3::uuid",
          [siteId, subject, input.personId],
        );
        const old = existing[0];
        let id: string;
        if (old) {
          id = old.id;
          await tx.query(
            `UPDATE reviews SET rating = $3, title = $4, body = $5, status = $6, updated_at = $7::timestamptz
             WHERE site_id = $1 AND id = $2::uuid`,
            [siteId, id, input.rating, input.title, input.body, status, now],
          );
          if (old.status === "published") await shiftSummary(tx, siteId, subject, old.rating, -1);
        } else {
          id = uuidv7();
          await tx.query(
            `INSERT INTO reviews (id, site_id, subject, person_id, rating, title, body, status, helpful, created_at, updated_at)
             VALUES ($1::uuid, $2, $3, $4::uuid, $5, $6, $7, $8, 0, $9::timestamptz, $9::timestamptz)`,
            [id, siteId, subject, input.personId, input.rating, input.title, input.body, status, now],
          );
        }
        if (status === "published") await shiftSummary(tx, siteId, subject, input.rating, 1);
        const review = await reviewsStore(tx).get(siteId, id);
        return { review: review!, created: !old };
      });
    },

    /** Moderation: pending → published (counted) or → rejected (uncounted). Null when there is no such review. */
    setStatus(siteId: string, id: string, to: "published" | "rejected"): Promise<ReviewRecord | null> {
      return db.transaction(async (tx) => {
        const found = await reviewsStore(tx).get(siteId, id);
        if (!found) return null;
        await lockSubject(tx, siteId, found.subject);
        const rows = await tx.query<{ status: ReviewStatus; rating: number }>(
          "SELECT status, rating FROM reviews WHERE site_id = $1 AND id = $2::uuid",
          [siteId, id],
        );
        const cur = rows[0]!;
        if (cur.status === to) return found;
        if (cur.status === "published") await shiftSummary(tx, siteId, found.subject, cur.rating, -1);
        if (to === "published") await shiftSummary(tx, siteId, found.subject, cur.rating, 1);
        await tx.query(
          "UPDATE reviews SET status = $3, updated_at = $4::timestamptz WHERE site_id = $1 AND id = $2::uuid",
          [siteId, id, to, new Date().toISOString()],
        );
        return reviewsStore(tx).get(siteId, id);
      });
    },

    /** One page in keyset order. A viewer also sees their own pending review and their helpful marks. */
    async list(q: {
      siteId: string;
      subject: string;
      sort: ReviewSortKey;
      rating?: number | undefined;
      cursor?: string | undefined;
      limit: number;
      viewerId?: string | undefined;
    }): Promise<{ items: ReviewRecord[]; next: string | null }> {
      const sort = SORTS[q.sort];
      const { params, p } = sqlParams([q.siteId, q.subject]);
      let select = SELECT_REVIEW;
      let visible = "r.status = 'published'";
      if (q.viewerId) {
        const me = p(q.viewerId);
        select = `SELECT r.*, p.name AS author_name, EXISTS (SELECT 1 FROM helpful_votes h
          WHERE h.site_id = r.site_id AND h.review_id = r.id AND h.person_id = ${me}::uuid) AS helpful_by_me
          FROM reviews r JOIN people p ON p.id = r.person_id`;
        visible = `(r.status = 'published' OR (r.status = 'pending' AND r.person_id = ${me}::uuid))`;
      }
      let where = `r.site_id = $1 AND r.subject = $2 AND ${visible}`;
      if (q.rating !== undefined) where += ` AND r.rating = ${p(q.rating)}`;
      if (q.cursor) where += ` AND ${afterKeyset(q.cursor, q.sort, sort, p, { integerKey: true })}`;
      const rows = await db.query<ReviewRow>(
        `${select} WHERE ${where} ORDER BY ${sort.order} LIMIT ${p(q.limit + 1)}`,
        params,
      );
      const { page, next } = keysetPage(rows, q.limit, q.sort, sort);
      return { items: page.map(toReview), next };
    },
  };
}
