import type { Driver, Row } from "./driver.ts";

/**
 * Rows closest to `text` by title: trigram similarity of the title (typos, partial words)
 * or a full-text match of the row's `search` column (which scores 0.3). Scores are rounded to three
 * places; ties go to the larger `tiebreak`, then the newer id.
 */
export async function similarByTitle<T extends Row>(
  db: Driver,
  q: {
    table: string;
    columns: string;
    /** Which rows may match, with `$1` the site and `$2` the board or subject. */
    where: string;
    tiebreak: string;
    siteId: string;
    scope: string;
    text: string;
    limit: number;
  },
): Promise<(T & { score: number })[]> {
  const rows = await db.query<T & { score: number }>(
    `SELECT ${q.columns},
       GREATEST(similarity(title, $3), word_similarity($3, title),
         CASE WHEN search @@ plainto_tsquery('english', $3) THEN 0.3 ELSE 0 END)::float8 AS score
     FROM ${q.table}
     WHERE ${q.where}
       AND (title % $3 OR $3 <% title OR search @@ plainto_tsquery('english', $3))
     ORDER BY score DESC, ${q.tiebreak} DESC, id DESC LIMIT $4`,
    [q.siteId, q.scope, q.text, q.limit],
  );
  return rows.map((r) => ({ ...r, score: Math.round(Number(r.score) * 1000) / 1000 }));
}
