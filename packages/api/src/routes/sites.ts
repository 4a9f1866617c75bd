import { randomBytes } from "node:crypto";
import {
  AdminReportList,
  ModerationResult,
  Site,
  SiteCreate,
  SiteCreated,
  SitePatch,
  SsoSecretRotated,
} from "@corner/contracts";
import { checkSsoSettings } from "../middleware/auth/index.ts";
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
  guestPremoderation: s.guestPremoderation,
  guestProofOfWork: s.guestProofOfWork,
  topContributorThreshold: s.topContributorThreshold,
  surveyContactDays: s.surveyContactDays,
  sso: s.sso,
  createdAt: s.createdAt,
});

const newSsoSecret = () => randomBytes(32).toString("base64url");

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
    summary: "Create a site (optionally with an RS256/ES256 SSO key); the answer holds its SSO secret",
    tag: "admin",
    auth: "admin",
    body: SiteCreate,
    responses: {
      201: { description: "The site and its SSO secret", schema: SiteCreated },
      409: { description: "A site with this id exists" },
    },
    handler: async ({ rt, db, body }) => {
      await checkSsoSettings(body.sso, "body.sso");
      const ssoSecret = body.ssoSecret ?? newSsoSecret();
      const created = await db.sites.create({
        id: body.id,
        name: body.name,
        origins: [...new Set(body.origins)],
        ssoSecret,
        sso: body.sso,
        allowGuests: body.allowGuests,
        premoderation: body.premoderation,
        guestPremoderation: body.guestPremoderation,
        guestProofOfWork: body.guestProofOfWork,
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
    method: "PATCH",
    path: "/v1/admin/sites/{site}",
    summary: "Change a site's settings, its SSO algorithm and key among them; the others stay",
    tag: "admin",
    auth: "admin",
    params: SiteParams,
    body: SitePatch,
    responses: { 200: { description: "The site as it is now", schema: Site } },
    handler: async ({ rt, db, body, site }) => {
      if (body.sso) await checkSsoSettings(body.sso, "body.sso");
      const updated = await db.sites.update(site.id, {
        ...body,
        ...(body.origins ? { origins: [...new Set(body.origins)] } : {}),
      });
      if (!updated) throw notFound(`There is no site ${site.id}.`);
      return { status: 200, body: siteJson(updated), onCommit: () => rt.sites.forget(site.id) };
    },
  }),
  route({
    method: "POST",
    path: "/v1/admin/sites/{site}/sso-secret",
    summary: "Replace the site's HS256 SSO secret; the answer shows the new one this once",
    tag: "admin",
    auth: "admin",
    params: SiteParams,
    responses: { 200: { description: "The new SSO secret", schema: SsoSecretRotated } },
    handler: async ({ rt, db, site }) => {
      const ssoSecret = newSsoSecret();
      if (!(await db.sites.setSsoSecret(site.id, ssoSecret))) throw notFound(`There is no site ${site.id}.`);
      return {
        status: 200,
        body: { ssoSecret } satisfies SsoSecretRotated,
        onCommit: () => rt.sites.forget(site.id),
      };
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
