import type { Driver } from "./driver.ts";
import { uuidv7 } from "./ids.ts";

export interface ReportRecord {
  id: string;
  reviewId: string;
  reason: string;
  note: string | null;
  createdAt: string;
  review?: { subject: string; rating: number; title: string | null; body: string; status: string };
}

type ReportRow = {
  id: string;
  review_id: string;
  reason: string;
  note: string | null;
  created_at: Date;
  subject?: string;
  rating?: number;
  title?: string | null;
  body?: string;
  status?: string;
};

const toReport = (r: ReportRow): ReportRecord => ({
  id: r.id,
  reviewId: r.review_id,
  reason: r.reason,
  note: r.note,
  createdAt: new Date(r.created_at).toISOString(),
  ...(r.subject === undefined
    ? {}
    : {
        review: {
          subject: r.subject,
          rating: r.rating!,
          title: r.title ?? null,
          body: r.body!,
          status: r.status!,
        },
      }),
});

export function reportsStore(db: Driver) {
  return {
    /**
     * One report per person per review: a second report returns the first one (`created: false`).
     * Null when the review does not exist on the site.
     */
    create(r: {
      siteId: string;
      reviewId: string;
      personId: string;
      reason: string;
      note: string | null;
    }): Promise<{ report: ReportRecord; created: boolean } | null> {
      return db.transaction(async (tx) => {
        const review = await tx.query(
          "SELECT 1 FROM reviews WHERE site_id = $1 AND id = $2::uuid AND status <> 'rejected'",
          [r.siteId, r.reviewId],
        );
        if (!review[0]) return null;
        const inserted = await tx.query<ReportRow>(
          `INSERT INTO reports (id, site_id, review_id, person_id, reason, note, created_at)
           VALUES ($1::uuid, $2, $3::uuid, $4::uuid, $5, $6, $7::timestamptz)
           ON CONFLICT (site_id, review_id, person_id) DO NOTHING RETURNING *`,
          [uuidv7(), r.siteId, r.reviewId, r.personId, r.reason, r.note, new Date().toISOString()],
        );
        if (inserted[0]) return { report: toReport(inserted[0]), created: true };
        const rows = await tx.query<ReportRow>(
          "SELECT * FROM reports WHERE site_id = $1 AND review_id = $2::uuid AND person_id = $3::uuid",
          [r.siteId, r.reviewId, r.personId],
        );
        return { report: toReport(rows[0]!), created: false };
      });
    },
    /** Newest first, with the reported review, for moderators. */
    async list(siteId: string, limit = 100): Promise<ReportRecord[]> {
      const rows = await db.query<ReportRow>(
        `SELECT rp.id, rp.review_id, rp.reason, rp.note, rp.created_at,
                r.subject, r.rating, r.title, r.body, r.status
         FROM reports rp JOIN reviews r ON r.id = rp.review_id AND r.site_id = rp.site_id
         WHERE rp.site_id = $1 ORDER BY rp.created_at DESC, rp.id DESC LIMIT $2`,
        [siteId, limit],
      );
      return rows.map(toReport);
    },
  };
}
