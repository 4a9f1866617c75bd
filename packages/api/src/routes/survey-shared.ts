import { createHash } from "node:crypto";
import { SiteId, type SurveyDefinition, SurveyKey, type SurveyPublic } from "@corner/contracts";
import type { Context } from "hono";
import { RateLimiterMemory } from "rate-limiter-flexible";
import * as v from "valibot";
import { idempotencyKey, type Reply, requestHash, withIdempotency } from "../middleware/idempotency/index.ts";
import { notFound } from "../middleware/problems/index.ts";
import { consumeOr429 } from "../middleware/rate-limit/index.ts";
import { clientAddress } from "../registry.ts";
import type { Runtime } from "../runtime.ts";
import type { Storage } from "../storage/index.ts";

export const SurveyParams = v.object({ site: SiteId, id: SurveyKey });

export const notFoundSurvey = (id: string) => notFound(`There is no active survey ${id} on this site.`);

/** What a page may know of a survey: no targeting, priority or status. */
export const surveyPublic = (d: SurveyDefinition): SurveyPublic => ({
  id: d.id,
  name: d.name,
  steps: d.steps,
  trigger: d.trigger,
  display: d.display,
  frequency: d.frequency,
});

/** How long this process keeps a site's active definitions (admin writes here drop them at once). */
const ACTIVE_TTL_MS = 1000;
const active = new WeakMap<Runtime, Map<string, { until: number; surveys: Promise<SurveyDefinition[]> }>>();

/**
 * The site's active survey definitions, read at most once a second per process: `eligible` runs on
 * every page view of every visitor, and definitions change rarely. Other nodes see an admin write
 * within that second.
 */
export function activeSurveys(rt: Runtime, db: Storage, siteId: string): Promise<SurveyDefinition[]> {
  const bySite = active.get(rt) ?? new Map();
  active.set(rt, bySite);
  const now = Date.now();
  const hit = bySite.get(siteId);
  if (hit && hit.until > now) return hit.surveys;
  if (bySite.size > 10_000) bySite.clear();
  const surveys = db.surveys.active(siteId);
  bySite.set(siteId, { until: now + ACTIVE_TTL_MS, surveys });
  // A failed read is not remembered.
  surveys.catch(() => bySite.delete(siteId));
  return surveys;
}

/** Drops the site's cached definitions after an admin write in this process. */
export function forgetSurveys(rt: Runtime, siteId: string): void {
  active.get(rt)?.delete(siteId);
}

/**
 * Anonymous survey writes (events, responses) per client address and survey, per minute. Generous on
 * purpose: a few hundred visitors behind one address (an office, a mobile carrier's NAT) each send a
 * `shown` event and a few answers; signed-in people are also held to the per-person write limit.
 */
export const SURVEY_WRITES_PER_ADDRESS = 3000;
const limiters = new WeakMap<Runtime, RateLimiterMemory | null>();

export async function limitAnonymous(c: Context, rt: Runtime, siteId: string, surveyId: string) {
  let limiter = limiters.get(rt);
  if (limiter === undefined) {
    const opts = rt.deps.rateLimit;
    limiter =
      opts === false
        ? null
        : new RateLimiterMemory({
            points: opts?.anonymousSurveyWrites ?? SURVEY_WRITES_PER_ADDRESS,
            duration: opts?.windowSeconds ?? 60,
            keyPrefix: "survey",
          });
    limiters.set(rt, limiter);
  }
  if (limiter)
    await consumeOr429(
      limiter,
      `${clientAddress(c)}|${siteId}|${surveyId}`,
      "survey writes from this address",
    );
}

/**
 * `Idempotency-Key` for an anonymous survey write (signed-in writes get it from the registry): the widget
 * sends one with the first answers, so a retry after a lost answer replays the first response instead of
 * counting a second one. There is no person to scope the key to, so the scope is a UUID derived from the
 * client address and the key; a replay also needs the same body.
 */
export async function anonymousIdempotent(
  c: Context,
  rt: Runtime,
  siteId: string,
  body: unknown,
  run: (tx: Storage) => Promise<Reply>,
): Promise<Reply | Response> {
  const key = idempotencyKey(c.req.header("idempotency-key"));
  if (key === undefined) return run(rt.deps.storage);
  const h = createHash("sha256")
    .update(`survey|${clientAddress(c)}|${key}`)
    .digest("hex");
  const person = `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  const { reply, replayed } = await withIdempotency(
    rt.deps.storage,
    { site: siteId, person, key, hash: requestHash(c.req.method, c.req.path, JSON.stringify(body)) },
    run,
  );
  return new Response(JSON.stringify(reply.body), {
    status: reply.status,
    headers: {
      "content-type": "application/json",
      ...reply.headers,
      ...(replayed ? { "idempotent-replayed": "true" } : {}),
    },
  });
}
