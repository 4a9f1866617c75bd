import { type CornerError, ideasClient, NotFoundError } from "@corner/client";
import type { CommentThread, FollowResult, Idea, IdeaComment, VoteResult } from "@corner/contracts";
import { atom, type ReadableAtom } from "nanostores";
import { type CornerConfig, clientFor } from "./config.ts";
import { sendDraft, type WriteOutcome, writeAs } from "./draft.ts";
import { commentDraft } from "./idea-draft.ts";
import { sessionStore } from "./session.ts";
import { acquireShared, isAbort, toError } from "./shared.ts";

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
  const $state = atom<IdeaDetailState>({
    status: "idle",
    idea: null,
    threads: [],
    next: null,
    more: "idle",
    error: null,
  });
  const patch = (p: Partial<IdeaDetailState>) => $state.set({ ...$state.get(), ...p });
  const setIdea = (p: Partial<Idea>) => {
    const idea = $state.get().idea;
    if (idea) patch({ idea: { ...idea, ...p } });
  };
  let controller: AbortController | null = null;
  // Comments accepted while a load was under way: its answer may predate them.
  let posted: IdeaComment[] = [];
  let voting = false;
  let following = false;

  const warn = (what: string, e: CornerError) =>
    console.warn(`[corner] could not load ${what} of idea ${id} from ${config.api}: ${e.message}`);

  async function load() {
    controller?.abort();
    const c = new AbortController();
    controller = c;
    posted = [];
    patch({ status: "loading", error: null, more: "idle" });
    try {
      const [idea, page] = await Promise.all([
        client.getIdea(id, { signal: c.signal }),
        client.listComments(id, {}, { signal: c.signal }),
      ]);
      if (c.signal.aborted) return;
      patch({ status: "ready", idea, threads: posted.reduce(withComment, page.items), next: page.next });
    } catch (e) {
      if (isAbort(e) || c.signal.aborted) return;
      if (e instanceof NotFoundError)
        return patch({ status: "missing", idea: null, threads: [], next: null });
      const error = toError(e);
      warn("the details", error);
      patch({ status: "error", error });
    }
  }

  async function loadMore() {
    const s = $state.get();
    if (!s.next || s.more === "loading" || s.status !== "ready") return;
    const c = controller ?? new AbortController();
    patch({ more: "loading" });
    try {
      const page = await client.listComments(id, { cursor: s.next }, { signal: c.signal });
      if (c.signal.aborted) return;
      const seen = new Set($state.get().threads.map((t) => t.id));
      const fresh = page.items.filter((t) => !seen.has(t.id));
      patch({ threads: [...$state.get().threads, ...fresh], next: page.next, more: "idle" });
    } catch (e) {
      if (isAbort(e) || c.signal.aborted) return;
      warn("more comments", toError(e));
      patch({ more: "error" });
    }
  }

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

  async function toggleFollow(): Promise<WriteOutcome<FollowResult>> {
    const idea = $state.get().idea;
    if (!idea) return { kind: "failed", error: toError("no idea loaded") };
    const before = !!idea.following;
    if (following) return { kind: "ok", value: { following: before } };
    following = true;
    const out = await writeAs(config, () => {
      setIdea({ following: !before });
      return before ? client.unfollowIdea(id) : client.followIdea(id);
    });
    following = false;
    setIdea({ following: out.kind === "ok" ? out.value.following : before });
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
      posted.push(out.value);
      const idea = $state.get().idea;
      patch({ threads: withComment($state.get().threads, out.value) });
      if (idea && out.value.status === "published") setIdea({ commentCount: idea.commentCount + 1 });
    }
    return out;
  }

  // votedByMe, following and mine are per reader: when the person signs in or out, show their view.
  const unlisten = sessionStore(config.site).listen(() => {
    if ($state.get().status !== "idle") void load();
  });

  return {
    $state,
    load,
    loadMore,
    toggleVote,
    toggleFollow,
    addComment,
    release() {
      controller?.abort();
      unlisten();
      evict();
    },
  };
}
