import type { Driver } from "./driver.ts";

export interface CategoryRecord {
  id: string;
  name: string;
}

export interface BoardRecord {
  siteId: string;
  id: string;
  title: string;
  description: string | null;
  categories: CategoryRecord[];
  trendingHalfLifeDays: number;
  createdAt: string;
}

type BoardRow = {
  site_id: string;
  id: string;
  title: string;
  description: string | null;
  categories: CategoryRecord[] | string;
  trending_half_life_days: number;
  created_at: Date;
};

const toBoard = (r: BoardRow): BoardRecord => ({
  siteId: r.site_id,
  id: r.id,
  title: r.title,
  description: r.description,
  categories:
    typeof r.categories === "string" ? (JSON.parse(r.categories) as CategoryRecord[]) : r.categories,
  trendingHalfLifeDays: Number(r.trending_half_life_days),
  createdAt: new Date(r.created_at).toISOString(),
});

export function boardsStore(db: Driver) {
  return {
    /** Creates the board; null when the site already has one with this id. */
    async create(b: Omit<BoardRecord, "createdAt"> & { createdAt?: string }): Promise<BoardRecord | null> {
      const rows = await db.query<BoardRow>(
        `INSERT INTO boards (site_id, id, title, description, categories, trending_half_life_days, created_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::timestamptz)
         ON CONFLICT (site_id, id) DO NOTHING RETURNING *`,
        [
          b.siteId,
          b.id,
          b.title,
          b.description,
          JSON.stringify(b.categories),
          b.trendingHalfLifeDays,
          b.createdAt ?? new Date().toISOString(),
        ],
      );
      return rows[0] ? toBoard(rows[0]) : null;
    },
    async get(siteId: string, id: string): Promise<BoardRecord | null> {
      const rows = await db.query<BoardRow>("SELECT * FROM boards WHERE site_id = $1 AND id = $2", [
        siteId,
        id,
      ]);
      return rows[0] ? toBoard(rows[0]) : null;
    },
  };
}
