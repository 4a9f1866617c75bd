import * as v from "valibot";
import { Id, Page } from "./common.ts";
import { ReportReason } from "./reviews.ts";

/** Answer of `POST /v1/admin/sites/{site}/reviews/{id}/approve|reject`. */
export const ModerationResult = v.object({
  id: Id,
  status: v.picklist(["published", "pending", "rejected"]),
});
export type ModerationResult = v.InferOutput<typeof ModerationResult>;

/** One abuse report as a moderator sees it, with the reported review. */
export const AdminReport = v.object({
  id: Id,
  reviewId: Id,
  reason: ReportReason,
  note: v.nullable(v.string()),
  createdAt: v.string(),
  review: v.object({
    subject: v.string(),
    rating: v.number(),
    title: v.nullable(v.string()),
    body: v.string(),
    status: v.picklist(["published", "pending", "rejected"]),
  }),
});
export type AdminReport = v.InferOutput<typeof AdminReport>;

export const AdminReportList = Page(AdminReport);
export type AdminReportList = v.InferOutput<typeof AdminReportList>;

/** `GET /healthz`. */
export const Health = v.object({ status: v.literal("ok") });
