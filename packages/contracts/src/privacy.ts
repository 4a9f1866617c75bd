import * as v from "valibot";
import { Id } from "./common.ts";

/** The name content keeps once its author is erased with `content=anonymise`. */
export const ERASED_NAME = "Deleted user";

/** One stored row as JSON: camelCase columns, timestamps as ISO strings, ids as UUIDs. */
const Rows = v.array(v.record(v.string(), v.unknown()));

/**
 * `GET /v1/admin/sites/{site}/people/{id}/export` and `GET /v1/sites/{site}/me/export`: everything one
 * person wrote or voted on one site, as one document (sent as an attachment).
 */
export const PrivacyExport = v.object({
  format: v.literal("corner-export/1"),
  site: v.string(),
  exportedAt: v.string(),
  person: v.object({
    id: Id,
    name: v.string(),
    kind: v.picklist(["sso", "guest"]),
    provider: v.picklist(["sso", "guest"]),
    /** The SSO `sub`, or the guest's generated id. */
    subject: v.string(),
    email: v.nullable(v.string()),
    avatar: v.nullable(v.string()),
    createdAt: v.string(),
  }),
  reviews: Rows,
  helpfulVotes: Rows,
  reports: Rows,
  ideas: Rows,
  /** Staff responses this person wrote on ideas (their status changes with a note). */
  ideaResponses: Rows,
  ideaVotes: Rows,
  ideaFollows: Rows,
  ideaComments: Rows,
  notifications: Rows,
  questions: Rows,
  /** Answers this person accepted (on their own questions, or as staff). */
  acceptances: Rows,
  answers: Rows,
  answerVotes: Rows,
  questionFollows: Rows,
  qaReports: Rows,
  reputation: v.nullable(
    v.object({ points: v.number(), acceptedAnswers: v.number(), votesReceived: v.number() }),
  ),
  /** Survey responses made while signed in, each with its answers. */
  surveyResponses: Rows,
  /** When each survey was shown to, dismissed or answered by this person. */
  surveyPeople: Rows,
});
export type PrivacyExport = v.InferOutput<typeof PrivacyExport>;

export const ErasureMode = v.picklist(["anonymise", "remove"], 'must be "anonymise" or "remove"');
export type ErasureMode = v.InferOutput<typeof ErasureMode>;

/** Query of `DELETE /v1/admin/sites/{site}/people/{id}`: `content` defaults to `anonymise`. */
export const ErasureQuery = v.object({ content: v.optional(ErasureMode) });
export type ErasureQuery = v.InferOutput<typeof ErasureQuery>;

/**
 * What an erase did. Content counts (reviews … answers) are anonymised or removed according to `mode`;
 * the rest were removed in both modes, except `surveyResponses`, which stay in the results without
 * their person. A repeated erase answers the first one's summary.
 */
export const ErasureResult = v.object({
  id: Id,
  site: v.string(),
  mode: ErasureMode,
  erasedAt: v.string(),
  counts: v.object({
    reviews: v.number(),
    ideas: v.number(),
    ideaComments: v.number(),
    questions: v.number(),
    answers: v.number(),
    helpfulVotes: v.number(),
    ideaVotes: v.number(),
    answerVotes: v.number(),
    ideaFollows: v.number(),
    questionFollows: v.number(),
    reports: v.number(),
    qaReports: v.number(),
    notifications: v.number(),
    surveyResponses: v.number(),
    surveyPeople: v.number(),
  }),
});
export type ErasureResult = v.InferOutput<typeof ErasureResult>;
