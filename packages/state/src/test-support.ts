// What the state tests share: an in-memory localStorage and a recording fetch, installed on import (before
// any store reads them), and answers in the API's shapes. Node only; never part of a bundle.

import type { Session } from "@corner/contracts";

/** The fake localStorage's contents. */
export const memory = new Map<string, string>();
globalThis.localStorage = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, String(v)),
  removeItem: (k) => void memory.delete(k),
  clear: () => memory.clear(),
  key: (i) => [...memory.keys()][i] ?? null,
  get length() {
    return memory.size;
  },
} satisfies Storage;

export type Handler = (req: Request) => Response | Promise<Response>;
/** Every request fetch was asked for, in order; `fake.handler` answers them (500 until a test sets it). */
export const requests: Request[] = [];
export const fake: { handler: Handler } = { handler: () => new Response(null, { status: 500 }) };
globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const req = new Request(input, init);
  requests.push(req);
  if (req.signal.aborted) throw new DOMException("aborted", "AbortError");
  return fake.handler(req);
}) as typeof fetch;

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": status >= 400 ? "application/problem+json" : "application/json" },
  });

export const problem = (status: number, errors?: { path: string; message: string }[]) =>
  json({ type: "https://corner.dev/problems/x", title: "Problem", status, detail: "Nope", errors }, status);

/** An answer held back: a fake handler waits at `passed` until the test calls `open()`. */
export function gate(): { passed: Promise<void>; open: () => void } {
  let open!: () => void;
  const passed = new Promise<void>((r) => {
    open = r;
  });
  return { passed, open };
}

/** A guest's session, valid for an hour (token "tok"). */
export const session = (): Session => ({
  token: "tok",
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: { id: "u1", name: "Ann", kind: "guest" },
});
