import { createHmac } from "node:crypto";

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

/**
 * An HS256 JWT as a site's backend would sign it. `exp` defaults to 10 minutes from now; pass
 * `exp: null` to leave it out, or `alg` to forge a header (tests of what the API refuses).
 */
export function signSso(
  secret: string,
  claims: {
    sub: string;
    name?: string;
    email?: string;
    aud?: string;
    exp?: number | null;
    iat?: number;
    jti?: string;
    /** Host roles; `staff`, `moderator` or `admin` make the session staff for this site. */
    roles?: string[] | string;
  },
  opts: { alg?: string } = {},
): string {
  const now = Math.floor(Date.now() / 1000);
  const { exp, ...rest } = claims;
  const payload = { iat: now, ...rest, ...(exp === null ? {} : { exp: exp ?? now + 600 }) };
  const head = `${b64({ alg: opts.alg ?? "HS256", typ: "JWT" })}.${b64(payload)}`;
  const sig = createHmac("sha256", secret).update(head).digest("base64url");
  return `${head}.${sig}`;
}
