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

/**
 * Anonymous list answers kept for a moment, keyed by (site, subject, query); this process drops a
 * subject's entries on every write to it, and the TTL bounds what other nodes' writes can leave stale.
 */
export class ListCache {
  #bySubject = new Map<string, Map<string, CachedBody & { until: number }>>();
  #size = 0;
  constructor(private ttlMs: number) {}
  get(site: string, subject: string, query: string): CachedBody | undefined {
    if (this.ttlMs <= 0) return undefined;
    const hit = this.#bySubject.get(`${site}\n${subject}`)?.get(query);
    return hit && hit.until > Date.now() ? hit : undefined;
  }
  set(site: string, subject: string, query: string, body: string): CachedBody {
    const etag = `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
    if (this.ttlMs <= 0) return { body, etag };
    if (this.#size > 5000) {
      this.#bySubject.clear();
      this.#size = 0;
    }
    const key = `${site}\n${subject}`;
    let m = this.#bySubject.get(key);
    if (!m) {
      m = new Map();
      this.#bySubject.set(key, m);
    }
    m.set(query, { body, etag, until: Date.now() + this.ttlMs });
    this.#size++;
    return { body, etag };
  }
  invalidate(site: string, subject: string): void {
    const m = this.#bySubject.get(`${site}\n${subject}`);
    if (!m) return;
    this.#size -= m.size;
    this.#bySubject.delete(`${site}\n${subject}`);
  }
}
