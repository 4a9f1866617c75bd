import { createHmac, generateKeyPairSync, type KeyObject, sign } from "node:crypto";

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

/** Claims a site's backend may put in an SSO token (tests also forge odd ones). */
export interface SsoTestClaims {
  sub?: string;
  name?: string;
  email?: string;
  avatar?: string;
  aud?: string | string[];
  /** Defaults to 10 minutes from now; `null` leaves it out. */
  exp?: number | null;
  /** Defaults to now; `null` leaves it out. */
  iat?: number | null;
  nbf?: number;
  jti?: string;
  /** Host roles; `staff`, `moderator` or `admin` make the session staff for this site. */
  roles?: string[] | string;
}

function payloadOf(claims: SsoTestClaims): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  const { exp, iat, ...rest } = claims;
  return {
    ...(iat === null ? {} : { iat: iat ?? now }),
    ...rest,
    ...(exp === null ? {} : { exp: exp ?? now + 600 }),
  };
}

/**
 * An HS256 JWT as a site's backend would sign it. `exp` defaults to 10 minutes from now; pass
 * `exp: null` to leave it out, or `alg` to forge a header (tests of what the API refuses).
 */
export function signSso(
  secret: string,
  claims: SsoTestClaims & { sub: string },
  opts: { alg?: string } = {},
): string {
  return hmacJwt(secret, claims, opts.alg ?? "HS256");
}

/** An HMAC-SHA-256 signed JWT with any header `alg` and claims (sub optional, to forge tokens without one). */
export function hmacJwt(secret: string | Buffer, claims: SsoTestClaims, alg = "HS256"): string {
  const head = `${b64({ alg, typ: "JWT" })}.${b64(payloadOf(claims))}`;
  const sig = createHmac("sha256", secret).update(head).digest("base64url");
  return `${head}.${sig}`;
}

/** A hand-built unsigned token (`alg: none`, empty signature), which every site must refuse. */
export function unsignedSso(claims: SsoTestClaims): string {
  return `${b64({ alg: "none", typ: "JWT" })}.${b64(payloadOf(claims))}.`;
}

/** A key pair a host might sign SSO tokens with, and its public half as PEM (SPKI) and as JWK. */
export interface SsoKeyPair {
  alg: "RS256" | "ES256";
  kid: string;
  privateKey: KeyObject;
  publicPem: string;
  publicJwk: Record<string, string>;
}

export function ssoKeyPair(alg: "RS256" | "ES256", kid = `${alg.toLowerCase()}-${Date.now()}`): SsoKeyPair {
  const { privateKey, publicKey } =
    alg === "RS256"
      ? generateKeyPairSync("rsa", { modulusLength: 2048 })
      : generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    alg,
    kid,
    privateKey,
    publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    publicJwk: publicKey.export({ format: "jwk" }) as Record<string, string>,
  };
}

/** An RS256 or ES256 JWT signed with the pair's private key (header carries its `kid`). */
export function signSsoWith(
  key: SsoKeyPair,
  claims: SsoTestClaims,
  opts: { kid?: string | null } = {},
): string {
  const kid = opts.kid === undefined ? key.kid : opts.kid;
  const head = `${b64({ alg: key.alg, typ: "JWT", ...(kid ? { kid } : {}) })}.${b64(payloadOf(claims))}`;
  const sig = sign(
    "sha256",
    Buffer.from(head),
    key.alg === "ES256" ? { key: key.privateKey, dsaEncoding: "ieee-p1363" } : key.privateKey,
  ).toString("base64url");
  return `${head}.${sig}`;
}
