import type { CornerError } from "@corner/client";
import { atom, type ReadableAtom } from "nanostores";
import type { CornerConfig } from "./config.ts";
import { sessionStore } from "./session.ts";
import { isAbort, toError } from "./shared.ts";

/** What every paged list holds besides its query (sort, filters) and extras (a summary). */
export interface ListState<Item> {
  /** `idle` before the first load; "empty" is `ready` with no items. */
  status: "idle" | "loading" | "error" | "ready";
  items: Item[];
  next: string | null;
  error: CornerError | null;
  /** State of the "load more" request. */
  more: "idle" | "loading" | "error";
}

/** One page from the API; any other field (a summary) is copied into the state as it is. */
export type ListPage<Item, Extra> = Extra & { items: Item[]; next: string | null };

/** One page of the state's query (`cursor` null: the first page). */
export type FetchPage<Item, Query, Extra> = (
  state: ListState<Item> & Query & Extra,
  cursor: string | null,
  signal: AbortSignal,
) => Promise<ListPage<Item, Extra>>;

export interface ListStore<Item extends { id: string }, Query, Extra> {
  readonly $state: ReadableAtom<ListState<Item> & Query & Extra>;
  /** Loads the first page for the current query changed by `query`, cancelling whatever was loading. */
  load(query?: Partial<Query>): Promise<void>;
  /** Appends the next page, leaving out items an earlier page already had. */
  loadMore(): Promise<void>;
  /** Loads the current query again. */
  reload(): Promise<void>;
  /** Loads the current query unless something is already loaded or loading (for summary-only readers). */
  ensure(): Promise<void>;
  /** Changes one item if the list has it; no request (optimistic toggles: `toggleItem` in toggle.ts). */
  patchItem(id: string, p: Partial<Item>): void;
  /** Cancels its requests, stops following the session and leaves its registry. */
  release(): void;
}

/**
 * The paged-list logic every widget list shares (positional arguments: this sits in every first view): a cancellable first page, "load more" without duplicates,
 * a warning per failed load, and a reload when the person signs in or out (counts and marks are per reader).
 * Optimistic toggles of an item's mark are `toggleItem` (toggle.ts), apart: the reviews' first view never
 * runs one.
 * @param noun What an item is (`review`), for the message "could not load reviews for …".
 * @param owner Whose list it is (a subject, a board), for the same messages.
 * @param evict Called on release, to drop the store from its registry.
 * @param initial The query and extras (a summary) before the first load.
 * @param fetchPage One page of the state's query, from `cursor` (null: the first page).
 * @example
 * const list = createListStore<Review, { sort: ReviewSort }, { summary: ReviewSummary | null }>(
 *   config, "review", subject, evict, { sort: "newest", summary: null },
 *   (s, cursor, signal) => client.listReviews(subject, { sort: s.sort, cursor }, { signal }),
 * );
 * // Stores built on it keep its methods and add their own (`toggleVote` calls `toggleItem`).
 * return { ...list, toggleVote: (id) => toggleItem(list, config, "idea", id, "votes", "votedByMe", send) };
 */
export function createListStore<Item extends { id: string }, Query, Extra>(
  config: CornerConfig,
  noun: string,
  owner: string,
  evict: () => void,
  initial: Query & Extra,
  fetchPage: FetchPage<Item, Query, Extra>,
): ListStore<Item, Query, Extra> {
  type State = ListState<Item> & Query & Extra;
  const $state = atom<State>({
    status: "idle",
    items: [],
    next: null,
    error: null,
    more: "idle",
    ...initial,
  } as State);
  const patch = (p: Partial<State>) => $state.set({ ...$state.get(), ...p });
  let controller: AbortController | null = null;

  /** One page of the current query; `cursor` appends, otherwise it replaces the list. */
  async function page(c: AbortController, cursor: string | null, p: Partial<State>) {
    controller = c;
    patch(p);
    try {
      const result = await fetchPage($state.get(), cursor, c.signal);
      if (c.signal.aborted) return;
      const items = $state.get().items;
      const seen = new Set(cursor ? items.map((i) => i.id) : []);
      patch({
        ...result,
        status: "ready",
        items: [...(cursor ? items : []), ...result.items.filter((i) => !seen.has(i.id))],
        more: "idle",
      } as Partial<State>);
    } catch (e) {
      if (isAbort(e) || c.signal.aborted) return;
      const error = toError(e);
      // Once per failed load (the client has already retried), for whoever runs the page.
      console.warn(`[corner] could not load ${noun}s for ${owner} from ${config.api}: ${error.message}`);
      patch((cursor ? { more: "error" } : { status: "error", error }) as Partial<State>);
    }
  }

  function load(query?: Partial<Query>) {
    controller?.abort();
    return page(new AbortController(), null, {
      ...query,
      status: "loading",
      error: null,
      more: "idle",
    } as Partial<State>);
  }

  const patchItem = (id: string, p: Partial<Item>) =>
    patch({ items: $state.get().items.map((i) => (i.id === id ? { ...i, ...p } : i)) } as Partial<State>);

  // Marks and counts are per reader: when the person signs in or out, show their view.
  const unlisten = sessionStore(config.site).listen(() => {
    if ($state.get().status !== "idle") void load();
  });

  return {
    $state,
    load,
    async loadMore() {
      const s = $state.get();
      if (!s.next || s.more === "loading" || s.status !== "ready") return;
      return page(controller ?? new AbortController(), s.next, { more: "loading" } as Partial<State>);
    },
    reload: () => load(),
    ensure: () => ($state.get().status === "idle" ? load() : Promise.resolve()),
    patchItem,
    release() {
      controller?.abort();
      unlisten();
      evict();
    },
  };
}
