import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { HttpProblem } from "../problems/index.ts";

export interface RateLimitOptions {
  /** Writes per person per window (default 30 a minute). */
  writes?: number;
  /** SSO sign-ins per person (site + sub) per window (default 20 a minute). */
  sessions?: number;
  /** Guest sign-ins per client address per window (default 120 a minute: guests have no other key). */
  guestSessions?: number;
  /** Anonymous survey writes (events, answers) per client address and survey per window (default 3,000). */
  anonymousSurveyWrites?: number;
  /** Window in seconds (default 60). */
  windowSeconds?: number;
}

export interface Limiter {
  /** Counts one action for `key`; throws a 429 problem with Retry-After when over the limit. */
  consume(kind: "write" | "session" | "guest", key: string): Promise<void>;
}

/**
 * Writes and SSO sign-ins are keyed by person, never by address, so many people behind one NAT are
 * never stopped; only guest sign-ins (which have no other identity) are keyed by address, generously. `false` disables both (load tests on loopback).
 */
export function createLimiter(opts: RateLimitOptions | false): Limiter {
  if (opts === false) return { consume: async () => {} };
  const duration = opts.windowSeconds ?? 60;
  const limiters = {
    write: new RateLimiterMemory({ points: opts.writes ?? 30, duration, keyPrefix: "w" }),
    session: new RateLimiterMemory({ points: opts.sessions ?? 20, duration, keyPrefix: "s" }),
    guest: new RateLimiterMemory({ points: opts.guestSessions ?? 120, duration, keyPrefix: "g" }),
  };
  return {
    consume: (kind, key) => consumeOr429(limiters[kind], key, kind === "write" ? "writes" : "sign-ins"),
  };
}

/** Counts one action for `key` on `limiter`; over the limit, a 429 problem ("Too many <what>") with Retry-After. */
export async function consumeOr429(limiter: RateLimiterMemory, key: string, what: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (err) {
    if (!(err instanceof RateLimiterRes)) throw err;
    const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    throw new HttpProblem(429, "rateLimited", `Too many ${what}; try again in ${seconds} s.`, undefined, {
      "retry-after": String(seconds),
    });
  }
}
