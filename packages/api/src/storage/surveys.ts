import type { SurveyCounts, SurveyDefinition, SurveyStatus } from "@corner/contracts";
import type { Driver } from "./driver.ts";

/** A stored survey: its definition (status from its own column), timestamps and exact counters. */
export interface SurveyRecord {
  definition: SurveyDefinition;
  createdAt: string;
  updatedAt: string;
  counts: SurveyCounts;
}

/** What the server remembers of one signed-in person and one survey. */
export interface SurveyPersonRecord {
  shownAt: string | null;
  dismissedAt: string | null;
  answeredAt: string | null;
}

export type SurveyEventType = "shown" | "dismissed";

type SurveyRow = {
  id: string;
  status: SurveyStatus;
  definition: SurveyDefinition | string;
  created_at: Date;
  updated_at: Date;
  shown: number | null;
  dismissed: number | null;
  responses: number | null;
  completed: number | null;
};

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

/** The stored definition with the status column, which PATCH changes on its own. */
export const toDefinition = (r: Pick<SurveyRow, "definition" | "status">): SurveyDefinition => {
  const def =
    typeof r.definition === "string" ? (JSON.parse(r.definition) as SurveyDefinition) : r.definition;
  return { ...def, status: r.status };
};

const toSurvey = (r: SurveyRow): SurveyRecord => ({
  definition: toDefinition(r),
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
  counts: {
    shown: r.shown ?? 0,
    dismissed: r.dismissed ?? 0,
    responses: r.responses ?? 0,
    completed: r.completed ?? 0,
  },
});

const SELECT = `SELECT s.id, s.status, s.definition, s.created_at, s.updated_at,
    t.shown, t.dismissed, t.responses, t.completed
  FROM surveys s LEFT JOIN survey_stats t ON t.site_id = s.site_id AND t.survey_id = s.id`;

export function surveysStore(db: Driver) {
  const get = async (siteId: string, id: string): Promise<SurveyRecord | null> => {
    const rows = await db.query<SurveyRow>(`${SELECT} WHERE s.site_id = $1 AND s.id = $2`, [siteId, id]);
    return rows[0] ? toSurvey(rows[0]) : null;
  };

  return {
    get,

    /** Every survey of the site, oldest first. */
    async list(siteId: string): Promise<SurveyRecord[]> {
      const rows = await db.query<SurveyRow>(`${SELECT} WHERE s.site_id = $1 ORDER BY s.created_at, s.id`, [
        siteId,
      ]);
      return rows.map(toSurvey);
    },

    /** The definitions of the site's active surveys (what `eligible` and the public read choose from). */
    async active(siteId: string): Promise<SurveyDefinition[]> {
      const rows = await db.query<Pick<SurveyRow, "definition" | "status">>(
        "SELECT status, definition FROM surveys WHERE site_id = $1 AND status = 'active' ORDER BY created_at, id",
        [siteId],
      );
      return rows.map(toDefinition);
    },

    /** Stores a new survey with zeroed counters; null when the site already has one with this id. */
    create(siteId: string, definition: SurveyDefinition, at = new Date().toISOString()) {
      return db.transaction(async (tx) => {
        const rows = await tx.query(
          `INSERT INTO surveys (site_id, id, status, definition, created_at, updated_at)
           VALUES ($1, $2, $3, $4::jsonb, $5::timestamptz, $5::timestamptz)
           ON CONFLICT (site_id, id) DO NOTHING RETURNING id`,
          [siteId, definition.id, definition.status, JSON.stringify(definition), at],
        );
        if (rows.length === 0) return null;
        await tx.query("INSERT INTO survey_stats (site_id, survey_id) VALUES ($1, $2)", [
          siteId,
          definition.id,
        ]);
        return surveysStore(tx).get(siteId, definition.id);
      });
    },

    /** Replaces the definition (status included); null when there is no such survey. Answers stay. */
    async replace(siteId: string, definition: SurveyDefinition): Promise<SurveyRecord | null> {
      const rows = await db.query(
        `UPDATE surveys SET definition = $3::jsonb, status = $4, updated_at = $5::timestamptz
         WHERE site_id = $1 AND id = $2 RETURNING id`,
        [siteId, definition.id, JSON.stringify(definition), definition.status, new Date().toISOString()],
      );
      return rows.length === 0 ? null : get(siteId, definition.id);
    },

    /** Starts, pauses or ends a survey; null when there is no such survey. */
    async setStatus(siteId: string, id: string, status: SurveyStatus): Promise<SurveyRecord | null> {
      const rows = await db.query(
        "UPDATE surveys SET status = $3, updated_at = $4::timestamptz WHERE site_id = $1 AND id = $2 RETURNING id",
        [siteId, id, status, new Date().toISOString()],
      );
      return rows.length === 0 ? null : get(siteId, id);
    },

    /**
     * Counts a shown or dismissed event and, for a signed-in person, remembers when. False when the site
     * has no such survey or it is a draft (never shown to visitors).
     */
    event(input: {
      siteId: string;
      surveyId: string;
      type: SurveyEventType;
      personId?: string | undefined;
      at?: string;
    }): Promise<boolean> {
      const at = input.at ?? new Date().toISOString();
      return db.transaction(async (tx) => {
        const column = input.type === "shown" ? "shown" : "dismissed";
        const rows = await tx.query(
          `UPDATE survey_stats t SET ${column} = t.${column} + 1 FROM surveys s
           WHERE t.site_id = $1 AND t.survey_id = $2 AND s.site_id = t.site_id AND s.id = t.survey_id
             AND s.status <> 'draft'
           RETURNING t.survey_id`,
          [input.siteId, input.surveyId],
        );
        if (rows.length === 0) return false;
        if (input.personId) {
          await rememberPerson(tx, input.siteId, input.personId, input.surveyId, `${column}_at`, at);
        }
        return true;
      });
    },

    /** What the server remembers of a signed-in person, per survey id. */
    async history(siteId: string, personId: string): Promise<Record<string, SurveyPersonRecord>> {
      const rows = await db.query<{
        survey_id: string;
        shown_at: Date | null;
        dismissed_at: Date | null;
        answered_at: Date | null;
      }>(
        "SELECT survey_id, shown_at, dismissed_at, answered_at FROM survey_people WHERE site_id = $1 AND person_id = $2::uuid",
        [siteId, personId],
      );
      return Object.fromEntries(
        rows.map((r) => [
          r.survey_id,
          {
            shownAt: isoOrNull(r.shown_at),
            dismissedAt: isoOrNull(r.dismissed_at),
            answeredAt: isoOrNull(r.answered_at),
          },
        ]),
      );
    },
  };
}

/** Records when a person was shown, dismissed or answered a survey (the latest moment of each kind). */
export async function rememberPerson(
  tx: Driver,
  siteId: string,
  personId: string,
  surveyId: string,
  column: "shown_at" | "dismissed_at" | "answered_at",
  at: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO survey_people (site_id, person_id, survey_id, ${column})
     VALUES ($1, $2::uuid, $3, $4::timestamptz)
     ON CONFLICT (site_id, person_id, survey_id)
     DO UPDATE SET ${column} = GREATEST(survey_people.${column}, EXCLUDED.${column})`,
    [siteId, personId, surveyId, at],
  );
}
