import { SiteConfig } from "@corner/contracts";
import { route } from "../registry.ts";
import { SiteParams } from "./params.ts";

export const configRoutes = [
  route({
    method: "GET",
    path: "/v1/sites/{site}/config",
    summary: "Public, cacheable configuration the loader and widgets read",
    tag: "sites",
    auth: "none",
    params: SiteParams,
    responses: { 200: { description: "The site's public configuration", schema: SiteConfig } },
    handler: async ({ site }) => ({
      status: 200,
      body: {
        site: { id: site.id, name: site.name },
        allowGuests: site.allowGuests,
        premoderation: site.premoderation,
      } satisfies SiteConfig,
      headers: { "cache-control": "public, max-age=60" },
    }),
  }),
];
