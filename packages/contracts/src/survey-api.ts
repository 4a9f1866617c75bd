import * as v from "valibot";
import { Id, IsoDate } from "./common.ts";
import { SURVEY_STEPS_MAX } from "./limits.ts";
import {
  SurveyAnswer,
  SurveyDefinition,
  SurveyDisplay,
  SurveyFrequency,
  SurveyKey,
  SurveyStatus,
  SurveyStep,
  SurveyTrigger,
} from "./surveys.ts";

/**
 * What a page may know of a survey: its steps, how it is triggered and shown, and how long a dismissal
 * lasts. Targeting stays on the server. `GET /v1/sites/{site}/surveys/{id}` (active surveys only, for an
 * inline `<corner-survey survey>`) and each item of `eligible`.
 */
export const SurveyPublic = v.object({
  id: SurveyKey,
  name: v.string(),
  steps: v.array(SurveyStep),
  trigger: SurveyTrigger,
  display: SurveyDisplay,
  frequency: SurveyFrequency,
});
export type SurveyPublic = v.InferOutput<typeof SurveyPublic>;

/** Attribute values the host passed to `Corner.identify({ … })`. */
export const SurveyAttributes = v.pipe(
  v.record(
    SurveyKey,
    v.union(
      [v.pipe(v.string(), v.maxLength(200, "must be at most 200 characters")), v.number(), v.boolean()],
      "must be a string, number or boolean",
    ),
  ),
  v.check((r) => Object.keys(r).length <= 50, "must have at most 50 attributes"),
);
export type SurveyAttributes = v.InferOutput<typeof SurveyAttributes>;

/**
 * What the visitor's browser remembers about surveys, in first-party localStorage `corner:surveys:<site>`
 * (never a cookie): per survey id, when it was answered (`a`), dismissed (`d`) and last shown (`s`), in
 * epoch milliseconds, `p`, the last prompt of any survey, `v`, a random visitor id (the sampling bucket),
 * and `t`, what the host passed to `Corner.identify()`. `corner.js` sends it whole as JSON in
 * `eligible?history=`, so the server decides for anonymous visitors without keeping a profile of them.
 */
/** A browser's random id for sampling (not a secret): letters, digits, `_` or `-`. */
const VisitorId = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1–64 letters, digits, _ or -"),
);
const Epoch = v.pipe(v.number("must be a number"), v.integer("must be a whole number"), v.minValue(0));
export const SurveyLocalHistory = v.object({
  s: v.optional(
    v.pipe(
      v.record(SurveyKey, v.object({ a: v.optional(Epoch), d: v.optional(Epoch), s: v.optional(Epoch) })),
      v.check((r) => Object.keys(r).length <= 200, "must remember at most 200 surveys"),
    ),
    {},
  ),
  p: v.optional(Epoch),
  v: v.optional(VisitorId),
  t: v.optional(SurveyAttributes),
});
export type SurveyLocalHistory = v.InferOutput<typeof SurveyLocalHistory>;

/**
 * Parses a JSON object query parameter, so a bad one is a 400 naming that parameter, never a 500 (an
 * array is refused here: valibot's object and record schemas would take `[…]` for an object).
 */
const JsonParam = <T extends v.GenericSchema>(schema: T) =>
  v.pipe(
    v.string(),
    v.maxLength(8192, "must be at most 8192 characters"),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(dataset.value);
      } catch {
        addIssue({ message: "must be JSON" });
        return NEVER;
      }
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        addIssue({ message: "must be a JSON object" });
        return NEVER;
      }
      return parsed as unknown;
    }),
    schema,
  );

/**
 * `GET /v1/sites/{site}/surveys/eligible?url=…`. `url` is the page's path and query (or a whole URL, of
 * which only path and query count). `history` is the browser's {@link SurveyLocalHistory} as JSON.
 * `visitor` (the random first-party id: sampling is stable per visitor; a signed-in person's id is used
 * instead) and `attributes` (JSON) default to the history's `v` and `t`. `lang`, a comma-separated list of
 * language tags, defaults to the request's `Accept-Language`; `device` to what the request's client hints
 * (`Sec-CH-UA-Mobile`) or User-Agent say. With a bearer session the server adds what it remembers of that
 * person across devices; a stale token counts as no session.
 */
export const SurveyEligibleQuery = v.object({
  url: v.pipe(v.string("is required"), v.minLength(1, "must not be empty"), v.maxLength(2048)),
  visitor: v.optional(VisitorId),
  device: v.optional(v.picklist(["desktop", "mobile"], "must be desktop or mobile")),
  lang: v.optional(v.pipe(v.string(), v.maxLength(200))),
  history: v.optional(JsonParam(SurveyLocalHistory)),
  attributes: v.optional(JsonParam(SurveyAttributes)),
});
export type SurveyEligibleQuery = v.InferInput<typeof SurveyEligibleQuery>;

/** The surveys that may be shown now, highest priority first; empty when none (or over the contact budget). */
export const SurveyEligible = v.object({
  surveys: v.array(SurveyPublic),
  /** The site's days between two prompts to one visitor, which the browser applies to its own history. */
  contactBudgetDays: v.number(),
});
export type SurveyEligible = v.InferOutput<typeof SurveyEligible>;

/**
 * `POST /v1/sites/{site}/surveys/{id}/events`: the survey was shown (spends the contact budget) or
 * dismissed. Counted in the results; remembered per person for a signed-in visitor. Answers 204.
 */
export const SurveyEventCreate = v.strictObject({
  type: v.picklist(["shown", "dismissed"], "must be shown or dismissed"),
});
export type SurveyEventCreate = v.InferInput<typeof SurveyEventCreate>;

/**
 * `POST /v1/sites/{site}/surveys/{id}/responses`: the answers so far, sent after each step so a closed tab
 * still counts. The first call (no `responseId`) creates the response and answers its id and `key`; later
 * calls send both back and add or replace answers by step. `complete` marks the last step: the server then
 * checks every required step on the path the answers take and drops answers off that path. A completed
 * response cannot change (409). `context` is kept with the response (first call only).
 */
export const SurveyResponseWrite = v.strictObject({
  responseId: v.optional(Id),
  /** The secret the first call answered; proves an anonymous visitor continues their own response. */
  key: v.optional(v.pipe(v.string(), v.maxLength(100))),
  answers: v.pipe(
    v.array(SurveyAnswer),
    v.minLength(1, "must have at least one answer"),
    v.maxLength(SURVEY_STEPS_MAX, `at most ${SURVEY_STEPS_MAX} answers`),
  ),
  complete: v.optional(v.boolean(), false),
  context: v.optional(
    v.strictObject({
      url: v.optional(v.pipe(v.string(), v.maxLength(2048))),
      language: v.optional(v.pipe(v.string(), v.maxLength(35))),
      device: v.optional(v.picklist(["desktop", "mobile"], "must be desktop or mobile")),
    }),
  ),
});
export type SurveyResponseWrite = v.InferInput<typeof SurveyResponseWrite>;

/** 201 on creation, 200 on a later call. */
export const SurveyResponseResult = v.object({
  responseId: Id,
  key: v.string(),
  complete: v.boolean(),
});
export type SurveyResponseResult = v.InferOutput<typeof SurveyResponseResult>;

export const SurveyCounts = v.object({
  shown: v.number(),
  dismissed: v.number(),
  /** Responses with at least one answer. */
  responses: v.number(),
  completed: v.number(),
});
export type SurveyCounts = v.InferOutput<typeof SurveyCounts>;

/** `GET|PUT /v1/admin/sites/{site}/surveys/{id}` and the items of the admin list. */
export const SurveyAdmin = v.object({
  definition: SurveyDefinition,
  createdAt: IsoDate,
  updatedAt: IsoDate,
  counts: SurveyCounts,
});
export type SurveyAdmin = v.InferOutput<typeof SurveyAdmin>;

/** `PATCH /v1/admin/sites/{site}/surveys/{id}`: start, pause or end a survey without resending it. */
export const SurveyStatusUpdate = v.strictObject({ status: SurveyStatus });

/** NPS: % promoters (9–10) minus % detractors (0–6), from −100 to 100; null without answers. */
export const NpsSummary = v.object({
  score: v.nullable(v.number()),
  promoters: v.number(),
  passives: v.number(),
  detractors: v.number(),
});
export type NpsSummary = v.InferOutput<typeof NpsSummary>;

export const SurveyStepResult = v.object({
  id: SurveyKey,
  type: v.string(),
  question: v.string(),
  /** Responses that answered this step. */
  answered: v.number(),
  /**
   * Scales: one entry per value of the range, zeros included, low to high. Choices: one per choice in the
   * definition's order, then `other`. Absent for text and thank-you steps.
   */
  distribution: v.optional(
    v.array(v.object({ value: v.union([v.number(), v.string()]), count: v.number() })),
  ),
  /** Scales: the mean answer (CSAT, CES, rating, NPS), null without answers. */
  average: v.optional(v.nullable(v.number())),
  nps: v.optional(NpsSummary),
  /** Text steps, and the "other" answers of choice steps: the latest 100, newest first. */
  texts: v.optional(v.array(v.object({ responseId: Id, text: v.string(), at: IsoDate }))),
});
export type SurveyStepResult = v.InferOutput<typeof SurveyStepResult>;

/** `GET /v1/admin/sites/{site}/surveys/{id}/results?interval=day|week|month&from=&to=`. */
export const SurveyResultsQuery = v.object({
  interval: v.optional(v.picklist(["day", "week", "month"], "must be day, week or month"), "week"),
  from: v.optional(IsoDate),
  to: v.optional(IsoDate),
});

export const SurveyResults = v.object({
  survey: v.object({ id: SurveyKey, name: v.string(), status: SurveyStatus }),
  counts: SurveyCounts,
  steps: v.array(SurveyStepResult),
  /**
   * Per period (UTC, periods without responses left out), by when each response started: responses,
   * completed, and the NPS score and CSAT average of the survey's first NPS and first CSAT step.
   */
  overTime: v.array(
    v.object({
      start: IsoDate,
      responses: v.number(),
      completed: v.number(),
      nps: v.nullable(v.number()),
      csat: v.nullable(v.number()),
    }),
  ),
});
export type SurveyResults = v.InferOutput<typeof SurveyResults>;
