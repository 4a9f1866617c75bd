import { CornerError, NetworkError } from "@corner/client";

/** Any failure as a `CornerError`, so stores hold one error type. */
export const toError = (e: unknown): CornerError =>
  e instanceof CornerError ? e : new NetworkError(String(e));

/** A request cancelled on purpose (a newer query, a removed widget): not an error to show or log. */
export const isAbort = (e: unknown) => e instanceof DOMException && e.name === "AbortError";

type Registry<T> = Map<string, { store: T; users: number }>;

/**
 * One store per key, shared by every widget showing the same thing. Each caller gets a handle whose
 * `release()` counts once; the last one out releases the store, which cancels its requests and `evict`s
 * itself from the registry.
 */
export function acquireShared<T extends { release(): void }>(
  registry: Registry<T>,
  key: string,
  create: (evict: () => void) => T,
): T {
  let entry = registry.get(key);
  if (!entry) {
    entry = { store: create(() => registry.delete(key)), users: 0 };
    registry.set(key, entry);
  }
  entry.users++;
  const e = entry;
  let released = false;
  return {
    ...e.store,
    release() {
      if (released) return;
      released = true;
      if (--e.users === 0) e.store.release();
    },
  };
}
