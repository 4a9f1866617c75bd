import { SiteId } from "@corner/contracts";
import { Hono } from "hono";
import * as v from "valibot";
import { limitBody } from "./middleware/body/index.ts";
import { applyCors, corsHeaders } from "./middleware/cors/index.ts";
import { HttpProblem, onError, problemResponse } from "./middleware/problems/index.ts";
import { createLimiter } from "./middleware/rate-limit/index.ts";
import { type AnyRoute, allowedMethods, mount } from "./registry.ts";
import { answerRoutes } from "./routes/answers.ts";
import { boardRoutes } from "./routes/boards.ts";
import { challengeRoutes } from "./routes/challenge.ts";
import { configRoutes } from "./routes/config.ts";
import { healthRoutes } from "./routes/health.ts";
import { ideaCommentRoutes } from "./routes/idea-comments.ts";
import { ideaStaffRoutes } from "./routes/idea-staff.ts";
import { ideaRoutes } from "./routes/ideas.ts";
import { notificationRoutes } from "./routes/notifications.ts";
import { openApiRoute } from "./routes/openapi.ts";
import { privacyRoutes } from "./routes/privacy.ts";
import { qaAdminRoutes } from "./routes/qa-admin.ts";
import { qaReportRoutes } from "./routes/qa-reports.ts";
import { questionRoutes } from "./routes/questions.ts";
import { reviewRoutes } from "./routes/reviews.ts";
import { sessionRoutes } from "./routes/session.ts";
import { siteRoutes } from "./routes/sites.ts";
import { surveyAdminRoutes } from "./routes/survey-admin.ts";
import { surveyRoutes } from "./routes/surveys.ts";
import { type AppDeps, type AppEnv, ListCache, type Runtime, SiteCache } from "./runtime.ts";

export type { AppDeps } from "./runtime.ts";

const defaultLog = (msg: string, err?: unknown) => console.error(`[corner-api] ${msg}`, err ?? "");

/** Every route, in one list: the app mounts it and `openapi.json` describes it. */
export function allRoutes(): AnyRoute[] {
  const routes: AnyRoute[] = [
    ...healthRoutes,
    ...siteRoutes,
    ...configRoutes,
    ...sessionRoutes,
    ...challengeRoutes,
    ...reviewRoutes,
    ...boardRoutes,
    ...ideaRoutes,
    ...ideaCommentRoutes,
    ...ideaStaffRoutes,
    ...notificationRoutes,
    ...questionRoutes,
    ...answerRoutes,
    ...qaReportRoutes,
    ...qaAdminRoutes,
    ...surveyRoutes,
    ...surveyAdminRoutes,
    ...privacyRoutes,
  ];
  routes.push(openApiRoute(() => routes));
  return routes;
}

/** The Hono app over the given storage; call `app.request()` in tests or serve it with `startServer`. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  return buildApp(deps).app;
}

/** The app and its runtime (caches, limiter), for the server's node:http fast path. */
export function buildApp(deps: AppDeps): { app: Hono<AppEnv>; rt: Runtime } {
  const log = deps.log ?? defaultLog;
  const rt: Runtime = {
    deps,
    sessionKey: new TextEncoder().encode(deps.sessionSecret),
    limiter: createLimiter(deps.rateLimit === undefined ? {} : deps.rateLimit),
    sites: new SiteCache(deps.storage, deps.extraOrigins),
    lists: new ListCache(deps.listCacheMs ?? 1500),
    log,
  };
  const routes = allRoutes();
  const app = new Hono<AppEnv>();
  app.onError(onError(log));
  app.use("*", applyCors);
  app.use("*", limitBody);

  // Preflight: answered only for origins the site lists; public GETs never need one.
  app.options("/v1/sites/:site/*", async (c) => {
    const origin = c.req.header("origin");
    const id = c.req.param("site");
    const site = v.is(SiteId, id) ? await rt.sites.get(id) : null;
    if (!origin || !site?.origins.includes(origin)) {
      throw new HttpProblem(403, "originNotAllowed", "This origin is not listed for the site.");
    }
    return c.body(null, 204, corsHeaders(origin, true)); // applyCors adds Vary: Origin
  });

  mount(app, rt, routes);

  app.notFound((c) => {
    const allow = allowedMethods(routes, c.req.path);
    if (allow.length > 0) {
      const res = problemResponse(
        new HttpProblem(
          405,
          "methodNotAllowed",
          `${c.req.method} is not allowed here; use ${allow.join(", ")}.`,
        ),
      );
      res.headers.set("allow", allow.join(", "));
      return res;
    }
    return problemResponse(new HttpProblem(404, "notFound", `There is nothing at ${c.req.path}.`));
  });
  return { app, rt };
}
