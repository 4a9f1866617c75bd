import ky, { HTTPError, type Options, TimeoutError } from "ky";
import { errorFromResponse } from "./errors/from-response.ts";
import { NetworkError } from "./errors/network-error.ts";

export interface WriterOptions {
  prefix: string;
  timeout: number;
  fetch: typeof fetch;
  getToken?: (() => string | null | undefined) | undefined;
}

/** ky's options, plus the write's Idempotency-Key: a retry of the same draft sends the same key. */
export type SendOptions = Options & { idempotencyKey?: string | undefined };

export type Send = <T>(method: "post" | "put" | "delete", path: string, o?: SendOptions) => Promise<T>;

const isAbort = (e: unknown) => e instanceof DOMException && e.name === "AbortError";

/**
 * The write path of a client: one `ky` instance, every failure turned into a CornerError subclass (aborts
 * are re-thrown untouched). Its own module, imported on the first write, so a read-only first view of a
 * widget carries neither ky nor the error classes only a write (or a failed read) needs.
 */
export function writer(o: WriterOptions): Send {
  const http = ky.create({
    prefixUrl: o.prefix,
    timeout: o.timeout,
    // Writes are never retried blindly: a retry is the caller's, with the same Idempotency-Key.
    retry: 0,
    fetch: o.fetch,
    hooks: {
      beforeRequest: [
        (request) => {
          const token = o.getToken?.();
          if (token) request.headers.set("authorization", `Bearer ${token}`);
        },
      ],
    },
  });
  return async (method, path, { idempotencyKey, ...options } = {}) => {
    if (idempotencyKey) options.headers = { ...options.headers, "idempotency-key": idempotencyKey };
    try {
      return await http(path, { ...options, method }).json();
    } catch (e) {
      if (e instanceof HTTPError) throw await errorFromResponse(e.response);
      if (e instanceof TimeoutError) throw new NetworkError("The server took too long to answer.", true);
      if (isAbort(e)) throw e;
      throw new NetworkError(e instanceof Error ? e.message : String(e));
    }
  };
}
