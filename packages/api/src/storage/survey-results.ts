import {
  type NpsSummary,
  type SurveyDefinition,
  type SurveyResults,
  type SurveyStepResult,
  scaleRange,
} from "@corner/contracts";
import type { Driver } from "./driver.ts";
import type { AnswerColumns } from "./survey-responses.ts";

/** Free-text answers listed per step, newest first. */
export const RESULT_TEXTS = 100;

export interface ResultsRange {
  interval: "day" | "week" | "month";
  /** Responses started at or after this moment. */
  from?: string | undefined;
  /** Responses started before this moment. */
  to?: string | undefined;
}

/** Two decimals, as averages are reported. */
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * % promoters (9–10) minus % detractors (0–6), rounded to a whole number with `Math.round` (halves go
 * up: 12.5 → 13, −12.5 → −12); null without answers.
 */
export const npsScore = (promoters: number, passives: number, detractors: number): number | null => {
  const n = promoters + passives + detractors;
  return n === 0 ? null : Math.round(((promoters - detractors) * 100) / n);
};

const npsOf = (counts: ReadonlyMap<number, number>): NpsSummary => {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const [value, n] of counts) {
    if (value >= 9) promoters += n;
    else if (value >= 7) passives += n;
    else detractors += n;
  }
  return { score: npsScore(promoters, passives, detractors), promoters, passives, detractors };
};

// Responses started in [from, to): $3 and $4, either may be null.
const RANGE = `r.site_id = $1 AND r.survey_id = $2
  AND ($3::timestamptz IS NULL OR r.started_at >= $3::timestamptz)
  AND ($4::timestamptz IS NULL OR r.started_at < $4::timestamptz)`;
const ANSWERS = `survey_answers a JOIN survey_responses r ON r.id = a.response_id
  WHERE a.site_id = $1 AND a.survey_id = $2 AND ${RANGE}`;

const iso = (d: Date | string) => new Date(d).toISOString();

export function surveyResultsStore(db: Driver) {
  return {
    /**
     * Per step (in the definition's order) and per period, over the answers of responses started in the
     * range, partial ones included. Aggregated in SQL over the survey's answer rows (an admin read).
     */
    async results(
      siteId: string,
      definition: SurveyDefinition,
      range: ResultsRange,
    ): Promise<Pick<SurveyResults, "steps" | "overTime">> {
      const base = [siteId, definition.id, range.from ?? null, range.to ?? null];
      const [perStep, scales, choices, texts] = await Promise.all([
        db.query<{ step_id: string; answered: number; others: number }>(
          `SELECT a.step_id, count(*)::int AS answered, count(a.other)::int AS others FROM ${ANSWERS}
           GROUP BY a.step_id`,
          base,
        ),
        db.query<{ step_id: string; num: number; n: number }>(
          `SELECT a.step_id, a.num, count(*)::int AS n FROM ${ANSWERS} AND a.num IS NOT NULL
           GROUP BY a.step_id, a.num`,
          base,
        ),
        db.query<{ step_id: string; choice: string; n: number }>(
          `SELECT a.step_id, c.choice, count(*)::int AS n
           FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
             CROSS JOIN LATERAL unnest(a.choices) AS c(choice)
           WHERE a.site_id = $1 AND a.survey_id = $2 AND ${RANGE}
           GROUP BY a.step_id, c.choice`,
          base,
        ),
        db.query<{ step_id: string; response_id: string; t: string; answered_at: Date }>(
          `SELECT step_id, response_id, t, answered_at FROM (
             SELECT a.step_id, a.response_id, COALESCE(a.text, a.other) AS t, a.answered_at,
               row_number() OVER (PARTITION BY a.step_id ORDER BY a.answered_at DESC, a.response_id DESC) AS rn
             FROM ${ANSWERS} AND (a.text IS NOT NULL OR a.other IS NOT NULL)
           ) x WHERE rn <= ${RESULT_TEXTS} ORDER BY step_id, answered_at DESC, response_id DESC`,
          base,
        ),
      ]);

      const steps: SurveyStepResult[] = definition.steps.map((step) => {
        const counted = perStep.find((r) => r.step_id === step.id);
        const out: SurveyStepResult = {
          id: step.id,
          type: step.type,
          question: step.question,
          answered: counted?.answered ?? 0,
        };
        const range = scaleRange(step);
        if (range) {
          const counts = new Map<number, number>();
          for (const r of scales) {
            if (r.step_id === step.id && r.num >= range[0] && r.num <= range[1]) counts.set(r.num, r.n);
          }
          out.distribution = [];
          let n = 0;
          let sum = 0;
          for (let value = range[0]; value <= range[1]; value++) {
            const count = counts.get(value) ?? 0;
            out.distribution.push({ value, count });
            n += count;
            sum += value * count;
          }
          out.average = n === 0 ? null : round2(sum / n);
          if (step.type === "nps") out.nps = npsOf(counts);
        } else if (step.type === "single" || step.type === "multiple") {
          const count = (id: string) => choices.find((r) => r.step_id === step.id && r.choice === id)?.n ?? 0;
          out.distribution = step.choices.map((c) => ({ value: c.id, count: count(c.id) }));
          if (step.other) out.distribution.push({ value: "other", count: counted?.others ?? 0 });
        }
        if (step.type === "text" || ((step.type === "single" || step.type === "multiple") && step.other)) {
          out.texts = texts
            .filter((r) => r.step_id === step.id)
            .map((r) => ({ responseId: r.response_id, text: r.t, at: iso(r.answered_at) }));
        }
        return out;
      });

      const nps = definition.steps.find((s) => s.type === "nps")?.id ?? null;
      const csat = definition.steps.find((s) => s.type === "csat")?.id ?? null;
      const periods = await db.query<{
        start: Date;
        responses: number;
        completed: number;
        promoters: number;
        passives: number;
        detractors: number;
        csat_n: number;
        csat_sum: number | string | null;
      }>(
        `SELECT date_trunc($5, r.started_at, 'UTC') AS start,
           count(*)::int AS responses, count(r.completed_at)::int AS completed,
           count(*) FILTER (WHERE n.num >= 9)::int AS promoters,
           count(*) FILTER (WHERE n.num BETWEEN 7 AND 8)::int AS passives,
           count(*) FILTER (WHERE n.num BETWEEN 0 AND 6)::int AS detractors,
           count(c.num)::int AS csat_n, sum(c.num)::int AS csat_sum
         FROM survey_responses r
           LEFT JOIN survey_answers n ON n.response_id = r.id AND n.step_id = $6
           LEFT JOIN survey_answers c ON c.response_id = r.id AND c.step_id = $7
         WHERE ${RANGE}
         GROUP BY 1 ORDER BY 1`,
        [...base, range.interval, nps, csat],
      );
      const overTime = periods.map((p) => ({
        start: iso(p.start),
        responses: p.responses,
        completed: p.completed,
        nps: nps === null ? null : npsScore(p.promoters, p.passives, p.detractors),
        csat: csat === null || p.csat_n === 0 ? null : round2(Number(p.csat_sum) / p.csat_n),
      }));
      return { steps, overTime };
    },

    /**
     * One batch of responses in (started_at, id) order after `after`, each with its answers, for the
     * CSV export (which pages through with this so a large survey never sits in memory at once).
     */
    async exportBatch(
      siteId: string,
      surveyId: string,
      after: { startedAt: string; id: string } | null,
      limit: number,
    ): Promise<ExportRow[]> {
      const rows = await db.query<{
        id: string;
        started_at: Date;
        updated_at: Date;
        completed_at: Date | null;
        url: string | null;
        language: string | null;
        device: string | null;
        signed_in: boolean;
      }>(
        `SELECT r.id, r.started_at, r.updated_at, r.completed_at, r.url, r.language, r.device,
           r.person_id IS NOT NULL AS signed_in
         FROM survey_responses r
         WHERE r.site_id = $1 AND r.survey_id = $2
           AND ($3::timestamptz IS NULL OR (r.started_at, r.id) > ($3::timestamptz, $4::uuid))
         ORDER BY r.started_at, r.id LIMIT $5`,
        [siteId, surveyId, after?.startedAt ?? null, after?.id ?? null, limit],
      );
      if (rows.length === 0) return [];
      const answers = await db.query<AnswerColumns & { response_id: string; step_id: string }>(
        `SELECT response_id, step_id, num, choices, other, text FROM survey_answers
         WHERE site_id = $1 AND survey_id = $2 AND response_id = ANY($3::uuid[])`,
        [siteId, surveyId, rows.map((r) => r.id)],
      );
      const byResponse = new Map<string, Map<string, AnswerColumns>>();
      for (const a of answers) {
        const m = byResponse.get(a.response_id) ?? new Map<string, AnswerColumns>();
        byResponse.set(a.response_id, m);
        m.set(a.step_id, a);
      }
      return rows.map((r) => ({
        id: r.id,
        startedAt: iso(r.started_at),
        updatedAt: iso(r.updated_at),
        completedAt: r.completed_at === null ? null : iso(r.completed_at),
        url: r.url,
        language: r.language,
        device: r.device,
        signedIn: r.signed_in,
        answers: byResponse.get(r.id) ?? new Map(),
      }));
    },
  };
}

export interface ExportRow {
  id: string;
  startedAt: string;
  updatedAt: string;
  completedAt: string | null;
  url: string | null;
  language: string | null;
  device: string | null;
  signedIn: boolean;
  answers: ReadonlyMap<string, AnswerColumns>;
}
