import type { Context } from "hono";
import type { SessionUser } from "../middleware/auth/index.ts";
import { type AppEnv, publicListHeaders, type Runtime } from "../runtime.ts";

/**
 * Answers a subject's list read. Anonymous answers are built once per (site, subject, key) and kept in
 * the runtime's list cache, which also serves them from node:http (fast-read.ts) until a write to the
 * subject drops them; a signed-in reader's answer carries viewer fields and is never cached. `key` must
 * name the list (reviews and questions of one subject share the cache bucket, so a write to either
 * drops both: a new review can make a Q&A author a verified owner).
 */
export async function cachedListReply(
  c: Context<AppEnv>,
  rt: Runtime,
  at: { site: string; subject: string; key: string; user: SessionUser | undefined },
  build: () => Promise<unknown>,
): Promise<Response> {
  let cached = at.user ? undefined : rt.lists.get(at.site, at.subject, at.key);
  if (!cached) {
    const json = JSON.stringify(await build());
    if (at.user) {
      return c.body(json, 200, {
        "content-type": "application/json",
        "cache-control": "private, no-store",
        vary: "Authorization",
      });
    }
    const url = new URL(c.req.url);
    cached = rt.lists.set(at.site, at.subject, at.key, json, url.pathname + url.search);
  }
  const headers = publicListHeaders(cached.etag);
  if (c.req.header("if-none-match") === cached.etag) return c.body(null, 304, headers);
  return c.body(cached.body, 200, headers);
}
