import type { SsoSettings } from "@corner/contracts";
import {
  type CryptoKey,
  createRemoteJWKSet,
  decodeProtectedHeader,
  importJWK,
  importSPKI,
  type JWK,
  type JWTPayload,
  errors as joseErrors,
  jwtVerify,
} from "jose";
import { badRequest, unauthorized } from "../problems/index.ts";

/** How long a host's SSO token may live: `exp` at most this long after `iat` (or after now). */
export const SSO_MAX_LIFETIME_SECONDS = 10 * 60;
/** Clocks of the host and the API may disagree by this much. */
export const SSO_CLOCK_TOLERANCE_SECONDS = 60;

/** What verification needs of a site: its id (the `aud`), HS256 secret and pinned algorithm and key. */
export interface SsoSite {
  id: string;
  ssoSecret: string;
  sso: SsoSettings;
}

export interface SsoClaims {
  sub: string;
  name: string;
  email?: string;
  /** An https URL of the person's picture, when the token named one. */
  avatar?: string;
  /** Token id, when the host sets one: the token is then accepted once. */
  jti?: string;
  exp: number;
  /** From an optional `roles` claim (array of strings, or one space-separated string). */
  roles?: string[];
}

type Key = Uint8Array | CryptoKey | ReturnType<typeof createRemoteJWKSet>;

// Imported public keys and JWKS getters, per site and key text. The JWKS getter caches the host's keys
// and refetches at most once per cooldown when a token names an unknown kid (key rotation).
const keys = new Map<string, Promise<CryptoKey | Uint8Array>>();
const jwksGetters = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
const MAX_CACHED = 1000;

function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= MAX_CACHED) map.delete(map.keys().next().value as string);
    value = make();
    map.set(key, value);
  }
  return value;
}

const jwksCooldownMs = () => {
  const n = Number(process.env.CORNER_JWKS_COOLDOWN_MS);
  return Number.isFinite(n) && n >= 0 ? n : 30_000;
};

/** Parses a registered public key for the alg; throws with jose's reason when it does not fit. */
export async function importPublicKey(
  alg: "RS256" | "ES256",
  publicKey: string | object,
): Promise<CryptoKey> {
  if (typeof publicKey === "string") return importSPKI(publicKey.trim(), alg);
  const key = await importJWK({ ...(publicKey as JWK), alg }, alg);
  if (key instanceof Uint8Array) throw new TypeError("a symmetric JWK is not a public key");
  return key;
}

/**
 * Checks an SSO setting before it is stored: the public key parses and fits the algorithm. The schema
 * already checked shapes; this catches a PEM or JWK that does not parse. Throws a 400 naming `path`.
 */
export async function checkSsoSettings(sso: SsoSettings, path: string): Promise<void> {
  if (sso.alg === "HS256" || sso.publicKey === undefined) return;
  try {
    await importPublicKey(sso.alg, sso.publicKey);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    const message = `must be an ${sso.alg === "RS256" ? "RSA (2048 bits or more)" : "EC P-256"} public key that parses (${why})`;
    throw badRequest(`${path}.publicKey ${message}`, [{ path: `${path}.publicKey`, message }]);
  }
}

function keyFor(site: SsoSite): Key | Promise<CryptoKey | Uint8Array> {
  const sso = site.sso;
  if (sso.alg === "HS256") return new TextEncoder().encode(site.ssoSecret);
  if (sso.jwksUrl !== undefined) {
    const url = sso.jwksUrl;
    return remember(jwksGetters, `${site.id}\n${url}`, () =>
      createRemoteJWKSet(new URL(url), { cooldownDuration: jwksCooldownMs(), timeoutDuration: 5000 }),
    );
  }
  const text = typeof sso.publicKey === "string" ? sso.publicKey : JSON.stringify(sso.publicKey);
  const alg = sso.alg;
  return remember(keys, `${site.id}\n${alg}\n${text}`, () =>
    importPublicKey(alg, sso.publicKey as string | object).catch((err) => {
      keys.delete(`${site.id}\n${alg}\n${text}`);
      throw err;
    }),
  );
}

const describeKey = (site: SsoSite) =>
  site.sso.alg === "HS256"
    ? "the site's SSO secret (HS256)"
    : site.sso.jwksUrl !== undefined
      ? `the site's JWKS (${site.sso.alg})`
      : `the site's registered public key (${site.sso.alg})`;

/** Why jose refused a token, in words a host developer can act on. */
function refusal(err: unknown, token: string, site: SsoSite): string {
  if (err instanceof joseErrors.JOSEAlgNotAllowed) {
    let alg = "an unknown algorithm";
    try {
      alg = String(decodeProtectedHeader(token).alg);
    } catch {}
    return `is signed with ${alg}; this site accepts ${site.sso.alg} only.`;
  }
  if (err instanceof joseErrors.JWTExpired) return "has expired; sign a new one.";
  if (err instanceof joseErrors.JWTClaimValidationFailed) {
    if (err.reason === "missing") return `is missing the ${err.claim} claim (required).`;
    if (err.claim === "nbf") return "is not valid yet (nbf is in the future).";
    return `has an invalid ${err.claim} claim.`;
  }
  if (err instanceof joseErrors.JWSSignatureVerificationFailed)
    return `has a signature that does not verify with ${describeKey(site)}.`;
  if (err instanceof joseErrors.JWKSNoMatchingKey) return "names a key (kid) that is not in the site's JWKS.";
  if (err instanceof joseErrors.JWKSMultipleMatchingKeys)
    return "matches several keys in the site's JWKS; give each key its own kid.";
  if (err instanceof joseErrors.JWSInvalid || err instanceof joseErrors.JWTInvalid)
    return "is malformed (expected a signed JWT: header.payload.signature).";
  if (site.sso.alg !== "HS256" && site.sso.jwksUrl !== undefined)
    return `could not be checked: the site's JWKS at ${site.sso.jwksUrl} could not be fetched or read.`;
  return `could not be verified with ${describeKey(site)}.`;
}

const audNames = (aud: JWTPayload["aud"], site: string) =>
  aud === site || (Array.isArray(aud) && aud.includes(site));

/**
 * Verifies a host's SSO token with the site's pinned algorithm and key: `exp` required and at most 10
 * minutes after `iat` (or now), 60 s clock tolerance, `nbf` honoured, `aud` (when present) must name the
 * site, `sub` of 1–255 characters. Anything else is a 401 problem saying why.
 */
export async function verifySso(token: string, site: SsoSite): Promise<SsoClaims> {
  let payload: JWTPayload;
  try {
    const key = await keyFor(site);
    ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
      algorithms: [site.sso.alg],
      clockTolerance: SSO_CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["exp", "sub"],
    }));
  } catch (err) {
    throw unauthorized(`The SSO token ${refusal(err, token, site)}`);
  }
  const exp = payload.exp as number;
  const now = Math.floor(Date.now() / 1000);
  const lifetime = typeof payload.iat === "number" ? exp - payload.iat : undefined;
  if (
    (lifetime !== undefined && lifetime > SSO_MAX_LIFETIME_SECONDS) ||
    exp - now > SSO_MAX_LIFETIME_SECONDS + SSO_CLOCK_TOLERANCE_SECONDS
  ) {
    throw unauthorized(
      `The SSO token lives too long (exp is ${lifetime ?? exp - now} s after ${lifetime !== undefined ? "iat" : "now"}); sign tokens that expire within 10 minutes.`,
    );
  }
  if (payload.aud !== undefined && !audNames(payload.aud, site.id)) {
    throw unauthorized(`The SSO token's aud does not name site ${site.id}.`);
  }
  const sub = payload.sub;
  if (typeof sub !== "string" || sub.length === 0 || sub.length > 255) {
    throw unauthorized("The SSO token needs a sub claim of 1–255 characters.");
  }
  const rawName = typeof payload.name === "string" ? payload.name.trim() : "";
  const name = [...(rawName || sub)].slice(0, 60).join("");
  const email = typeof payload.email === "string" ? payload.email.slice(0, 320) : undefined;
  const avatar = httpsUrl(payload.avatar);
  const jti = typeof payload.jti === "string" && payload.jti.length <= 255 ? payload.jti : undefined;
  const rawRoles = payload.roles;
  const roles = (
    Array.isArray(rawRoles) ? rawRoles : typeof rawRoles === "string" ? rawRoles.split(/\s+/) : []
  ).filter((r): r is string => typeof r === "string" && r.length > 0 && r.length <= 64);
  return {
    sub,
    name,
    exp,
    ...(email ? { email } : {}),
    ...(avatar ? { avatar } : {}),
    ...(jti ? { jti } : {}),
    ...(roles.length > 0 ? { roles: roles.slice(0, 20) } : {}),
  };
}

/** An https URL of at most 2048 characters, else undefined (a bad avatar is ignored, not an error). */
function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 2048) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}
