import { CornerError, ideasClient, NetworkError } from "@corner/client";
import type { Idea, IdeaSort, IdeaStatus } from "@corner/contracts";
import { atom, type ReadableAtom } from "nanostores";
import { type CornerConfig, clientFor } from "./config.ts";
import { getToken, sessionStore, setSession } from "./session.ts";
import { acquireShared, isAbort, toError } from "./shared.ts";

/** What the list shows: the sort, an idea status (null: all but merged), a category and a search text. */
export interface IdeasQuery {
  sort: IdeaSort;
  ideaStatus: IdeaStatus | null;
  category: string | null;
  q: string;
}

export interface IdeasState extends IdeasQuery {
  /** `idle` before the first load; "empty" is `ready` with no items. */
  status: "idle" | "loading" | "error" | "ready";
  items: Idea[];
  next: string | null;
  error: CornerError | null;
  /** State of the "load more" request. */
  more: "idle" | "loading" | "error";
}

export type VoteOutcome =
  | { kind: "ok"; id: string; votes: number; votedByMe: boolean }
  | { kind: "login-required" }
  | { kind: "failed"; error: CornerError };

export interface IdeasStore {
  readonly $state: ReadableAtom<IdeasState>;
  /** Loads the first page for the current query changed by `query`, cancelling whatever was loading. */
  load(query?: Partial<IdeasQuery>): Promise<void>;
  /** Appends the next page. */
  loadMore(): Promise<void>;
  /** Loads the current query again (after an error, a sign-in or a new idea). */
  reload(): Promise<void>;
  /** Votes or unvotes at once; settles to the server's count or rolls back. */
  toggleVote(id: string): Promise<VoteOutcome>;
  /** Stops working for one user of the store; the last one out cancels requests and frees it. */
  release(): void;
}

export const ideasEmpty = (s: IdeasState) => s.status === "ready" && s.items.length === 0;

const stores = new Map<string, { store: IdeasStore; users: number }>();

/**
 * The ideas of one board, shared by every widget showing it. Call `release()` when done.
 * @example
 * const ideas = acquireIdeas({ site: "demo", api }, "feedback");
 * ideas.$state.subscribe(render);
 * await ideas.load({ sort: "top", ideaStatus: "planned" });
 */
export function acquireIdeas(config: CornerConfig, board: string): IdeasStore {
  return acquireShared(stores, `${config.api}|${config.site}|${board}`, (evict) =>
    createIdeasStore(config, board, evict),
  );
}

function createIdeasStore(config: CornerConfig, board: string, evict: () => void): IdeasStore {
  const client = ideasClient(clientFor(config));
  const $state = atom<IdeasState>({
    status: "idle",
    sort: "trending",
    ideaStatus: null,
    category: null,
    q: "",
    items: [],
    next: null,
    error: null,
    more: "idle",
  });
  const patch = (p: Partial<IdeasState>) => $state.set({ ...$state.get(), ...p });
  let controller: AbortController | null = null;
  const pending = new Set<string>();

  async function page(c: AbortController, cursor: string | null, p: Partial<IdeasState>) {
    controller = c;
    patch(p);
    const { sort, ideaStatus, category, q } = $state.get();
    try {
      // The API's default sort is left out of the URL: one cacheable URL for the common first view.
      const result = await client.listIdeas(
        board,
        { sort: sort === "trending" ? undefined : sort, status: ideaStatus, category, q, cursor },
        { signal: c.signal },
      );
      if (c.signal.aborted) return;
      const items = $state.get().items;
      const seen = new Set(cursor ? items.map((i) => i.id) : []);
      patch({
        status: "ready",
        items: [...(cursor ? items : []), ...result.items.filter((i) => !seen.has(i.id))],
        next: result.next,
        more: "idle",
      });
    } catch (e) {
      if (isAbort(e) || c.signal.aborted) return;
      const error = toError(e);
      console.warn(`[corner] could not load ideas for ${board} from ${config.api}: ${error.message}`);
      patch(cursor ? { more: "error" } : { status: "error", error });
    }
  }

  function load(query: Partial<IdeasQuery> = {}) {
    controller?.abort();
    return page(new AbortController(), null, {
      ...query,
      status: "loading",
      error: null,
      more: "idle",
    });
  }

  async function loadMore() {
    const s = $state.get();
    if (!s.next || s.more === "loading" || s.status !== "ready") return;
    return page(controller ?? new AbortController(), s.next, { more: "loading" });
  }

  const setItem = (id: string, p: Partial<Idea>) =>
    patch({ items: $state.get().items.map((i) => (i.id === id ? { ...i, ...p } : i)) });

  async function toggleVote(id: string): Promise<VoteOutcome> {
    const idea = $state.get().items.find((i) => i.id === id);
    if (!idea) return { kind: "failed", error: new NetworkError("unknown idea") };
    if (!getToken(config.site)) return { kind: "login-required" };
    if (pending.has(id)) return { kind: "ok", id, votes: idea.votes, votedByMe: !!idea.votedByMe };
    pending.add(id);
    const before = { votes: idea.votes, votedByMe: !!idea.votedByMe };
    const on = !before.votedByMe;
    setItem(id, { votes: Math.max(0, before.votes + (on ? 1 : -1)), votedByMe: on });
    try {
      const result = on ? await client.voteIdea(id) : await client.unvoteIdea(id);
      // A vote on a merged idea counts on its target: the answer's id says whose count it is.
      setItem(id, result.id === id ? result : { votedByMe: result.votedByMe });
      if (result.id !== id) setItem(result.id, { votes: result.votes, votedByMe: result.votedByMe });
      return { kind: "ok", ...result };
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

  // Votes are per reader: when the person signs in or out, show their view.
  const unlisten = sessionStore(config.site).listen(() => {
    if ($state.get().status !== "idle") void load();
  });

  return {
    $state,
    load,
    loadMore,
    reload: () => load(),
    toggleVote,
    release() {
      controller?.abort();
      unlisten();
      evict();
    },
  };
}
