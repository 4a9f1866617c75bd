import { type CornerError, NotFoundError } from "@corner/client";
import type { FollowResult } from "@corner/contracts";
import { atom, type ReadableAtom } from "nanostores";
import type { CornerConfig } from "./config.ts";
import { type WriteOutcome, writeAs } from "./draft.ts";
import { sessionStore } from "./session.ts";
import { isAbort, toError } from "./shared.ts";

/** What every detail (one thing and the paged items under it) holds besides its own fields. */
export interface DetailStatus {
  /** `missing`: the thing does not exist or the reader may not see it (404). */
  status: "idle" | "loading" | "ready" | "error" | "missing";
  /** Cursor of the next page of items. */
  next: string | null;
  /** State of the "load more" request. */
  more: "idle" | "loading" | "error";
  error: CornerError | null;
}

/** One page of items under the thing. */
export interface DetailPage<Item> {
  items: Item[];
  next: string | null;
}

/** How a detail store reads its thing, and where it keeps it and its items in its state. */
export interface DetailSource<S extends DetailStatus, Main, Item, Posted = Item> {
  /** What the thing is (`idea`), for messages: "could not load more comments of idea …". */
  noun: string;
  /** What its items are (`comments`), for the same messages. */
  items: string;
  /** The state's fields holding the thing (null until loaded) and its items. */
  mainKey: keyof S & string;
  listKey: keyof S & string;
  /** The thing and its first page of items for the current state (a sort, say). */
  first(state: S, signal: AbortSignal): Promise<{ main: Main } & DetailPage<Item>>;
  /** The page of items from `cursor`. */
  page(state: S, cursor: string, signal: AbortSignal): Promise<DetailPage<Item>>;
  /** The items with one the reader posted (an item, or a reply inside one) in its place; never twice. */
  merge(items: Item[], posted: Posted, state: S): Item[];
}

export interface DetailCore<S extends DetailStatus, Main, Posted> {
  readonly $state: ReadableAtom<S>;
  patch(p: Partial<S>): void;
  /** Changes the loaded thing (nothing before it is loaded). */
  setMain(p: Partial<Main>): void;
  /** Loads the thing and its first items, cancelling whatever was loading. */
  load(): Promise<void>;
  /** Appends the next page of items, leaving out those already there. */
  loadMore(): Promise<void>;
  /** Adds an item the server accepted from this reader; a load under way keeps it. */
  add(posted: Posted): void;
  /**
   * Follows or unfollows the thing at once (its `following`); settles to the server's answer or rolls
   * back. A second call while one is under way answers with the state as it is.
   */
  toggleFollow(send: (on: boolean) => Promise<FollowResult>): Promise<WriteOutcome<FollowResult>>;
  /** Cancels its requests, stops following the session and leaves its registry. */
  release(): void;
}

/**
 * The detail logic the idea and question stores share: a cancellable load of the thing with its first
 * items (404 is `missing`), "load more" without duplicates, items posted during a load kept, a warning
 * per failed load, an optimistic follow, and a reload when the person signs in or out (marks are per reader).
 * @example
 * const core = createDetailCore(config, id, evict, initialState, {
 *   noun: "idea", items: "comments", mainKey: "idea", listKey: "threads",
 *   first: async (_, signal) => { … return { main: idea, items, next } },
 *   page: (_, cursor, signal) => client.listComments(id, { cursor }, { signal }),
 *   merge: withComment,
 * });
 */
export function createDetailCore<
  S extends DetailStatus,
  Main extends { following?: boolean },
  Item extends { id: string },
  Posted = Item,
>(
  config: CornerConfig,
  id: string,
  evict: () => void,
  initial: S,
  source: DetailSource<S, Main, Item, Posted>,
): DetailCore<S, Main, Posted> {
  const { mainKey, listKey } = source;
  const $state = atom<S>(initial);
  const patch = (p: Partial<S>) => $state.set({ ...$state.get(), ...p });
  const list = () => $state.get()[listKey] as Item[];
  let controller: AbortController | null = null;
  // Items accepted while a load was under way: its answer may predate them.
  let posted: Posted[] = [];
  let following = false;

  const warn = (what: string, e: CornerError) =>
    console.warn(`[corner] could not load ${what} of ${source.noun} ${id} from ${config.api}: ${e.message}`);

  async function load() {
    controller?.abort();
    const c = new AbortController();
    controller = c;
    posted = [];
    patch({ status: "loading", error: null, more: "idle" } as Partial<S>);
    try {
      const { main, items, next } = await source.first($state.get(), c.signal);
      if (c.signal.aborted) return;
      const s = $state.get();
      patch({
        status: "ready",
        [mainKey]: main,
        [listKey]: posted.reduce((l, item) => source.merge(l, item, s), items),
        next,
      } as Partial<S>);
    } catch (e) {
      if (isAbort(e) || c.signal.aborted) return;
      if (e instanceof NotFoundError)
        return patch({ status: "missing", [mainKey]: null, [listKey]: [], next: null } as Partial<S>);
      const error = toError(e);
      warn("the details", error);
      patch({ status: "error", error } as Partial<S>);
    }
  }

  async function loadMore() {
    const s = $state.get();
    if (!s.next || s.more === "loading" || s.status !== "ready") return;
    const c = controller ?? new AbortController();
    patch({ more: "loading" } as Partial<S>);
    try {
      const page = await source.page(s, s.next, c.signal);
      if (c.signal.aborted) return;
      const seen = new Set(list().map((i) => i.id));
      const fresh = page.items.filter((i) => !seen.has(i.id));
      patch({ [listKey]: [...list(), ...fresh], next: page.next, more: "idle" } as Partial<S>);
    } catch (e) {
      if (isAbort(e) || c.signal.aborted) return;
      warn(`more ${source.items}`, toError(e));
      patch({ more: "error" } as Partial<S>);
    }
  }

  const setMain = (p: Partial<Main>) => {
    const main = $state.get()[mainKey];
    if (main) patch({ [mainKey]: { ...main, ...p } } as Partial<S>);
  };

  // Marks (votes, follows, one's own items) are per reader: when the person signs in or out, show their view.
  const unlisten = sessionStore(config.site).listen(() => {
    if ($state.get().status !== "idle") void load();
  });

  return {
    $state,
    patch,
    setMain,
    load,
    loadMore,
    add(item) {
      posted.push(item);
      patch({ [listKey]: source.merge(list(), item, $state.get()) } as Partial<S>);
    },
    async toggleFollow(send) {
      const main = $state.get()[mainKey] as Main | null;
      if (!main) return { kind: "failed", error: toError(`no ${source.noun} loaded`) };
      const before = !!main.following;
      if (following) return { kind: "ok", value: { following: before } };
      following = true;
      const out = await writeAs(config, () => {
        setMain({ following: !before } as Partial<Main>);
        return send(!before);
      });
      following = false;
      setMain({ following: out.kind === "ok" ? out.value.following : before } as Partial<Main>);
      return out;
    },
    release() {
      controller?.abort();
      unlisten();
      evict();
    },
  };
}
