import type { HelpfulResult, Review, ReviewSort, ReviewSummary } from "@corner/contracts";
import type { ReadableAtom } from "nanostores";
import { type CornerConfig, clientFor } from "./config.ts";
import { createListStore, type ListState } from "./list.ts";
import { acquireShared } from "./shared.ts";
import type { ToggleOutcome } from "./toggle.ts";

export interface ReviewsState extends ListState<Review> {
  summary: ReviewSummary | null;
  sort: ReviewSort;
  /** The star level the list is filtered to, or null for all. */
  rating: number | null;
}

export type HelpfulOutcome = ToggleOutcome<HelpfulResult>;

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
  /** Changes a review if the list has it (no request): what `toggleHelpful` (helpful.ts) does at once. */
  patchItem(id: string, p: Partial<Review>): void;
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
  return acquireShared(stores, `${config.api}|${config.site}|${subject}`, (evict) => {
    const client = clientFor(config);
    const list = createListStore<
      Review,
      Pick<ReviewsState, "sort" | "rating">,
      { summary: ReviewSummary | null }
    >(
      config,
      "review",
      subject,
      evict,
      { summary: null, sort: "newest", rating: null },
      // The API's default sort is left out of the URL: one cacheable URL for the common first view.
      ({ sort, rating }, cursor, signal) =>
        client.listReviews(
          subject,
          { sort: sort === "newest" ? undefined : sort, rating, cursor },
          { signal },
        ),
    );
    const { $state } = list;
    // The list's own methods ride along (fewer bytes in the first view than naming each); ReviewsStore names ours.
    return {
      ...list,
      load: (sort = $state.get().sort, rating = $state.get().rating) => list.load({ sort, rating }),
    };
  });
}
