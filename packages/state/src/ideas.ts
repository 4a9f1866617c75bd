import { ideasClient } from "@corner/client";
import type { Idea, IdeaSort, IdeaStatus, VoteResult } from "@corner/contracts";
import type { ReadableAtom } from "nanostores";
import { type CornerConfig, clientFor } from "./config.ts";
import { createListStore, type ListState } from "./list.ts";
import { acquireShared } from "./shared.ts";
import { type ToggleOutcome, toggleItem } from "./toggle.ts";

/** What the list shows: the sort, an idea status (null: all but merged), a category and a search text. */
export interface IdeasQuery {
  sort: IdeaSort;
  ideaStatus: IdeaStatus | null;
  category: string | null;
  q: string;
}

export interface IdeasState extends IdeasQuery, ListState<Idea> {}

export type VoteOutcome = ToggleOutcome<VoteResult>;

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
  /** Changes an idea if the list has it (no request): a vote or an edit reported by the idea's own view. */
  patchIdea(id: string, p: Partial<Idea>): void;
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
  return acquireShared(stores, `${config.api}|${config.site}|${board}`, (evict) => {
    const client = ideasClient(clientFor(config));
    const list = createListStore<Idea, IdeasQuery, object>(
      config,
      "idea",
      board,
      evict,
      { sort: "trending", ideaStatus: null, category: null, q: "" },
      // The API's default sort is left out of the URL: one cacheable URL for the common first view.
      ({ sort, ideaStatus, category, q }, cursor, signal) =>
        client.listIdeas(
          board,
          { sort: sort === "trending" ? undefined : sort, status: ideaStatus, category, q, cursor },
          { signal },
        ),
    );
    const { patchItem } = list;
    return {
      ...list,
      toggleVote: (id) =>
        toggleItem(
          list,
          config,
          "idea",
          id,
          "votes",
          "votedByMe",
          (on) => (on ? client.voteIdea(id) : client.unvoteIdea(id)),
          // A vote on a merged idea counts on its target: the answer's id says whose count it is.
          (result) => {
            patchItem(id, result.id === id ? result : { votedByMe: result.votedByMe });
            if (result.id !== id) patchItem(result.id, { votes: result.votes, votedByMe: result.votedByMe });
          },
        ),
      patchIdea: patchItem,
    };
  });
}
