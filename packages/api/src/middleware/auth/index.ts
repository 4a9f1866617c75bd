import { timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { jwtVerify, SignJWT } from "jose";
import { unauthorized } from "../problems/index.ts";

/** Who a session token speaks for. */
export interface SessionUser {
  id: string;
  name: string;
  kind: "sso" | "guest";
  site: string;
  /** Staff of this site (the SSO token carried a staff, moderator or admin role): may change idea statuses. */
  staff?: boolean;
}

/** SSO roles that make a session staff for its site. */
export const STAFF_ROLES = ["staff", "moderator", "admin"] as const;

export const SESSION_TTL_SECONDS = 2 * 60 * 60;
const ISSUER = "corner-api";

export function bearer(c: Context): string | undefined {
  const h = c.req.header("authorization");
  if (!h) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1] : "";
}

/** Signs the API's own short-lived session token (HS256 with the secret every node shares). */
export async function signSession(
  key: Uint8Array,
  user: SessionUser,
): Promise<{ token: string; expiresAt: string }> {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + SESSION_TTL_SECONDS;
  const token = await new SignJWT({
    site: user.site,
    name: user.name,
    kind: user.kind,
    ...(user.staff ? { staff: true } : {}),
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .sign(key);
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

/** The session's user, or null when the token is not one of ours, has expired, or is malformed. */
export async function verifySession(key: Uint8Array, token: string): Promise<SessionUser | null> {
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"], issuer: ISSUER });
    const { sub, site, name, kind, staff } = payload;
    if (typeof sub !== "string" || typeof site !== "string" || typeof name !== "string") return null;
    if (kind !== "sso" && kind !== "guest") return null;
    return { id: sub, site, name, kind, ...(staff === true && kind === "sso" ? { staff: true } : {}) };
  } catch {
    return null;
  }
}

/** A write's signed-in user for `site`, or a 401 problem with `WWW-Authenticate: Bearer`. */
export async function requireSession(c: Context, key: Uint8Array, site: string): Promise<SessionUser> {
  const token = bearer(c);
  if (token === undefined) throw unauthorized("Sign in first: send Authorization: Bearer <session token>.");
  const user = token ? await verifySession(key, token) : null;
  if (!user) throw unauthorized("The session token is invalid or has expired; sign in again.");
  if (user.site !== site)
    throw unauthorized("The session token belongs to another site; sign in to this one.");
  return user;
}

/**
 * A reader's user when a valid token for this site is sent; otherwise anonymous. Reads never fail on a
 * stale token, so a page with an expired session still shows reviews.
 */
export async function optionalSession(
  c: Context,
  key: Uint8Array,
  site: string,
): Promise<SessionUser | undefined> {
  const token = bearer(c);
  if (!token) return undefined;
  const user = await verifySession(key, token);
  return user && user.site === site ? user : undefined;
}

/** Whether the request carries the admin token (compared in constant time). */
export function isAdmin(c: Context, adminToken: string): boolean {
  const token = bearer(c);
  const a = Buffer.from(token ?? "");
  const b = Buffer.from(adminToken);
  return !!token && a.length === b.length && timingSafeEqual(a, b);
}

export function requireAdmin(c: Context, adminToken: string): void {
  if (!isAdmin(c, adminToken)) {
    throw unauthorized("Send the admin token: Authorization: Bearer <CORNER_ADMIN_TOKEN>.");
  }
}

export type { SsoClaims, SsoSite } from "./sso.ts";
export { checkSsoSettings, SSO_MAX_LIFETIME_SECONDS, verifySso } from "./sso.ts";
