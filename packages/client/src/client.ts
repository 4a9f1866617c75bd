import type { ReviewList, ReviewSort } from "@corner/contracts";
import { NetworkError } from "./errors/network-error.ts";
import { read } from "./read.ts";
import type { Send } from "./write.ts";

export interface ClientOptions {
  /** API origin without `/v1`, e.g. `https://api.example.com`. */
  api: string;
  /** Site id, e.g. `demo`. */
  site: string;
  /** Returns the bearer token of the current session, or null when signed out. Called before every request. */
  getToken?: () => string | null | undefined;
  /** A fetch implementation (tests, SSR); defaults to the global one. */
  fetch?: typeof fetch;
  /** How many times idempotent reads are retried on 408/429/5xx and network failures. Default 2. */
  retry?: number;
  /** Milliseconds before a request fails with a NetworkError. Default 10 000. */
  timeout?: number;
}

export interface ListReviewsParams {
  sort?: ReviewSort | undefined;
  /** Only reviews with this many stars. */
  rating?: number | null | undefined;
  cursor?: string | null | undefined;
  limit?: number | undefined;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
}

export interface CreateOptions extends RequestOptions {
  /** Reuse the same key when retrying the same draft so the server stores it once. */
  idempotencyKey?: string | undefined;
}

/** @deprecated Renamed `CreateOptions`: every create takes it. */
export type CreateReviewOptions = CreateOptions;

/** Typed access to one site's part of the Corner API. Every method throws a `CornerError` subclass on failure. */
export interface CornerClient {
  readonly api: string;
  readonly site: string;
  /**
   * `GET /v1/sites/{site}/subjects/{subject}/reviews`: summary plus one page of reviews.
   * @example const page = await client.listReviews("sku-1", { sort: "helpful", rating: 5 }, { signal });
   */
  listReviews(subject: string, params?: ListReviewsParams, opts?: RequestOptions): Promise<ReviewList>;
  /**
   * A GET of any path under the site (`boards/feedback`), for endpoint modules such as `ideasClient`.
   * Empty query values are left out.
   */
  read<T>(path: string, query?: Record<string, string | undefined>, opts?: RequestOptions): Promise<T>;
  /** A write to any path under the site, through the lazily loaded ky path, for endpoint modules. */
  readonly send: Send;
}

const seg = encodeURIComponent;

/**
 * Creates a client for one site. Reads go through a small fetch path (no custom headers without a token,
 * so browsers send them without a CORS preflight); writes go through one `ky` instance per client, imported
 * on the first write so the first view of a widget does not carry it. Writes add `Authorization: Bearer`.
 * @example
 * const client = createClient({ api: "https://api.example.com", site: "demo", getToken: () => token });
 * const { summary, items } = await client.listReviews("trail-runner-2", { sort: "helpful" });
 */
export function createClient(options: ClientOptions): CornerClient {
  const { api, site, getToken } = options;
  const prefix = `${api.replace(/\/+$/, "")}/v1/sites/${seg(site)}/`;
  const timeout = options.timeout ?? 10_000;
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const get = <T>(path: string, query: Record<string, string | undefined>, signal?: AbortSignal) => {
    const url = new URL(prefix + path);
    for (const [k, v] of Object.entries(query)) if (v) url.searchParams.set(k, v);
    return read<T>(url, {
      fetch: fetchImpl,
      retry: options.retry ?? 2,
      timeout,
      token: getToken?.(),
      signal,
    });
  };

  // ky, the write path and the error classes it maps to arrive with the first write.
  // A chunk that failed to load is tried again on the next write.
  let writer: Promise<Send> | null = null;
  const send: Send = (method, path, o) => {
    writer ??= import("./write.ts").then(
      (m) => m.writer({ prefix, timeout, fetch: fetchImpl, getToken }),
      (e: unknown) => {
        writer = null;
        throw new NetworkError(e instanceof Error ? e.message : String(e));
      },
    );
    return writer.then((write) => write(method, path, o));
  };

  return {
    api,
    site,
    listReviews: (subject, p = {}, opts) =>
      get<ReviewList>(
        `subjects/${seg(subject)}/reviews`,
        {
          sort: p.sort,
          rating: p.rating ? String(p.rating) : undefined,
          cursor: p.cursor ?? undefined,
          limit: p.limit ? String(p.limit) : undefined,
        },
        opts?.signal,
      ),
    read: (path, query = {}, opts) => get(path, query, opts?.signal),
    send,
  };
}
