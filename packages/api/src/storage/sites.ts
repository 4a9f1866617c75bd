import { SURVEY_CONTACT_BUDGET_DAYS } from "@corner/contracts/limits";
import type { Driver } from "./driver.ts";

export interface SiteRecord {
  id: string;
  name: string;
  origins: string[];
  ssoSecret: string;
  allowGuests: boolean;
  premoderation: boolean;
  /** Q&A: reputation at or above this earns the `top_contributor` badge. */
  topContributorThreshold: number;
  /** Surveys: days between two prompts to one visitor, across every survey (the contact budget). */
  surveyContactDays: number;
  createdAt: string;
}

type SiteRow = {
  id: string;
  name: string;
  origins: string[];
  sso_secret: string;
  allow_guests: boolean;
  premoderation: boolean;
  top_contributor_threshold: number;
  survey_contact_days: number;
  created_at: Date;
};

const toSite = (r: SiteRow): SiteRecord => ({
  id: r.id,
  name: r.name,
  origins: r.origins,
  ssoSecret: r.sso_secret,
  allowGuests: r.allow_guests,
  premoderation: r.premoderation,
  topContributorThreshold: r.top_contributor_threshold,
  surveyContactDays: r.survey_contact_days,
  createdAt: new Date(r.created_at).toISOString(),
});

export function sitesStore(db: Driver) {
  return {
    /** Creates the site; null when the id is taken. */
    async create(
      s: Omit<SiteRecord, "createdAt" | "topContributorThreshold" | "surveyContactDays"> & {
        topContributorThreshold?: number;
        surveyContactDays?: number;
      },
    ): Promise<SiteRecord | null> {
      const rows = await db.query<SiteRow>(
        `INSERT INTO sites (id, name, origins, sso_secret, allow_guests, premoderation, top_contributor_threshold,
           survey_contact_days, created_at)
         VALUES ($1, $2, $3::text[], $4, $5, $6, $7, $8, $9::timestamptz)
         ON CONFLICT (id) DO NOTHING RETURNING *`,
        [
          s.id,
          s.name,
          s.origins,
          s.ssoSecret,
          s.allowGuests,
          s.premoderation,
          s.topContributorThreshold ?? 50,
          s.surveyContactDays ?? SURVEY_CONTACT_BUDGET_DAYS,
          new Date().toISOString(),
        ],
      );
      return rows[0] ? toSite(rows[0]) : null;
    },
    async get(id: string): Promise<SiteRecord | null> {
      const rows = await db.query<SiteRow>("SELECT * FROM sites WHERE id = $1", [id]);
      return rows[0] ? toSite(rows[0]) : null;
    },
  };
}
