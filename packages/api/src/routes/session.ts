import { createHash } from "node:crypto";
import { Session, SessionCreate } from "@corner/contracts";
import { bearer, STAFF_ROLES, signSession, verifySso } from "../middleware/auth/index.ts";
import { HttpProblem, unauthorized } from "../middleware/problems/index.ts";
import { clientAddress, route } from "../registry.ts";
import { uuidv7 } from "../storage/ids.ts";
import { checkGuestPow, powRequired } from "./challenge.ts";
import { SiteParams } from "./params.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");

export const sessionRoutes = [
  route({
    method: "POST",
    path: "/v1/sites/{site}/session",
    summary: "Sign in with the host's SSO token or as a named guest; answers a bearer token for writes",
    tag: "session",
    auth: "none",
    params: SiteParams,
    body: SessionCreate,
    responses: {
      200: { description: "A session token (valid 2 hours) and who it speaks for", schema: Session },
      401: { description: "The SSO token is invalid, expired, or for another site" },
      403: {
        description:
          "Guests may not post on this site, or the guest's proof of work is wrong, expired or used",
      },
    },
    handler: async ({ c, rt, db, site, body }) => {
      let person: Awaited<ReturnType<typeof db.people.upsert>>;
      let staff = false;
      let ssoToken: { key: string; expires: Date } | undefined;
      if ("sso" in body) {
        // The stored settings, not the short cache: a rotated secret or replaced key counts at once.
        const claims = await verifySso(body.sso, (await db.sites.get(site.id)) ?? site);
        // Keyed by the signed subject, so an office of people behind one address all get in.
        await rt.limiter.consume("session", `${site.id}:${claims.sub}`);
        const expires = new Date((claims.exp + 60) * 1000);
        if (claims.jti && !(await db.people.useSsoToken(site.id, claims.jti, expires))) {
          throw unauthorized("This SSO token (jti) was already used; sign a new one.");
        }
        // Without a jti the same token may sign in again (one token per page view) until its session
        // signs out; from then on it is spent.
        const key = claims.jti ?? `sha256:${sha256(body.sso)}`;
        if (!claims.jti && (await db.people.ssoTokenSpent(site.id, key))) {
          throw unauthorized("This SSO token was already used and its session signed out; sign a new one.");
        }
        ssoToken = { key, expires };
        person = await db.people.upsert({
          siteId: site.id,
          provider: "sso",
          subject: claims.sub,
          name: claims.name,
          email: claims.email ?? null,
          avatar: claims.avatar ?? null,
        });
        // Roles come from this site's signed token, so staff status is for this site only.
        staff = (claims.roles ?? []).some((r) => (STAFF_ROLES as readonly string[]).includes(r));
      } else {
        if (!site.allowGuests) {
          throw new HttpProblem(
            403,
            "forbidden",
            "This site does not allow guests; sign in through the site.",
          );
        }
        await rt.limiter.consume("guest", clientAddress(c));
        // Required where the site asks for it; a proof that is sent is always checked.
        if (body.guest.pow !== undefined) await checkGuestPow(rt, db, site, body.guest.pow);
        else if (site.guestProofOfWork) throw powRequired();
        person = await db.people.upsert({
          siteId: site.id,
          provider: "guest",
          subject: uuidv7(),
          name: body.guest.name,
        });
      }
      const user = {
        id: person.id,
        name: person.name,
        kind: person.kind,
        ...(person.avatar ? { avatar: person.avatar } : {}),
        ...(staff ? { staff: true } : {}),
      };
      const { token, expiresAt } = await signSession(rt.sessionKey, { ...user, site: site.id });
      if (ssoToken) {
        await db.people.rememberSsoSession(site.id, sha256(token), ssoToken.key, ssoToken.expires);
      }
      return { status: 200, body: { token, expiresAt, user } satisfies Session };
    },
  }),
  route({
    method: "DELETE",
    path: "/v1/sites/{site}/session",
    summary: "Sign out: the SSO token this session was made with can no longer sign in",
    tag: "session",
    auth: "session",
    params: SiteParams,
    responses: { 204: { description: "Signed out" }, 401: { description: "No valid session for this site" } },
    handler: async ({ c, db, site }) => {
      // The session token itself runs out on its own (2 hours); revocation comes with refresh tokens.
      await db.people.spendSsoSession(site.id, sha256(bearer(c) ?? ""));
      return new Response(null, { status: 204 });
    },
  }),
];
