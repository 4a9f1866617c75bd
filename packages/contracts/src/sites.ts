import * as v from "valibot";
import { SiteId, Text } from "./common.ts";
import { SURVEY_CONTACT_BUDGET_DAYS } from "./limits.ts";

/** An allowed browser origin: scheme, host and optional port, nothing else (`https://shop.example`). */
export const Origin = v.pipe(
  v.string(),
  v.regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, "must be an origin like https://shop.example (no path)"),
);

export const SiteCreate = v.object({
  id: SiteId,
  name: Text(1, 120, "name"),
  origins: v.pipe(v.array(Origin), v.maxLength(50, "at most 50 origins")),
  /** HS256 secret the site's backend signs SSO tokens with; at least 32 characters. Generated if absent. */
  ssoSecret: v.optional(
    v.pipe(v.string(), v.minLength(32, "must be at least 32 characters"), v.maxLength(512)),
  ),
  allowGuests: v.optional(v.boolean(), false),
  /** When true, new content waits for approval (`status: "pending"`). */
  premoderation: v.optional(v.boolean(), false),
  /** Q&A: reputation at or above this shows a person as a "top contributor" (default 50). */
  topContributorThreshold: v.optional(
    v.pipe(
      v.number("must be a number"),
      v.integer("must be a whole number"),
      v.minValue(1, "must be at least 1"),
      v.maxValue(1_000_000, "must be at most 1000000"),
    ),
    50,
  ),
  /** Surveys: days between two survey prompts to one visitor, across every survey (default 14; 0: none). */
  surveyContactDays: v.optional(
    v.pipe(
      v.number("must be a number"),
      v.integer("must be a whole number"),
      v.minValue(0, "must be at least 0"),
      v.maxValue(365, "must be at most 365"),
    ),
    SURVEY_CONTACT_BUDGET_DAYS,
  ),
});
export type SiteCreate = v.InferInput<typeof SiteCreate>;

export const Site = v.object({
  id: SiteId,
  name: v.string(),
  origins: v.array(v.string()),
  allowGuests: v.boolean(),
  premoderation: v.boolean(),
  topContributorThreshold: v.number(),
  surveyContactDays: v.number(),
  createdAt: v.string(),
});
export type Site = v.InferOutput<typeof Site>;

/** What an admin sees once, on creation: the site plus its SSO secret. */
export const SiteCreated = v.object({ ...Site.entries, ssoSecret: v.string() });
export type SiteCreated = v.InferOutput<typeof SiteCreated>;

/** Public, cacheable per-site configuration read by the loader and widgets. */
export const SiteConfig = v.object({
  site: v.object({ id: v.string(), name: v.string() }),
  allowGuests: v.boolean(),
  premoderation: v.boolean(),
});
export type SiteConfig = v.InferOutput<typeof SiteConfig>;
