import * as v from "valibot";
import { SiteId, Text } from "./common.ts";
import { SURVEY_CONTACT_BUDGET_DAYS } from "./limits.ts";

/** An allowed browser origin: scheme, host and optional port, nothing else (`https://shop.example`). */
export const Origin = v.pipe(
  v.string(),
  v.regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, "must be an origin like https://shop.example (no path)"),
);

/** Algorithms a site's backend may sign SSO tokens with; each site pins one. */
export const SsoAlg = v.picklist(["HS256", "RS256", "ES256"], 'must be "HS256", "RS256" or "ES256"');
export type SsoAlg = v.InferOutput<typeof SsoAlg>;

const leaveOut = (why: string) => v.optional(v.never(why));
const NoPrivate = leaveOut("must be left out: register the public key only, never the private one");

/** A PEM SPKI public key (`-----BEGIN PUBLIC KEY-----`); the API also checks that it parses for the alg. */
export const PemPublicKey = v.pipe(
  v.string(),
  v.maxLength(16_384, "must be at most 16384 characters"),
  v.regex(
    /^\s*-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\s]+-----END PUBLIC KEY-----\s*$/,
    "must be a PEM public key (-----BEGIN PUBLIC KEY----- …, SPKI), not a private key or certificate",
  ),
);

/** A public RSA JWK (RS256). */
export const RsaPublicJwk = v.looseObject({
  kty: v.literal("RSA", 'must be "RSA" for RS256'),
  n: v.pipe(v.string("must be the modulus (base64url)"), v.maxLength(4096)),
  e: v.pipe(v.string("must be the exponent (base64url)"), v.maxLength(16)),
  d: NoPrivate,
  p: NoPrivate,
  q: NoPrivate,
});

/** A public P-256 EC JWK (ES256). */
export const EcPublicJwk = v.looseObject({
  kty: v.literal("EC", 'must be "EC" for ES256'),
  crv: v.literal("P-256", 'must be "P-256" for ES256'),
  x: v.pipe(v.string("must be the x coordinate (base64url)"), v.maxLength(64)),
  y: v.pipe(v.string("must be the y coordinate (base64url)"), v.maxLength(64)),
  d: NoPrivate,
});

/** Where the host publishes its signing keys: https, or http on this machine only (development). */
export const JwksUrl = v.pipe(
  v.string("must be a URL"),
  v.maxLength(2048, "must be at most 2048 characters"),
  v.url("must be a URL"),
  v.check(
    (u) => /^https:\/\//i.test(u) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?\//i.test(u),
    "must be an https URL (plain http only for 127.0.0.1 or localhost)",
  ),
);

const asymmetric = <A extends "RS256" | "ES256">(alg: A, jwk: typeof RsaPublicJwk | typeof EcPublicJwk) =>
  v.pipe(
    v.strictObject({
      alg: v.literal(alg),
      /** A PEM SPKI string or a public JWK object. */
      publicKey: v.optional(v.lazy((input) => (typeof input === "string" ? PemPublicKey : jwk))),
      jwksUrl: v.optional(JwksUrl),
    }),
    v.check(
      (o) => (o.publicKey === undefined) !== (o.jwksUrl === undefined),
      `${alg} needs exactly one of publicKey (PEM or JWK) or jwksUrl`,
    ),
  );

/**
 * How a site's SSO tokens are verified, algorithm pinned: `{alg: "HS256"}` with the site's SSO secret
 * (the default), or `{alg: "RS256" | "ES256", publicKey}` (PEM SPKI or public JWK), or
 * `{alg: "RS256" | "ES256", jwksUrl}`. A token signed with any other algorithm is refused.
 */
export const SsoSettings = v.variant(
  "alg",
  [
    v.strictObject({
      alg: v.literal("HS256"),
      publicKey: leaveOut("must be left out: HS256 tokens are signed with the site's SSO secret"),
      jwksUrl: leaveOut("must be left out: HS256 tokens are signed with the site's SSO secret"),
    }),
    asymmetric("RS256", RsaPublicJwk),
    asymmetric("ES256", EcPublicJwk),
  ],
  'must be {"alg":"HS256"}, or {"alg":"RS256"|"ES256"} with publicKey or jwksUrl',
);
export type SsoSettings = v.InferOutput<typeof SsoSettings>;

const SiteName = Text(1, 120, "name");
const Origins = v.pipe(v.array(Origin), v.maxLength(50, "at most 50 origins"));
const TopContributorThreshold = v.pipe(
  v.number("must be a number"),
  v.integer("must be a whole number"),
  v.minValue(1, "must be at least 1"),
  v.maxValue(1_000_000, "must be at most 1000000"),
);
const SurveyContactDays = v.pipe(
  v.number("must be a number"),
  v.integer("must be a whole number"),
  v.minValue(0, "must be at least 0"),
  v.maxValue(365, "must be at most 365"),
);

export const SiteCreate = v.object({
  id: SiteId,
  name: SiteName,
  origins: Origins,
  /** HS256 secret the site's backend signs SSO tokens with; at least 32 characters. Generated if absent. */
  ssoSecret: v.optional(
    v.pipe(v.string(), v.minLength(32, "must be at least 32 characters"), v.maxLength(512)),
  ),
  /** How SSO tokens are verified (default `{alg: "HS256"}` with `ssoSecret`). */
  sso: v.optional(SsoSettings, { alg: "HS256" }),
  allowGuests: v.optional(v.boolean(), false),
  /** When true, new content waits for approval (`status: "pending"`). */
  premoderation: v.optional(v.boolean(), false),
  /** When true, what guests write waits for approval (`status: "pending"`); signed-in people post directly. */
  guestPremoderation: v.optional(v.boolean(), false),
  /**
   * When true, a guest must solve a proof-of-work challenge to sign in (`GET …/session/challenge`); the
   * widgets always solve one, so turning this on needs no change in the page.
   */
  guestProofOfWork: v.optional(v.boolean(), false),
  /** Q&A: reputation at or above this shows a person as a "top contributor" (default 50). */
  topContributorThreshold: v.optional(TopContributorThreshold, 50),
  /** Surveys: days between two survey prompts to one visitor, across every survey (default 14; 0: none). */
  surveyContactDays: v.optional(SurveyContactDays, SURVEY_CONTACT_BUDGET_DAYS),
});
export type SiteCreate = v.InferInput<typeof SiteCreate>;

export const Site = v.object({
  id: SiteId,
  name: v.string(),
  origins: v.array(v.string()),
  allowGuests: v.boolean(),
  premoderation: v.boolean(),
  guestPremoderation: v.boolean(),
  guestProofOfWork: v.boolean(),
  topContributorThreshold: v.number(),
  surveyContactDays: v.number(),
  /** How SSO tokens are verified (a public key is public; the HS256 secret is never shown here). */
  sso: SsoSettings,
  createdAt: v.string(),
});
export type Site = v.InferOutput<typeof Site>;

/** What an admin sees once, on creation: the site plus its SSO secret. */
export const SiteCreated = v.object({ ...Site.entries, ssoSecret: v.string() });
export type SiteCreated = v.InferOutput<typeof SiteCreated>;

/**
 * `PATCH /v1/admin/sites/{site}`: the fields to change, each optional. The HS256 secret changes only
 * through `POST /v1/admin/sites/{site}/sso-secret`.
 */
export const SitePatch = v.strictObject(
  {
    name: v.optional(SiteName),
    origins: v.optional(Origins),
    allowGuests: v.optional(v.boolean()),
    premoderation: v.optional(v.boolean()),
    guestPremoderation: v.optional(v.boolean()),
    guestProofOfWork: v.optional(v.boolean()),
    topContributorThreshold: v.optional(TopContributorThreshold),
    surveyContactDays: v.optional(SurveyContactDays),
    sso: v.optional(SsoSettings),
  },
  "has a field that cannot be changed here (the SSO secret rotates through POST …/sso-secret)",
);
export type SitePatch = v.InferInput<typeof SitePatch>;

/** Answer of `POST /v1/admin/sites/{site}/sso-secret`: the new HS256 secret, shown this once. */
export const SsoSecretRotated = v.object({ ssoSecret: v.string() });
export type SsoSecretRotated = v.InferOutput<typeof SsoSecretRotated>;

/** Public, cacheable per-site configuration read by the loader and widgets. */
export const SiteConfig = v.object({
  site: v.object({ id: v.string(), name: v.string() }),
  allowGuests: v.boolean(),
  premoderation: v.boolean(),
});
export type SiteConfig = v.InferOutput<typeof SiteConfig>;
