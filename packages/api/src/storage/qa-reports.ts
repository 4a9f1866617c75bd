import type { Driver } from "./driver.ts";
import { uuidv7 } from "./ids.ts";

export interface QaReportRecord {
  id: string;
  reason: string;
  createdAt: string;
}

type Row = { id: string; reason: string; created_at: Date };
const toReport = (r: Row): QaReportRecord => ({
  id: r.id,
  reason: r.reason,
  createdAt: new Date(r.created_at).toISOString(),
});

/** Abuse reports on questions and answers, as for reviews: one per person per item. */
export function qaReportsStore(db: Driver) {
  return {
    /**
     * Reports a published question or answer; a second report by the same person returns the first
     * (`created: false`). Null when there is no such published item on the site.
     */
    create(r: {
      siteId: string;
      target: "question" | "answer";
      id: string;
      personId: string;
      reason: string;
      note: string | null;
    }): Promise<{ report: QaReportRecord; created: boolean } | null> {
      return db.transaction(async (tx) => {
        const column = r.target === "question" ? "question_id" : "answer_id";
        const found = await tx.query(
          r.target === "question"
            ? "SELECT 1 FROM questions WHERE site_id = $1 AND id = $2::uuid AND status = 'published'"
            : `SELECT 1 FROM answers a JOIN questions q ON q.id = a.question_id
               WHERE a.site_id = $1 AND a.id = $2::uuid AND a.status = 'published' AND q.status = 'published'`,
          [r.siteId, r.id],
        );
        if (found.length === 0) return null;
        const inserted = await tx.query<Row>(
          `INSERT INTO qa_reports (id, site_id, ${column}, person_id, reason, note, created_at)
           VALUES ($1::uuid, $2, $3::uuid, $4::uuid, $5, $6, $7::timestamptz)
           ON CONFLICT DO NOTHING RETURNING id, reason, created_at`,
          [uuidv7(), r.siteId, r.id, r.personId, r.reason, r.note, new Date().toISOString()],
        );
        if (inserted[0]) return { report: toReport(inserted[0]), created: true };
        const rows = await tx.query<Row>(
          `SELECT id, reason, created_at FROM qa_reports
           WHERE site_id = $1 AND ${column} = $2::uuid AND person_id = $3::uuid`,
          [r.siteId, r.id, r.personId],
        );
        return { report: toReport(rows[0]!), created: false };
      });
    },
  };
}
