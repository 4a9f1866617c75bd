import { CornerError } from "./errors/corner-error.ts";
import { NetworkError } from "./errors/network-error.ts";

/**
 * The error class for a failed answer. The mapping (and the classes only a write or a failed read needs)
 * is imported on first use, so a read-only first view does not carry them.
 */
const errorOf = (response: Response): Promise<CornerError> =>
  import("./errors/from-response.ts").then(
    (m) => m.errorFromResponse(response),
    () =>
      new CornerError({
        status: response.status,
        type: "about:blank",
        title: response.statusText || `HTTP ${response.status}`,
        detail: "",
      }),
  );

/** Statuses worth another try for a read; the same list ky uses. */
const RETRY = [408, 413, 429, 500, 502, 503, 504];

export interface ReadOptions {
  fetch: typeof fetch;
  retry: number;
  timeout: number;
  token: string | null | undefined;
  signal?: AbortSignal | undefined;
}

const abortError = (signal: AbortSignal) =>
  signal.reason instanceof Error
    ? signal.reason
    : new DOMException("The operation was aborted.", "AbortError");

/** Waits `ms`, or rejects as soon as the caller aborts. */
const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(abortError(signal));
      },
      { once: true },
    );
  });

/**
 * A GET with ky's read semantics (timeout, retry with backoff and Retry-After, problem+json errors) in a few
 * hundred bytes, so the first view of a widget does not have to load ky. Without a token the request is a
 * CORS "simple" request: no custom headers, no preflight.
 */
export async function read<T>(url: URL, o: ReadOptions): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const controller = new AbortController();
    const onAbort = () => controller.abort(o.signal?.reason);
    if (o.signal?.aborted) throw abortError(o.signal);
    o.signal?.addEventListener("abort", onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, o.timeout);
    let response: Response | null = null;
    let failure: unknown = null;
    try {
      response = await o.fetch(url, {
        signal: controller.signal,
        ...(o.token ? { headers: { authorization: `Bearer ${o.token}` } } : {}),
      });
    } catch (e) {
      failure = e;
    } finally {
      clearTimeout(timer);
      o.signal?.removeEventListener("abort", onAbort);
    }
    if (o.signal?.aborted) throw abortError(o.signal);
    if (response?.ok) return (await response.json()) as T;
    const retryable = response ? RETRY.includes(response.status) : true;
    if (attempt >= o.retry || !retryable) {
      if (response) throw await errorOf(response);
      throw timedOut
        ? new NetworkError("The server took too long to answer.", true)
        : new NetworkError(failure instanceof Error ? failure.message : String(failure));
    }
    const after = Number(response?.headers.get("retry-after"));
    await pause(after > 0 ? Math.min(after, 10) * 1000 : 300 * 2 ** attempt, o.signal);
  }
}
