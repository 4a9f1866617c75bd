import { CornerError, NetworkError } from "@corner/client";
import type { Review, ReviewSort, ReviewSummary } from "@corner/contracts";
import { atom, type ReadableAtom } from "nanostores";
import { type CornerConfig, clientFor } from "./config.ts";
import { getToken, sessionStore, setSession } from "./session.ts";
import { acquireShared, isAbort, toError } from "./shared.ts";

export interface ReviewsState {
  /** `idle` before the first load; "empty" is `ready` with no items. */
  status: "idle" | "loading" | "error" | "ready";
  summary: ReviewSummary | null;
  items: Review[];
  next: string | null;
  sort: ReviewSort;
  /** The star level the list is filtered to, or null for all. */
  rating: number | null;
  error: CornerError | null;
  /** State of the "load more" request. */
  more: "idle" | "loading" | "error";
}

export type HelpfulOutcome =
  | { kind: "ok"; id: string; helpful: number; helpfulByMe: boolean }
  | { kind: "login-required" }
  | { kind: "failed"; error: CornerError };

export interface ReviewsStore {
  readonly $state: ReadableAtom<ReviewsState>;
  /** Loads the first page for this sort and filter, cancelling whatever this store was loading. */
  load(sort?: ReviewSort, rating?: number | null): Promise<void>;
  /** Loads the default view unless something is already loaded or loading (for summary-only readers). */
  ensure(): Promise<void>;
  /** Appends the next page. */
  loadMore(): Promise<void>;
  /** Loads the current view again (after an error, a sign-in or a new review). */
  reload(): Promise<void>;
  /** Marks or unmarks a review as helpful at once; settles to the server's count or rolls back. */
  toggleHelpful(id: string): Promise<HelpfulOutcome>;
  /** Stops working for one user of the store; the last one out cancels requests and frees it. */
  release(): void;
}

export const isEmpty = (s: ReviewsState) => s.status === "ready" && s.items.length === 0;

const stores = new Map<string, { store: ReviewsStore; users: number }>();

/**
 * The reviews of one subject, shared by every widget showing it (so a `corner-rating` and a `corner-reviews`
 * for the same product make one request). Call `release()` when done.
 * @example
 * const reviews = acquireReviews({ site: "demo", api }, "trail-runner-2");
 * reviews.$state.subscribe(render);
 * await reviews.load("helpful", 5);
 */
export function acquireReviews(config: CornerConfig, subject: string): ReviewsStore {
  return acquireShared(stores, `${config.api}|${config.site}|${subject}`, (evict) =>
    createReviewsStore(config, subject, evict),
  );
}

function createReviewsStore(config: CornerConfig, subject: string, evict: () => void): ReviewsStore {
  const client = clientFor(config);
  const $state = atom<ReviewsState>({
    status: "idle",
    summary: null,
    items: [],
    next: null,
    sort: "newest",
    rating: null,
    error: null,
    more: "idle",
  });
  const patch = (p: Partial<ReviewsState>) => $state.set({ ...$state.get(), ...p });
  let controller: AbortController | null = null;
  const pending = new Set<string>();

  /** One page for the current sort and filter; `cursor` appends, otherwise it replaces the list. */
  async function page(c: AbortController, cursor: string | null, p: Partial<ReviewsState>) {
    controller = c;
    patch(p);
    const { sort, rating } = $state.get();
    try {
      // The API's default sort is left out of the URL: one cacheable URL for the common first view.
      const page = await client.listReviews(
        subject,
        { sort: sort === "newest" ? undefined : sort, rating, cursor },
        { signal: c.signal },
      );
      if (c.signal.aborted) return;
      const items = $state.get().items;
      const seen = new Set(cursor ? items.map((r) => r.id) : []);
      patch({
        status: "ready",
        summary: page.summary,
        items: [...(cursor ? items : []), ...page.items.filter((r) => !seen.has(r.id))],
        next: page.next,
        more: "idle",
      });
    } catch (e) {
      if (isAbort(e) || c.signal.aborted) return;
      const error = toError(e);
      // Once per failed load (the client has already retried), for whoever runs the page.
      console.warn(`[corner] could not load reviews for ${subject} from ${config.api}: ${error.message}`);
      patch(cursor ? { more: "error" } : { status: "error", error });
    }
  }

  function load(sort: ReviewSort = $state.get().sort, rating: number | null = $state.get().rating) {
    controller?.abort();
    return page(new AbortController(), null, { status: "loading", sort, rating, error: null, more: "idle" });
  }

  async function loadMore() {
    const s = $state.get();
    if (!s.next || s.more === "loading" || s.status !== "ready") return;
    return page(controller ?? new AbortController(), s.next, { more: "loading" });
  }

  const setItem = (id: string, p: Partial<Review>) =>
    patch({ items: $state.get().items.map((r) => (r.id === id ? { ...r, ...p } : r)) });

  async function toggleHelpful(id: string): Promise<HelpfulOutcome> {
    const review = $state.get().items.find((r) => r.id === id);
    if (!review) return { kind: "failed", error: new NetworkError("unknown review") };
    if (!getToken(config.site)) return { kind: "login-required" };
    if (pending.has(id))
      return { kind: "ok", id, helpful: review.helpful, helpfulByMe: !!review.helpfulByMe };
    pending.add(id);
    const before = { helpful: review.helpful, helpfulByMe: !!review.helpfulByMe };
    const on = !before.helpfulByMe;
    setItem(id, { helpful: Math.max(0, before.helpful + (on ? 1 : -1)), helpfulByMe: on });
    try {
      const result = on ? await client.setHelpful(id) : await client.clearHelpful(id);
      setItem(id, result);
      return { kind: "ok", id, ...result };
    } catch (e) {
      setItem(id, before);
      if (e instanceof CornerError && e.status === 401) {
        setSession(config.site, null);
        return { kind: "login-required" };
      }
      return { kind: "failed", error: toError(e) };
    } finally {
      pending.delete(id);
    }
  }

  // Helpful marks are per reader: when the person signs in or out, show their view.
  const unlisten = sessionStore(config.site).listen(() => {
    if ($state.get().status !== "idle") void load();
  });

  return {
    $state,
    load,
    ensure: () => ($state.get().status === "idle" ? load() : Promise.resolve()),
    loadMore,
    reload: () => load(),
    toggleHelpful,
    release() {
      controller?.abort();
      unlisten();
      evict();
    },
  };
}
