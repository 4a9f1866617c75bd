import {
  HelpfulResult,
  Report,
  ReportCreate,
  Review,
  ReviewCreate,
  ReviewList,
  ReviewListQuery,
} from "@corner/contracts";
import type * as v from "valibot";
import type { SessionUser } from "../middleware/auth/index.ts";
import { notFound } from "../middleware/problems/index.ts";
import { route } from "../registry.ts";
import type { ReportRecord, ReviewRecord } from "../storage/index.ts";
import { cachedListReply } from "./cached-list.ts";
import { ReviewParams, SubjectParams } from "./params.ts";
import { startsPending } from "./pending.ts";

const DEFAULT_LIMIT = 10;

/** The public shape of a review; `helpfulByMe` and `mine` only for a signed-in reader. */
export function reviewJson(r: ReviewRecord, viewer?: SessionUser): Review {
  return {
    id: r.id,
    subject: r.subject,
    rating: r.rating,
    title: r.title,
    body: r.body,
    author: { id: r.personId, name: r.authorName },
    status: r.status === "pending" ? "pending" : "published",
    helpful: r.helpful,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    ...(viewer ? { helpfulByMe: r.helpfulByMe ?? false, mine: r.personId === viewer.id } : {}),
  };
}

const reportJson = (r: ReportRecord) =>
  ({ id: r.id, reason: r.reason, createdAt: r.createdAt }) as v.InferOutput<typeof Report>;

const notFoundReview = (id: string) => notFound(`There is no review ${id} on this site.`);

export const reviewRoutes = [
  route({
    method: "GET",
    path: "/v1/sites/{site}/subjects/{subject}/reviews",
    summary: "Summary and one page of a subject's reviews",
    tag: "reviews",
    auth: "optional",
    params: SubjectParams,
    query: ReviewListQuery,
    responses: { 200: { description: "Summary, items and the next cursor", schema: ReviewList } },
    handler: async ({ c, rt, db, params, query, site, user }) => {
      const key = `${query.sort}|${query.rating ?? ""}|${query.limit ?? DEFAULT_LIMIT}|${query.cursor ?? ""}`;
      return cachedListReply(c, rt, { site: site.id, subject: params.subject, key, user }, async () => {
        const page = await db.reviews.list({
          siteId: site.id,
          subject: params.subject,
          sort: query.sort,
          rating: query.rating,
          cursor: query.cursor,
          limit: query.limit ?? DEFAULT_LIMIT,
          viewerId: user?.id,
        });
        const summary = await db.reviews.summary(site.id, params.subject);
        return {
          summary,
          items: page.items.map((r) => reviewJson(r, user)),
          next: page.next,
        } satisfies ReviewList;
      });
    },
  }),

  route({
    method: "POST",
    path: "/v1/sites/{site}/subjects/{subject}/reviews",
    summary: "Write a review; a second post by the same person edits their review",
    tag: "reviews",
    auth: "session",
    idempotent: true,
    rateLimit: "write",
    params: SubjectParams,
    body: ReviewCreate,
    responses: {
      201: { description: "The new review (pending when the site pre-moderates)", schema: Review },
      200: { description: "The person's existing review, edited", schema: Review },
    },
    handler: async ({ rt, db, params, body, site, user }) => {
      const { review, created } = await db.reviews.upsert({
        siteId: site.id,
        subject: params.subject,
        personId: user!.id,
        rating: body.rating,
        title: body.title ? body.title : null,
        body: body.body,
        premoderation: startsPending(site, user!),
      });
      return {
        status: created ? 201 : 200,
        body: reviewJson(review, user),
        onCommit: () => rt.lists.invalidate(site.id, params.subject),
      };
    },
  }),

  route({
    method: "GET",
    path: "/v1/sites/{site}/reviews/{id}",
    summary: "One review (a pending one only for its author)",
    tag: "reviews",
    auth: "optional",
    params: ReviewParams,
    responses: { 200: { description: "The review", schema: Review } },
    handler: async ({ db, params, site, user }) => {
      const r = await db.reviews.get(site.id, params.id);
      const visible = r && (r.status === "published" || (r.status === "pending" && r.personId === user?.id));
      if (!r || !visible) throw notFoundReview(params.id);
      return { status: 200, body: reviewJson(r, user) };
    },
  }),

  ...(["PUT", "DELETE"] as const).map((method) =>
    route({
      method,
      path: "/v1/sites/{site}/reviews/{id}/helpful",
      summary:
        method === "PUT" ? "Mark a review helpful (idempotent)" : "Remove your helpful mark (idempotent)",
      tag: "reviews",
      auth: "session",
      rateLimit: "write",
      params: ReviewParams,
      responses: { 200: { description: "The review's helpful count and your mark", schema: HelpfulResult } },
      handler: async ({ rt, db, params, site, user }) => {
        const change = method === "PUT" ? db.helpful.set : db.helpful.clear;
        const result = await change(site.id, params.id, user!.id);
        if (!result) throw notFoundReview(params.id);
        return {
          status: 200,
          body: { helpful: result.helpful, helpfulByMe: result.helpfulByMe } satisfies HelpfulResult,
          onCommit: () => rt.lists.invalidate(site.id, result.subject),
        };
      },
    }),
  ),

  route({
    method: "POST",
    path: "/v1/sites/{site}/reviews/{id}/reports",
    summary:
      "Report a review for moderation; one report per person per review (a repeat answers 200 with it)",
    tag: "reviews",
    auth: "session",
    idempotent: true,
    rateLimit: "write",
    params: ReviewParams,
    body: ReportCreate,
    responses: {
      201: { description: "The report", schema: Report },
      200: { description: "Your earlier report of this review", schema: Report },
    },
    handler: async ({ db, params, body, site, user }) => {
      const out = await db.reports.create({
        siteId: site.id,
        reviewId: params.id,
        personId: user!.id,
        reason: body.reason,
        note: body.note ? body.note : null,
      });
      if (!out) throw notFoundReview(params.id);
      return { status: out.created ? 201 : 200, body: reportJson(out.report) };
    },
  }),
];
