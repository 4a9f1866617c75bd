import { createHmac } from "node:crypto";
import { GuestPow, POW_REQUIRED, PowChallenge } from "@corner/contracts";
import { createChallenge, extractParams, verifySolution } from "altcha-lib/v1";
import * as v from "valibot";
import { HttpProblem } from "../middleware/problems/index.ts";
import { route } from "../registry.ts";
import type { Runtime } from "../runtime.ts";
import type { SiteRecord, Storage } from "../storage/index.ts";
import { SiteParams } from "./params.ts";

/**
 * The default difficulty: a solver tries half of it on average. `bench/pow.ts` measured Chromium on the
 * development machine (2 cores) at 100,000: median 368 ms, p90 762 ms over 20 fresh challenges.
 */
export const GUEST_POW_MAX_NUMBER = 100_000;
/** How long a challenge may be solved and sent. */
export const GUEST_POW_TTL_SECONDS = 300;

const keys = new WeakMap<Runtime, string>();
/** The HMAC key challenges are signed with: derived from the shared session secret, so every node agrees. */
function powKey(rt: Runtime): string {
  let key = keys.get(rt);
  if (!key) {
    key = createHmac("sha256", rt.deps.sessionSecret).update("corner guest pow v1").digest("hex");
    keys.set(rt, key);
  }
  return key;
}

function refuseGuests(site: SiteRecord): void {
  if (!site.allowGuests) {
    throw new HttpProblem(403, "forbidden", "This site does not allow guests; sign in through the site.");
  }
}

const powProblem = (detail: string) =>
  new HttpProblem(403, "forbidden", detail, [{ path: "body.guest.pow", message: detail }]);

/** A guest on a site with `guestProofOfWork` sent no solution: a 400 naming `body.guest.pow`. */
export const powRequired = () =>
  new HttpProblem(400, "validation", `pow ${POW_REQUIRED}`, [
    { path: "body.guest.pow", message: POW_REQUIRED },
  ]);

/**
 * Checks a guest's solved challenge: signed by this deployment, for this site, not expired, and not
 * used before (it is recorded until it expires). Throws a 403 problem naming `body.guest.pow`.
 */
export async function checkGuestPow(rt: Runtime, db: Storage, site: SiteRecord, payload: unknown) {
  // The body's schema has checked the shape already; this only narrows its type (and decodes base64).
  const pow = v.parse(GuestPow, payload);
  const params = extractParams(pow);
  const expires = Number(params.expires);
  if (params.site !== site.id || !Number.isInteger(expires)) {
    throw powProblem("This challenge was not issued for this site; fetch a new one.");
  }
  if (expires * 1000 < Date.now()) {
    throw powProblem("This challenge has expired; fetch a new one and solve it.");
  }
  if (!(await verifySolution(pow, powKey(rt), true))) {
    throw powProblem("This is not the challenge's solution (or the challenge was altered).");
  }
  if (!(await db.challenges.use(pow.challenge, new Date(expires * 1000)))) {
    throw powProblem("This challenge was already used; fetch a new one.");
  }
}

export const challengeRoutes = [
  route({
    method: "GET",
    path: "/v1/sites/{site}/session/challenge",
    summary:
      "A proof-of-work challenge for guest sign-in (ALTCHA v1, SHA-256): find the number, then sign in with it within 5 minutes",
    tag: "session",
    auth: "none",
    params: SiteParams,
    responses: {
      200: { description: "The challenge; each may be used for one sign-in", schema: PowChallenge },
      403: { description: "Guests may not post on this site" },
    },
    handler: async ({ rt, site }) => {
      refuseGuests(site);
      const maxNumber = rt.deps.guestPowMaxNumber ?? GUEST_POW_MAX_NUMBER;
      const challenge = await createChallenge({
        hmacKey: powKey(rt),
        maxNumber,
        expires: new Date(Date.now() + GUEST_POW_TTL_SECONDS * 1000),
        params: { site: site.id },
      });
      return {
        status: 200,
        body: {
          algorithm: "SHA-256",
          challenge: challenge.challenge,
          maxnumber: maxNumber,
          salt: challenge.salt,
          signature: challenge.signature,
        } satisfies PowChallenge,
        headers: { "cache-control": "no-store" },
      };
    },
  }),
];
