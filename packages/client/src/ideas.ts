import type {
  Board,
  CommentCreate,
  CommentList,
  FollowResult,
  Idea,
  IdeaComment,
  IdeaCreate,
  IdeaList,
  IdeaSort,
  IdeaStatus,
  SimilarIdeas,
  VoteResult,
} from "@corner/contracts";
import type { CornerClient, CreateOptions, RequestOptions } from "./client.ts";

export interface ListCommentsParams {
  cursor?: string | null | undefined;
  limit?: number | undefined;
}

export interface ListIdeasParams {
  sort?: IdeaSort | undefined;
  status?: IdeaStatus | null | undefined;
  category?: string | null | undefined;
  /** Full-text search over title and description. */
  q?: string | null | undefined;
  cursor?: string | null | undefined;
  limit?: number | undefined;
}

/**
 * The ideas endpoints of one site. Its own module (on top of a `CornerClient`), so a page that shows only
 * reviews does not carry them: reads use the client's small fetch path, writes its lazily loaded ky path.
 */
export interface IdeasClient {
  /**
   * `GET /v1/sites/{site}/boards/{board}`: title, description and categories.
   * @example const { categories } = await ideas.getBoard("feedback");
   */
  getBoard(board: string, opts?: RequestOptions): Promise<Board>;
  /**
   * `GET /v1/sites/{site}/boards/{board}/ideas`: one page of ideas.
   * @example const page = await ideas.listIdeas("feedback", { sort: "top", status: "planned" }, { signal });
   */
  listIdeas(board: string, params?: ListIdeasParams, opts?: RequestOptions): Promise<IdeaList>;
  /**
   * `GET /v1/sites/{site}/ideas/{id}`.
   * @example const idea = await ideas.getIdea(id);
   */
  getIdea(id: string, opts?: RequestOptions): Promise<Idea>;
  /**
   * `GET /v1/sites/{site}/boards/{board}/ideas/similar`: up to 5 ideas close to a draft title.
   * @example const { items } = await ideas.similarIdeas("feedback", "dark mode", { signal });
   */
  similarIdeas(board: string, q: string, opts?: RequestOptions): Promise<SimilarIdeas>;
  /**
   * `POST /v1/sites/{site}/boards/{board}/ideas`: suggests an idea.
   * @example const idea = await ideas.createIdea("feedback", { title: "Dark mode" }, { idempotencyKey });
   */
  createIdea(board: string, body: IdeaCreate, opts?: CreateOptions): Promise<Idea>;
  /**
   * `PUT /v1/sites/{site}/ideas/{id}/vote`: answers the exact count.
   * @example const { votes } = await ideas.voteIdea(id);
   */
  voteIdea(id: string, opts?: RequestOptions): Promise<VoteResult>;
  /**
   * `DELETE /v1/sites/{site}/ideas/{id}/vote`.
   * @example const { votes } = await ideas.unvoteIdea(id);
   */
  unvoteIdea(id: string, opts?: RequestOptions): Promise<VoteResult>;
  /**
   * `GET /v1/sites/{site}/ideas/{id}/comments`: one page of threads (oldest first), each with its replies.
   * @example const { items, next } = await ideas.listComments(id, { cursor }, { signal });
   */
  listComments(id: string, params?: ListCommentsParams, opts?: RequestOptions): Promise<CommentList>;
  /**
   * `POST /v1/sites/{site}/ideas/{id}/comments`: a comment, or a reply when `parentId` names a top-level one.
   * `status` is `pending` while the site pre-moderates it.
   * @example const comment = await ideas.createComment(id, { body: "+1", parentId }, { idempotencyKey });
   */
  createComment(id: string, body: CommentCreate, opts?: CreateOptions): Promise<IdeaComment>;
  /**
   * `PUT /v1/sites/{site}/ideas/{id}/follow`: be notified of the idea's status changes.
   * @example const { following } = await ideas.followIdea(id);
   */
  followIdea(id: string, opts?: RequestOptions): Promise<FollowResult>;
  /**
   * `DELETE /v1/sites/{site}/ideas/{id}/follow`.
   * @example const { following } = await ideas.unfollowIdea(id);
   */
  unfollowIdea(id: string, opts?: RequestOptions): Promise<FollowResult>;
}

const seg = encodeURIComponent;
/** A JSON write that the server stores once per Idempotency-Key. */
const clients = new WeakMap<CornerClient, IdeasClient>();

/**
 * The ideas endpoints over a client (one per client).
 * @example
 * const ideas = ideasClient(createClient({ api, site: "demo" }));
 * const { items } = await ideas.listIdeas("feedback", { sort: "top" });
 */
export function ideasClient(client: CornerClient): IdeasClient {
  let ideas = clients.get(client);
  if (ideas) return ideas;
  const { read, send } = client;
  ideas = {
    getBoard: (board, opts) => read<Board>(`boards/${seg(board)}`, {}, opts),
    listIdeas: (board, p = {}, opts) =>
      read<IdeaList>(
        `boards/${seg(board)}/ideas`,
        {
          sort: p.sort,
          status: p.status ?? undefined,
          category: p.category ?? undefined,
          q: p.q?.trim() || undefined,
          cursor: p.cursor ?? undefined,
          limit: p.limit ? String(p.limit) : undefined,
        },
        opts,
      ),
    getIdea: (id, opts) => read<Idea>(`ideas/${seg(id)}`, {}, opts),
    similarIdeas: (board, q, opts) =>
      read<SimilarIdeas>(`boards/${seg(board)}/ideas/similar`, { q: q.trim() }, opts),
    createIdea: (board, body, opts) =>
      send<Idea>("post", `boards/${seg(board)}/ideas`, { ...opts, json: body }),
    voteIdea: (id, opts) => send<VoteResult>("put", `ideas/${seg(id)}/vote`, { signal: opts?.signal }),
    unvoteIdea: (id, opts) => send<VoteResult>("delete", `ideas/${seg(id)}/vote`, { signal: opts?.signal }),
    listComments: (id, p = {}, opts) =>
      read<CommentList>(
        `ideas/${seg(id)}/comments`,
        { cursor: p.cursor ?? undefined, limit: p.limit ? String(p.limit) : undefined },
        opts,
      ),
    createComment: (id, body, opts) =>
      send<IdeaComment>("post", `ideas/${seg(id)}/comments`, { ...opts, json: body }),
    followIdea: (id, opts) => send<FollowResult>("put", `ideas/${seg(id)}/follow`, { signal: opts?.signal }),
    unfollowIdea: (id, opts) =>
      send<FollowResult>("delete", `ideas/${seg(id)}/follow`, { signal: opts?.signal }),
  };
  clients.set(client, ideas);
  return ideas;
}
