import { ErasureQuery, ErasureResult, PrivacyExport } from "@corner/contracts";
import { notFound } from "../middleware/problems/index.ts";
import { route } from "../registry.ts";
import type { Storage } from "../storage/index.ts";
import { PersonParams, SiteParams } from "./params.ts";

const exportReply = async (db: Storage, site: string, person: string) => {
  const doc = await db.privacy.export(site, person);
  if (!doc) throw notFound(`There is no person ${person} on this site.`);
  return {
    status: 200,
    body: doc satisfies PrivacyExport,
    headers: {
      "content-disposition": `attachment; filename="corner-${site}-${person}.json"`,
      "cache-control": "no-store",
    },
  };
};

export const privacyRoutes = [
  route({
    method: "GET",
    path: "/v1/admin/sites/{site}/people/{id}/export",
    summary: "Everything one person wrote or voted on this site, as one JSON document (a download)",
    tag: "admin",
    auth: "admin",
    params: PersonParams,
    responses: {
      200: { description: "The export document", schema: PrivacyExport },
      404: { description: "No such person on this site (or they were erased)" },
    },
    handler: ({ db, params, site }) => exportReply(db, site.id, params.id),
  }),
  route({
    method: "GET",
    path: "/v1/sites/{site}/me/export",
    summary: "Everything you wrote or voted on this site, as one JSON document (a download)",
    tag: "session",
    auth: "session",
    params: SiteParams,
    responses: {
      200: { description: "The export document", schema: PrivacyExport },
      404: { description: "You were erased from this site" },
    },
    handler: ({ db, site, user }) => exportReply(db, site.id, user!.id),
  }),
  route({
    method: "DELETE",
    path: "/v1/admin/sites/{site}/people/{id}",
    summary:
      "Erase a person: their votes, follows, reports and notifications go; their content stays as a deleted user's (content=anonymise, the default) or goes too (content=remove); every counter stays exact",
    tag: "admin",
    auth: "admin",
    params: PersonParams,
    query: ErasureQuery,
    responses: {
      200: {
        description: "What was done; a repeat answers the first erase's summary",
        schema: ErasureResult,
      },
      404: { description: "No such person on this site" },
    },
    // Anonymous list caches are not dropped: they expire within their TTL (1.5 s by default).
    handler: async ({ db, params, query, site }) => {
      const out = await db.privacy.erase(site.id, params.id, query.content ?? "anonymise");
      if (!out) throw notFound(`There is no person ${params.id} on this site.`);
      return { status: 200, body: out satisfies ErasureResult };
    },
  }),
];
