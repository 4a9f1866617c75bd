import * as v from "valibot";
import { Cursor, Id, Limit, Page, Text } from "./common.ts";
import { ANSWER_BODY_MAX, QUESTION_DETAILS_MAX, QUESTION_TITLE_MAX } from "./limits.ts";

export { ANSWER_BODY_MAX, QUESTION_DETAILS_MAX, QUESTION_TITLE_MAX };

/** Points a person earns when someone else accepts their answer. */
export const REPUTATION_ACCEPTED = 15;
/** Points a person earns for each vote their answers receive. */
export const REPUTATION_VOTE = 2;

/** `newest` first; `most_answered` first; `unanswered` (no published answer yet) only, newest first. */
export const QuestionSort = v.picklist(
  ["newest", "most_answered", "unanswered"],
  "must be newest, most_answered or unanswered",
);
export type QuestionSort = v.InferOutput<typeof QuestionSort>;

/** `top`: the accepted answer first, then by votes, then oldest first. `newest`: newest first. */
export const AnswerSort = v.picklist(["top", "newest"], "must be top or newest");
export type AnswerSort = v.InferOutput<typeof AnswerSort>;

/**
 * Computed by the server for each author, per subject: `staff` (the answer was written with a staff
 * session), `verified_owner` (the person has a published review of this subject), `top_contributor`
 * (reputation at or above the site's threshold).
 */
export const Badge = v.picklist(["staff", "verified_owner", "top_contributor"]);
export type Badge = v.InferOutput<typeof Badge>;

export const QaAuthor = v.object({ id: v.string(), name: v.string(), badges: v.array(Badge) });
export type QaAuthor = v.InferOutput<typeof QaAuthor>;

/** `POST /v1/sites/{site}/subjects/{subject}/questions`. */
export const QuestionCreate = v.strictObject({
  title: Text(1, QUESTION_TITLE_MAX, "title"),
  details: v.optional(Text(0, QUESTION_DETAILS_MAX, "details"), ""),
});
export type QuestionCreate = v.InferInput<typeof QuestionCreate>;

/** `POST /v1/sites/{site}/questions/{id}/answers`. */
export const AnswerCreate = v.strictObject({ body: Text(1, ANSWER_BODY_MAX, "body") });
export type AnswerCreate = v.InferInput<typeof AnswerCreate>;

/** `POST /v1/sites/{site}/questions/{id}/accept`: by the asker or staff; replaces an earlier choice. */
export const AcceptCreate = v.strictObject({ answerId: Id });
export type AcceptCreate = v.InferInput<typeof AcceptCreate>;

export const Answer = v.object({
  id: Id,
  questionId: Id,
  body: v.string(),
  author: QaAuthor,
  /** Written by staff of the site: shown as the official answer. */
  official: v.boolean(),
  accepted: v.boolean(),
  votes: v.number(),
  /** `pending` while the site pre-moderates it (shown to its author only). */
  status: v.picklist(["published", "pending"]),
  createdAt: v.string(),
  /** Only present for a signed-in reader. */
  votedByMe: v.optional(v.boolean()),
  mine: v.optional(v.boolean()),
});
export type Answer = v.InferOutput<typeof Answer>;

export const Question = v.object({
  id: Id,
  subject: v.string(),
  title: v.string(),
  details: v.string(),
  author: QaAuthor,
  /** `pending` while the site pre-moderates it (shown to its author only). */
  status: v.picklist(["published", "pending"]),
  /** Published answers. */
  answerCount: v.number(),
  /** Whether one of the published answers is official (by staff). */
  hasOfficialAnswer: v.boolean(),
  /** The accepted answer (a preview in lists), or null. */
  acceptedAnswer: v.nullable(Answer),
  createdAt: v.string(),
  updatedAt: v.string(),
  /** Only present for a signed-in reader. */
  mine: v.optional(v.boolean()),
  following: v.optional(v.boolean()),
  /** The reader may accept an answer here (they asked it, or they are staff). */
  canAccept: v.optional(v.boolean()),
});
export type Question = v.InferOutput<typeof Question>;

/** `GET /v1/sites/{site}/subjects/{subject}/questions`: one page, plus the subject's published total. */
export const QuestionList = v.object({ ...Page(Question).entries, total: v.number() });
export type QuestionList = v.InferOutput<typeof QuestionList>;

const Query = (max: number) =>
  v.pipe(v.string(), v.trim(), v.maxLength(max, `must be at most ${max} characters`));

export const QuestionListQuery = v.object({
  sort: v.optional(QuestionSort, "newest"),
  /** Full-text search across titles, details and answers. */
  q: v.optional(Query(200)),
  cursor: v.optional(Cursor),
  limit: v.optional(Limit),
});
export type QuestionListQuery = v.InferOutput<typeof QuestionListQuery>;

/** `GET /v1/sites/{site}/questions/{id}`: the question with its first page of answers (`top` order). */
export const QuestionDetail = v.object({
  ...Question.entries,
  answers: v.array(Answer),
  answersNext: v.nullable(v.string()),
});
export type QuestionDetail = v.InferOutput<typeof QuestionDetail>;

export const AnswerList = Page(Answer);
export type AnswerList = v.InferOutput<typeof AnswerList>;

export const AnswerListQuery = v.object({
  sort: v.optional(AnswerSort, "top"),
  cursor: v.optional(Cursor),
  limit: v.optional(Limit),
});
export type AnswerListQuery = v.InferOutput<typeof AnswerListQuery>;

/** `GET /v1/sites/{site}/subjects/{subject}/questions/similar?q=`: up to 5 questions close to a draft title. */
export const SimilarQuestion = v.object({
  id: Id,
  title: v.string(),
  answerCount: v.number(),
  /** An answer has been accepted. */
  answered: v.boolean(),
  /** 0–1, higher is closer. */
  score: v.number(),
});
export const SimilarQuestions = v.object({ items: v.array(SimilarQuestion) });
export type SimilarQuestions = v.InferOutput<typeof SimilarQuestions>;

/** Answer of `PUT|DELETE /v1/sites/{site}/answers/{id}/vote`. */
export const AnswerVoteResult = v.object({ id: Id, votes: v.number(), votedByMe: v.boolean() });
export type AnswerVoteResult = v.InferOutput<typeof AnswerVoteResult>;

/** Answer of `POST|DELETE /v1/sites/{site}/questions/{id}/accept`. */
export const AcceptResult = v.object({ id: Id, acceptedAnswerId: v.nullable(Id) });
export type AcceptResult = v.InferOutput<typeof AcceptResult>;

/** `GET /v1/sites/{site}/people/{id}/reputation`: stored totals, exact. */
export const Reputation = v.object({
  id: Id,
  name: v.string(),
  reputation: v.number(),
  acceptedAnswers: v.number(),
  votesReceived: v.number(),
  topContributor: v.boolean(),
});
export type Reputation = v.InferOutput<typeof Reputation>;
