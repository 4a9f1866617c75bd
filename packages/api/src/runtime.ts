import { createHash } from "node:crypto";
import type { Limiter, RateLimitOptions } from "./middleware/rate-limit/index.ts";
import type { SiteRecord, Storage } from "./storage/index.ts";

/** What `createApp` needs. Everything else is derived. */
export interface AppDeps {
  storage: Storage;
  /** Bearer token for `/v1/admin/*`. */
  adminToken: string;
  /** HS256 secret for the API's own session tokens; every node sharing a database must use the same. */
  sessionSecret: string;
  /** `false` turns rate limits off; an object sets limits (defaults: 30 writes/min/person, 20 sessions/min/IP). */
  rateLimit?: false | RateLimitOptions;
  /** Origins allowed in addition to each site's stored list (tests, benches, the demo). */
  extraOrigins?: Record<string, string[]>;
  /** How long an anonymous list answer is served from memory (default 1500 ms; 0 turns the cache off). */
  listCacheMs?: number;
  /**
   * Guest sign-in proof of work: the largest number a challenge may hide (default `GUEST_POW_MAX_NUMBER`;
   * a solver tries half of it on average). Tests set a small one.
   */
  guestPowMaxNumber?: number;
  log?: (msg: string, err?: unknown) => void;
}

export type AppEnv = { Variables: { corsOrigin: string | undefined } };

export interface Runtime {
  deps: AppDeps;
  sessionKey: Uint8Array;
  limiter: Limiter;
  sites: SiteCache;
  lists: ListCache;
  log: (msg: string, err?: unknown) => void;
}

/** Sites change rarely; a short memory keeps per-request work tiny and bounds staleness across nodes. */
export class SiteCache {
  #entries = new Map<string, { site: SiteRecord | null; until: number }>();
  constructor(
    private storage: Storage,
    private extra: Record<string, string[]> = {},
    private ttlMs = 5000,
  ) {}
  /** The cached site without touching the database (undefined when not cached or expired). */
  peek(id: string): SiteRecord | null | undefined {
    const hit = this.#entries.get(id);
    return hit && hit.until > Date.now() ? hit.site : undefined;
  }
  async get(id: string): Promise<SiteRecord | null> {
    const hit = this.#entries.get(id);
    if (hit && hit.until > Date.now()) return hit.site;
    const found = await this.storage.sites.get(id);
    const site =
      found && this.extra[id] ? { ...found, origins: [...found.origins, ...this.extra[id]] } : found;
    if (this.#entries.size > 10_000) this.#entries.clear();
    this.#entries.set(id, { site, until: Date.now() + (site ? this.ttlMs : 1000) });
    return site;
  }
  forget(id: string): void {
    this.#entries.delete(id);
  }
}

export interface CachedBody {
  body: string;
  etag: string;
}

interface Entry extends CachedBody {
  until: number;
  bytes: Buffer;
  site: string;
  /** When one request was let through to refresh this expired entry (single flight). */
  refreshing: number;
}

/**
 * Anonymous list answers kept for a moment, keyed by (site, subject, query) and by the raw request URL
 * (for the node:http fast path); this process drops a subject's entries on every write to it, and the
 * TTL bounds what other nodes' writes can leave stale.
 */
export class ListCache {
  #bySubject = new Map<string, { byQuery: Map<string, Entry>; urls: Set<string> }>();
  #byUrl = new Map<string, Entry>();
  constructor(
    private ttlMs: number,
    private now: () => number = Date.now,
  ) {}
  get(site: string, subject: string, query: string): CachedBody | undefined {
    if (this.ttlMs <= 0) return undefined;
    const hit = this.#bySubject.get(`${site}\n${subject}`)?.byQuery.get(query);
    return hit && hit.until > this.now() ? hit : undefined;
  }
  /**
   * The entry stored for exactly this request path and query. Once it expires, one caller (per second)
   * gets undefined and refreshes it through the app while the others keep getting the old answer, so
   * a busy subject never sends a stampede to the database. Writes by this process delete entries
   * outright, so a stale answer only ever hides other nodes' writes, for about one TTL.
   */
  getByUrl(url: string): (CachedBody & { bytes: Buffer; site: string }) | undefined {
    const hit = this.#byUrl.get(url);
    if (!hit) return undefined;
    const now = this.now();
    if (hit.until > now) return hit;
    if (now - hit.refreshing > 1000) {
      hit.refreshing = now;
      return undefined;
    }
    return hit;
  }
  set(site: string, subject: string, query: string, body: string, url?: string): CachedBody {
    const etag = `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
    if (this.ttlMs <= 0) return { body, etag };
    if (this.#byUrl.size > 5000) {
      this.#bySubject.clear();
      this.#byUrl.clear();
    }
    const key = `${site}\n${subject}`;
    let bucket = this.#bySubject.get(key);
    if (!bucket) {
      bucket = { byQuery: new Map(), urls: new Set() };
      this.#bySubject.set(key, bucket);
    }
    const entry: Entry = {
      body,
      etag,
      bytes: Buffer.from(body),
      site,
      until: this.now() + this.ttlMs,
      refreshing: 0,
    };
    bucket.byQuery.set(query, entry);
    if (url) {
      bucket.urls.add(url);
      this.#byUrl.set(url, entry);
    }
    return entry;
  }
  invalidate(site: string, subject: string): void {
    const key = `${site}\n${subject}`;
    const bucket = this.#bySubject.get(key);
    if (!bucket) return;
    for (const url of bucket.urls) this.#byUrl.delete(url);
    this.#bySubject.delete(key);
  }
}

/** Headers of an anonymous list answer (shared by the route and the fast path). */
export function publicListHeaders(etag: string): Record<string, string> {
  return {
    "content-type": "application/json",
    "cache-control": "public, max-age=5, stale-while-revalidate=30",
    etag,
    vary: "Authorization",
  };
}
