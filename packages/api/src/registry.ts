import { SiteId } from "@corner/contracts";
import type { Context, Hono } from "hono";
import * as v from "valibot";
import {
  isAdmin,
  optionalSession,
  requireAdmin,
  requireSession,
  type SessionUser,
} from "./middleware/auth/index.ts";
import { readJson, refuseNonJsonBody } from "./middleware/body/index.ts";
import { checkOrigin } from "./middleware/cors/index.ts";
import { idempotencyKey, type Reply, requestHash, withIdempotency } from "./middleware/idempotency/index.ts";
import { HttpProblem, notFound, unauthorized } from "./middleware/problems/index.ts";
import { validate } from "./middleware/validation/index.ts";
import type { AppEnv, Runtime } from "./runtime.ts";
import type { SiteRecord, Storage } from "./storage/index.ts";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Schema = v.GenericSchema | undefined;
type Out<S> = S extends v.GenericSchema ? v.InferOutput<S> : undefined;

export interface RouteCtx<P extends Schema, Q extends Schema, B extends Schema> {
  c: Context<AppEnv>;
  rt: Runtime;
  /** Storage for this request: inside the Idempotency-Key transaction when one was sent. */
  db: Storage;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  /** The site named in the path; only routes whose path has `{site}` may read it. */
  site: SiteRecord;
  /** Present on `session` routes, and on `optional` routes when a valid token was sent. */
  user: SessionUser | undefined;
}

/**
 * One place declares a route: method, path, schemas for params, query and body, answers, auth.
 * The validator and `GET /v1/openapi.json` both read this.
 */
export interface RouteDef<P extends Schema = Schema, Q extends Schema = Schema, B extends Schema = Schema> {
  method: Method;
  /** OpenAPI-style path, e.g. `/v1/sites/{site}/reviews/{id}`. */
  path: string;
  summary: string;
  tag: string;
  /** `staff`: the admin token, or a session whose SSO token carried a staff role for this site (`user` set then). */
  auth: "none" | "optional" | "session" | "admin" | "staff";
  params?: P;
  query?: Q;
  body?: B;
  responses: Record<number, { description: string; schema?: v.GenericSchema }>;
  /** Honour `Idempotency-Key` (POST writes by a signed-in person). */
  idempotent?: boolean;
  /** `write`: counted per signed-in person. Sign-ins are limited inside the session route. */
  rateLimit?: "write";
  handler: (ctx: RouteCtx<P, Q, B>) => Promise<Reply | Response>;
}

// The registry stores routes of differing schema types side by side.
// biome-ignore lint/suspicious/noExplicitAny: heterogeneous route list; each route is typed where defined.
export type AnyRoute = RouteDef<any, any, any>;

export const route = <
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
>(
  def: RouteDef<P, Q, B>,
): AnyRoute => def as AnyRoute;

const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1");

/** The peer address of the connection (no proxy headers are trusted). */
export const clientAddress = (c: Context): string => {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "unknown";
};

function send(reply: Reply, extra?: Record<string, string>): Response {
  return new Response(JSON.stringify(reply.body), {
    status: reply.status,
    headers: { "content-type": "application/json", ...reply.headers, ...extra },
  });
}

async function run(c: Context<AppEnv>, rt: Runtime, r: AnyRoute): Promise<Response> {
  let site = undefined as unknown as SiteRecord;
  let found: SiteRecord | null = null;
  if (r.path.includes("{site}")) {
    // The origin decision comes first, so even a 400 about the path reaches a listed origin readably.
    const raw = c.req.param("site");
    found = raw && v.is(SiteId, raw) ? await rt.sites.get(raw) : null;
    if (found && r.path.startsWith("/v1/sites/")) {
      c.set("corsOrigin", checkOrigin(c.req.header("origin"), found.origins, r.method));
    }
  }
  const params = r.params ? validate(r.params, c.req.param(), "path") : undefined;
  if (r.path.includes("{site}")) {
    if (!found) throw notFound(`There is no site ${(params as { site: string }).site}.`);
    site = found;
  }
  const query = r.query ? validate(r.query, c.req.query(), "query") : undefined;

  let user: SessionUser | undefined;
  if (r.auth === "admin") requireAdmin(c, rt.deps.adminToken);
  else if (r.auth === "session") user = await requireSession(c, rt.sessionKey, site.id);
  else if (r.auth === "optional") user = await optionalSession(c, rt.sessionKey, site.id);
  else if (r.auth === "staff" && !isAdmin(c, rt.deps.adminToken)) {
    user = await requireSession(c, rt.sessionKey, site.id);
    if (!user.staff) throw new HttpProblem(403, "forbidden", "Only the site's staff may do this.");
  }

  // An erased person's token still verifies until it expires: refuse its writes (one indexed lookup).
  if (user && r.method !== "GET" && (await rt.deps.storage.privacy.erased(site.id, user.id))) {
    throw unauthorized("This person was erased from the site; sign in again.");
  }
  if (r.rateLimit === "write" && user) await rt.limiter.consume("write", `${site.id}:${user.id}`);

  let raw = "";
  let body: unknown;
  if (r.body) {
    const read = await readJson(c);
    raw = read.raw;
    body = validate(r.body, read.json, "body");
  } else if (r.method !== "GET") refuseNonJsonBody(c);

  const ctx = { c, rt, db: rt.deps.storage, params, query, body, site, user };
  const key = r.idempotent && user ? idempotencyKey(c.req.header("idempotency-key")) : undefined;
  if (key === undefined || !user) {
    const out = await r.handler(ctx);
    if (out instanceof Response) return out;
    out.onCommit?.();
    return send(out);
  }
  const { reply, replayed } = await withIdempotency(
    rt.deps.storage,
    { site: site.id, person: user.id, key, hash: requestHash(r.method, c.req.path, raw) },
    async (tx) => {
      const out = await r.handler({ ...ctx, db: tx });
      if (out instanceof Response) throw new Error(`${r.path}: idempotent handlers must return a Reply`);
      return out;
    },
  );
  reply.onCommit?.();
  return send(reply, replayed ? { "idempotent-replayed": "true" } : undefined);
}

export function mount(app: Hono<AppEnv>, rt: Runtime, routes: AnyRoute[]): void {
  for (const r of routes) {
    app.on(r.method, honoPath(r.path), (c) => run(c, rt, r));
  }
}

/** Methods registered for a concrete path, for 405 answers with `Allow`. */
export function allowedMethods(routes: AnyRoute[], path: string): string[] {
  const methods = new Set<string>();
  for (const r of routes) {
    const re = new RegExp(`^${r.path.replace(/\{\w+\}/g, "[^/]+")}$`);
    if (re.test(path)) methods.add(r.method);
  }
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods];
}
