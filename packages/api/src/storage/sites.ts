import type { SsoSettings } from "@corner/contracts";
import { SURVEY_CONTACT_BUDGET_DAYS } from "@corner/contracts/limits";
import type { Driver } from "./driver.ts";

export interface SiteRecord {
  id: string;
  name: string;
  origins: string[];
  ssoSecret: string;
  /** How SSO tokens are verified: HS256 with `ssoSecret`, or RS256/ES256 with a public key or JWKS URL. */
  sso: SsoSettings;
  allowGuests: boolean;
  premoderation: boolean;
  /** What guests write waits for approval (`pending`), as under `premoderation` for everyone. */
  guestPremoderation: boolean;
  /** Guests must solve a proof-of-work challenge to sign in. */
  guestProofOfWork: boolean;
  /** Q&A: reputation at or above this earns the `top_contributor` badge. */
  topContributorThreshold: number;
  /** Surveys: days between two prompts to one visitor, across every survey (the contact budget). */
  surveyContactDays: number;
  createdAt: string;
}

/** What `PATCH /v1/admin/sites/{site}` may change. */
export type SiteChanges = Partial<
  Pick<
    SiteRecord,
    | "name"
    | "origins"
    | "allowGuests"
    | "premoderation"
    | "guestPremoderation"
    | "guestProofOfWork"
    | "topContributorThreshold"
    | "surveyContactDays"
    | "sso"
  >
>;

type SiteRow = {
  id: string;
  name: string;
  origins: string[];
  sso_secret: string;
  sso_alg: "HS256" | "RS256" | "ES256";
  sso_public_key: string | null;
  sso_jwks_url: string | null;
  allow_guests: boolean;
  premoderation: boolean;
  guest_premoderation: boolean;
  guest_pow: boolean;
  top_contributor_threshold: number;
  survey_contact_days: number;
  created_at: Date;
};

// A PEM is stored as it came; a JWK as its JSON text (a PEM never starts with "{").
const ssoOf = (r: SiteRow): SsoSettings => {
  if (r.sso_alg === "HS256") return { alg: "HS256" };
  if (r.sso_jwks_url !== null) return { alg: r.sso_alg, jwksUrl: r.sso_jwks_url };
  const key = r.sso_public_key ?? "";
  return { alg: r.sso_alg, publicKey: key.startsWith("{") ? JSON.parse(key) : key } as SsoSettings;
};

const ssoColumns = (sso: SsoSettings): [string, string | null, string | null] =>
  sso.alg === "HS256"
    ? ["HS256", null, null]
    : [
        sso.alg,
        sso.publicKey === undefined
          ? null
          : typeof sso.publicKey === "string"
            ? sso.publicKey
            : JSON.stringify(sso.publicKey),
        sso.jwksUrl ?? null,
      ];

const toSite = (r: SiteRow): SiteRecord => ({
  id: r.id,
  name: r.name,
  origins: r.origins,
  ssoSecret: r.sso_secret,
  sso: ssoOf(r),
  allowGuests: r.allow_guests,
  premoderation: r.premoderation,
  guestPremoderation: r.guest_premoderation,
  guestProofOfWork: r.guest_pow,
  topContributorThreshold: r.top_contributor_threshold,
  surveyContactDays: r.survey_contact_days,
  createdAt: new Date(r.created_at).toISOString(),
});

export function sitesStore(db: Driver) {
  return {
    /** Creates the site; null when the id is taken. */
    async create(
      s: Omit<
        SiteRecord,
        | "createdAt"
        | "topContributorThreshold"
        | "surveyContactDays"
        | "sso"
        | "guestPremoderation"
        | "guestProofOfWork"
      > & {
        guestPremoderation?: boolean;
        guestProofOfWork?: boolean;
        topContributorThreshold?: number;
        surveyContactDays?: number;
        sso?: SsoSettings;
      },
    ): Promise<SiteRecord | null> {
      const rows = await db.query<SiteRow>(
        `INSERT INTO sites (id, name, origins, sso_secret, allow_guests, premoderation, top_contributor_threshold,
           survey_contact_days, created_at, sso_alg, sso_public_key, sso_jwks_url, guest_premoderation, guest_pow)
         VALUES ($1, $2, $3::text[], $4, $5, $6, $7, $8, $9::timestamptz, $10, $11, $12, $13, $14)
         ON CONFLICT (id) DO NOTHING RETURNING *`,
        [
          s.id,
          s.name,
          s.origins,
          s.ssoSecret,
          s.allowGuests,
          s.premoderation,
          s.topContributorThreshold ?? 50,
          s.surveyContactDays ?? SURVEY_CONTACT_BUDGET_DAYS,
          new Date().toISOString(),
          ...ssoColumns(s.sso ?? { alg: "HS256" }),
          s.guestPremoderation ?? false,
          s.guestProofOfWork ?? false,
        ],
      );
      return rows[0] ? toSite(rows[0]) : null;
    },
    async get(id: string): Promise<SiteRecord | null> {
      const rows = await db.query<SiteRow>("SELECT * FROM sites WHERE id = $1", [id]);
      return rows[0] ? toSite(rows[0]) : null;
    },
    /** Changes the given settings (others stay); null when there is no such site. */
    async update(id: string, c: SiteChanges): Promise<SiteRecord | null> {
      const [alg, publicKey, jwksUrl] = c.sso ? ssoColumns(c.sso) : [null, null, null];
      // One statement: the SSO columns change together or not at all ($11 says whether they change).
      const rows = await db.query<SiteRow>(
        `UPDATE sites SET
           name = COALESCE($2::text, name),
           origins = COALESCE($3::text[], origins),
           allow_guests = COALESCE($4::boolean, allow_guests),
           premoderation = COALESCE($5::boolean, premoderation),
           top_contributor_threshold = COALESCE($6::int, top_contributor_threshold),
           survey_contact_days = COALESCE($7::int, survey_contact_days),
           sso_alg = CASE WHEN $11::boolean THEN $8::text ELSE sso_alg END,
           sso_public_key = CASE WHEN $11::boolean THEN $9::text ELSE sso_public_key END,
           sso_jwks_url = CASE WHEN $11::boolean THEN $10::text ELSE sso_jwks_url END,
           guest_premoderation = COALESCE($12::boolean, guest_premoderation),
           guest_pow = COALESCE($13::boolean, guest_pow)
         WHERE id = $1
         RETURNING *`,
        [
          id,
          c.name ?? null,
          c.origins ?? null,
          c.allowGuests ?? null,
          c.premoderation ?? null,
          c.topContributorThreshold ?? null,
          c.surveyContactDays ?? null,
          alg,
          publicKey,
          jwksUrl,
          c.sso !== undefined,
          c.guestPremoderation ?? null,
          c.guestProofOfWork ?? null,
        ],
      );
      return rows[0] ? toSite(rows[0]) : null;
    },
    /** Replaces the HS256 SSO secret; false when there is no such site. */
    async setSsoSecret(id: string, secret: string): Promise<boolean> {
      const rows = await db.query("UPDATE sites SET sso_secret = $2 WHERE id = $1 RETURNING id", [
        id,
        secret,
      ]);
      return rows.length === 1;
    },
  };
}
