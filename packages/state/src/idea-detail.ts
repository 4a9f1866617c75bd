import { type CornerError, ideasClient } from "@corner/client";
import type { CommentThread, FollowResult, Idea, IdeaComment, VoteResult } from "@corner/contracts";
import type { ReadableAtom } from "nanostores";
import { type CornerConfig, clientFor } from "./config.ts";
import { createDetailCore } from "./detail.ts";
import { sendDraft, type WriteOutcome, writeAs } from "./draft.ts";
import { commentDraft } from "./idea-draft.ts";
import { acquireShared, toError } from "./shared.ts";

// The package entry exports the detail's drafts and outcomes from here, in one block.
export type { WriteOutcome } from "./draft.ts";
export { type CommentDraft, commentDraft, commentDraftKey } from "./idea-draft.ts";

export interface IdeaDetailState {
  /** `missing`: the idea does not exist or the reader may not see it (404). */
  status: "idle" | "loading" | "ready" | "error" | "missing";
  idea: Idea | null;
  /** Top-level comments, oldest first, each with its replies. */
  threads: CommentThread[];
  /** Cursor of the next page of comments. */
  next: string | null;
  /** State of the "load more comments" request. */
  more: "idle" | "loading" | "error";
  error: CornerError | null;
}

export interface IdeaDetailStore {
  readonly $state: ReadableAtom<IdeaDetailState>;
  /** Loads the idea and its first comments, cancelling whatever was loading. */
  load(): Promise<void>;
  /** Appends the next page of comments. */
  loadMore(): Promise<void>;
  /**
   * Votes or unvotes at once; settles to the server's count or rolls back. The answer's `id` is the idea
   * whose count it is (a merged idea's vote counts on its target).
   */
  toggleVote(): Promise<WriteOutcome<VoteResult>>;
  /** Follows or unfollows at once; settles to the server's answer or rolls back. */
  toggleFollow(): Promise<WriteOutcome<FollowResult>>;
  /**
   * Sends the comment draft of this idea (`parentId` null) or the reply draft to that top-level comment;
   * the draft is cleared only when the server accepts it, and the comment joins the threads.
   */
  addComment(parentId: string | null): Promise<WriteOutcome<IdeaComment>>;
  /** Stops working for one user of the store; the last one out cancels requests and frees it. */
  release(): void;
}

const stores = new Map<string, { store: IdeaDetailStore; users: number }>();

/**
 * One idea with its comments, shared by every element showing it. Call `release()` when done.
 * @example
 * const detail = acquireIdeaDetail({ site: "demo", api }, ideaId);
 * detail.$state.subscribe(render);
 * await detail.load();
 */
export function acquireIdeaDetail(config: CornerConfig, id: string): IdeaDetailStore {
  return acquireShared(stores, `${config.api}|${config.site}|${id}`, (evict) =>
    createIdeaDetailStore(config, id, evict),
  );
}

/** The threads with `c` in its place: a reply under its parent, a comment at the end; never twice. */
function withComment(threads: CommentThread[], c: IdeaComment): CommentThread[] {
  if (!c.parentId) return threads.some((t) => t.id === c.id) ? threads : [...threads, { ...c, replies: [] }];
  return threads.map((t) =>
    t.id === c.parentId && !t.replies.some((r) => r.id === c.id) ? { ...t, replies: [...t.replies, c] } : t,
  );
}

function createIdeaDetailStore(config: CornerConfig, id: string, evict: () => void): IdeaDetailStore {
  const client = ideasClient(clientFor(config));
  const core = createDetailCore<IdeaDetailState, Idea, CommentThread, IdeaComment>(
    config,
    id,
    evict,
    { status: "idle", idea: null, threads: [], next: null, more: "idle", error: null },
    {
      noun: "idea",
      items: "comments",
      mainKey: "idea",
      listKey: "threads",
      async first(_, signal) {
        const [idea, page] = await Promise.all([
          client.getIdea(id, { signal }),
          client.listComments(id, {}, { signal }),
        ]);
        return { main: idea, ...page };
      },
      page: (_, cursor, signal) => client.listComments(id, { cursor }, { signal }),
      merge: withComment,
    },
  );
  const { $state, setMain: setIdea } = core;
  let voting = false;

  async function toggleVote(): Promise<WriteOutcome<VoteResult>> {
    const idea = $state.get().idea;
    if (!idea) return { kind: "failed", error: toError("no idea loaded") };
    const before = { votes: idea.votes, votedByMe: !!idea.votedByMe };
    if (voting) return { kind: "ok", value: { id, ...before } };
    voting = true;
    const on = !before.votedByMe;
    const out = await writeAs(config, () => {
      setIdea({ votes: Math.max(0, before.votes + (on ? 1 : -1)), votedByMe: on });
      return on ? client.voteIdea(id) : client.unvoteIdea(id);
    });
    voting = false;
    // A vote on a merged idea counts on its target: this idea's own count stays as it was.
    if (out.kind === "ok")
      setIdea(out.value.id === id ? out.value : { votes: before.votes, votedByMe: out.value.votedByMe });
    else setIdea(before);
    return out;
  }

  async function addComment(parentId: string | null): Promise<WriteOutcome<IdeaComment>> {
    const draft = commentDraft(config.site, id, parentId);
    const out = await sendDraft(config, draft, (d, idempotencyKey) =>
      client.createComment(
        id,
        { body: d.body.trim(), ...(parentId ? { parentId } : {}) },
        { idempotencyKey },
      ),
    );
    if (out.kind === "ok") {
      const idea = $state.get().idea;
      core.add(out.value);
      if (idea && out.value.status === "published") setIdea({ commentCount: idea.commentCount + 1 });
    }
    return out;
  }

  return {
    $state,
    load: core.load,
    loadMore: core.loadMore,
    toggleVote,
    toggleFollow: () => core.toggleFollow((on) => (on ? client.followIdea(id) : client.unfollowIdea(id))),
    addComment,
    release: core.release,
  };
}
