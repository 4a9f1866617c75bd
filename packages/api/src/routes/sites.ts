import { randomBytes } from "node:crypto";
import { AdminReportList, ModerationResult, Site, SiteCreate, SiteCreated } from "@corner/contracts";
import { HttpProblem, notFound } from "../middleware/problems/index.ts";
import { route } from "../registry.ts";
import type { SiteRecord } from "../storage/index.ts";
import { ReviewParams, SiteParams } from "./params.ts";

const siteJson = (s: SiteRecord): Site => ({
  id: s.id,
  name: s.name,
  origins: s.origins,
  allowGuests: s.allowGuests,
  premoderation: s.premoderation,
  topContributorThreshold: s.topContributorThreshold,
  surveyContactDays: s.surveyContactDays,
  createdAt: s.createdAt,
});

const moderate = (action: "approve" | "reject") =>
  route({
    method: "POST",
    path: `/v1/admin/sites/{site}/reviews/{id}/${action}`,
    summary:
      action === "approve"
        ? "Publish a pending review (it starts counting in the summary)"
        : "Reject a review (it stops showing and counting)",
    tag: "admin",
    auth: "admin",
    params: ReviewParams,
    responses: { 200: { description: "The review's new status", schema: ModerationResult } },
    handler: async ({ rt, db, params, site }) => {
      const r = await db.reviews.setStatus(
        site.id,
        params.id,
        action === "approve" ? "published" : "rejected",
      );
      if (!r) throw notFound(`There is no review ${params.id} on this site.`);
      return {
        status: 200,
        body: { id: r.id, status: r.status } satisfies ModerationResult,
        onCommit: () => rt.lists.invalidate(site.id, r.subject),
      };
    },
  });

export const siteRoutes = [
  route({
    method: "POST",
    path: "/v1/admin/sites",
    summary: "Create a site; the answer holds its SSO secret",
    tag: "admin",
    auth: "admin",
    body: SiteCreate,
    responses: {
      201: { description: "The site and its SSO secret", schema: SiteCreated },
      409: { description: "A site with this id exists" },
    },
    handler: async ({ rt, db, body }) => {
      const ssoSecret = body.ssoSecret ?? randomBytes(32).toString("base64url");
      const created = await db.sites.create({
        id: body.id,
        name: body.name,
        origins: [...new Set(body.origins)],
        ssoSecret,
        allowGuests: body.allowGuests,
        premoderation: body.premoderation,
        topContributorThreshold: body.topContributorThreshold,
        surveyContactDays: body.surveyContactDays,
      });
      if (!created) throw new HttpProblem(409, "conflict", `A site with id ${body.id} already exists.`);
      rt.sites.forget(created.id);
      return { status: 201, body: { ...siteJson(created), ssoSecret } satisfies SiteCreated };
    },
  }),
  route({
    method: "GET",
    path: "/v1/admin/sites/{site}",
    summary: "A site's settings (without its SSO secret)",
    tag: "admin",
    auth: "admin",
    params: SiteParams,
    responses: { 200: { description: "The site", schema: Site } },
    handler: async ({ db, site }) => {
      // Read through storage, not the short-lived cache, so admins see the stored origins only.
      const stored = await db.sites.get(site.id);
      return { status: 200, body: siteJson(stored ?? site) };
    },
  }),
  route({
    method: "GET",
    path: "/v1/admin/sites/{site}/reports",
    summary: "Abuse reports, newest first, with the reported reviews",
    tag: "admin",
    auth: "admin",
    params: SiteParams,
    responses: { 200: { description: "Reports", schema: AdminReportList } },
    handler: async ({ db, site }) => ({
      status: 200,
      body: { items: await db.reports.list(site.id), next: null } as AdminReportList,
    }),
  }),
  moderate("approve"),
  moderate("reject"),
];
