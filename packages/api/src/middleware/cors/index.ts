import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../runtime.ts";
import { HttpProblem } from "../problems/index.ts";

const ALLOW_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
const ALLOW_HEADERS = "Authorization, Content-Type, Idempotency-Key";

/** Headers for an origin a site lists; never `*`, because answers depend on the origin. */
export function corsHeaders(origin: string, preflight: boolean): Record<string, string> {
  return {
    "access-control-allow-origin": origin,
    "access-control-expose-headers": "Retry-After, ETag, Idempotent-Replayed",
    ...(preflight
      ? {
          "access-control-allow-methods": ALLOW_METHODS,
          "access-control-allow-headers": ALLOW_HEADERS,
          "access-control-max-age": "86400",
        }
      : {}),
  };
}

/**
 * Decides a site request's origin: a listed origin is reflected (on success and on every error, so the
 * widget can read problem details); an unlisted one gets no CORS headers, and its writes are refused.
 */
export function checkOrigin(
  origin: string | undefined,
  allowed: readonly string[],
  method: string,
): string | undefined {
  if (origin === undefined) return undefined;
  if (allowed.includes(origin)) return origin;
  if (method !== "GET" && method !== "HEAD") {
    throw new HttpProblem(
      403,
      "originNotAllowed",
      `Origin ${origin} is not listed for this site; add it to the site's origins.`,
    );
  }
  return undefined;
}

/** Outermost middleware: adds the CORS headers a route decided on to whatever answer went out. */
export const applyCors: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const origin = c.get("corsOrigin");
  const vary = c.req.path.startsWith("/v1/sites/");
  if (!origin && !vary) return;
  // Our responses are built here, so their headers are mutable: no copy per request.
  const headers = c.res.headers;
  if (vary) headers.append("vary", "Origin");
  if (origin) for (const [k, val] of Object.entries(corsHeaders(origin, false))) headers.set(k, val);
};
