import * as v from "valibot";
import { Cursor, Id, Limit, Page, Text } from "./common.ts";

export const REVIEW_BODY_MAX = 5000;
export const REVIEW_TITLE_MAX = 150;

export const ReviewSort = v.picklist(
  ["newest", "highest", "lowest", "helpful"],
  "must be newest, highest, lowest or helpful",
);
export type ReviewSort = v.InferOutput<typeof ReviewSort>;

export const Rating = v.pipe(
  v.number("must be a number from 1 to 5"),
  v.integer("must be a whole number from 1 to 5"),
  v.minValue(1, "must be from 1 to 5"),
  v.maxValue(5, "must be from 1 to 5"),
);

/** `POST /v1/sites/{site}/subjects/{subject}/reviews`; a second post by the same person edits their review. */
export const ReviewCreate = v.strictObject({
  rating: Rating,
  title: v.optional(v.nullable(Text(0, REVIEW_TITLE_MAX, "title"))),
  body: Text(1, REVIEW_BODY_MAX, "body"),
});
export type ReviewCreate = v.InferInput<typeof ReviewCreate>;

export const ReviewListQuery = v.object({
  sort: v.optional(ReviewSort, "newest"),
  rating: v.optional(
    v.pipe(v.string(), v.regex(/^[1-5]$/, "must be a star level from 1 to 5"), v.transform(Number)),
  ),
  cursor: v.optional(Cursor),
  limit: v.optional(Limit),
});
export type ReviewListQuery = v.InferOutput<typeof ReviewListQuery>;

export const Histogram = v.object({
  "1": v.number(),
  "2": v.number(),
  "3": v.number(),
  "4": v.number(),
  "5": v.number(),
});

export const ReviewSummary = v.object({
  count: v.number(),
  /** Mean rating rounded to two decimals; 0 when there are no reviews. */
  average: v.number(),
  histogram: Histogram,
});
export type ReviewSummary = v.InferOutput<typeof ReviewSummary>;

export const Author = v.object({ id: v.string(), name: v.string() });

export const Review = v.object({
  id: Id,
  subject: v.string(),
  rating: v.number(),
  title: v.nullable(v.string()),
  body: v.string(),
  author: Author,
  status: v.picklist(["published", "pending"]),
  helpful: v.number(),
  createdAt: v.string(),
  updatedAt: v.string(),
  /** Only present for a signed-in reader: whether they marked it helpful, and whether it is theirs. */
  helpfulByMe: v.optional(v.boolean()),
  mine: v.optional(v.boolean()),
});
export type Review = v.InferOutput<typeof Review>;

export const ReviewList = v.object({ summary: ReviewSummary, ...Page(Review).entries });
export type ReviewList = v.InferOutput<typeof ReviewList>;

/** Answer of `PUT|DELETE /v1/sites/{site}/reviews/{id}/helpful`. */
export const HelpfulResult = v.object({ helpful: v.number(), helpfulByMe: v.boolean() });
export type HelpfulResult = v.InferOutput<typeof HelpfulResult>;

export const ReportReason = v.picklist(
  ["spam", "offensive", "off_topic", "fake", "other"],
  "must be spam, offensive, off_topic, fake or other",
);

/** `POST /v1/sites/{site}/reviews/{id}/reports`. One report per person per review. */
export const ReportCreate = v.strictObject({ reason: ReportReason, note: v.optional(Text(0, 1000, "note")) });
export type ReportCreate = v.InferInput<typeof ReportCreate>;

export const Report = v.object({ id: Id, reason: ReportReason, createdAt: v.string() });
export type Report = v.InferOutput<typeof Report>;
