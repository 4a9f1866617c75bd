import type { IncomingMessage, ServerResponse } from "node:http";
import { corsHeaders } from "./middleware/cors/index.ts";
import { publicListHeaders, type Runtime } from "./runtime.ts";

/**
 * Serves a cached anonymous list read straight from node:http, before the request becomes a Fetch
 * `Request` for Hono. Only exact URLs the validated route already answered are served, with the same
 * headers, CORS decision and ETag handling; anything else (a miss, a token, an uncached site) falls
 * through to the app. This is what lets the read path keep up with a bare node:http server.
 */
export function fastRead(rt: Runtime, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" || req.headers.authorization !== undefined) return false;
  const url = req.url;
  if (!url?.startsWith("/v1/sites/")) return false;
  const hit = rt.lists.getByUrl(url);
  if (!hit) return false;
  const headers: Record<string, string | number> = publicListHeaders(hit.etag);
  headers.vary = "Authorization, Origin";
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const site = rt.sites.peek(hit.site);
    if (!site) return false;
    if (site.origins.includes(origin)) Object.assign(headers, corsHeaders(origin, false));
  }
  if (req.headers["if-none-match"] === hit.etag) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  headers["content-length"] = hit.bytes.length;
  res.writeHead(200, headers);
  res.end(hit.bytes);
  return true;
}
