import {
  Idea,
  IdeaCreate,
  IdeaList,
  IdeaListQuery,
  SimilarIdeas,
  SimilarQuery,
  VoteResult,
} from "@corner/contracts";
import type { SessionUser } from "../middleware/auth/index.ts";
import { badRequest, notFound } from "../middleware/problems/index.ts";
import { route } from "../registry.ts";
import type { BoardRecord, IdeaRecord, Storage } from "../storage/index.ts";
import { BoardParams, IdeaParams } from "./params.ts";
import { startsPending } from "./pending.ts";

const DEFAULT_LIMIT = 20;

/** The public shape of an idea; `votedByMe`, `mine` and `following` only for a signed-in reader. */
export function ideaJson(r: IdeaRecord, viewer?: SessionUser): Idea {
  return {
    id: r.id,
    board: r.boardId,
    title: r.title,
    description: r.description,
    category: r.category,
    status: r.status,
    moderation: r.moderation === "pending" ? "pending" : "published",
    author: { id: r.personId, name: r.authorName },
    votes: r.votes,
    commentCount: r.commentCount,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    // An answer given with the admin token speaks for the site: its author id is "site".
    response: r.response
      ? {
          body: r.response.body,
          author: { id: r.response.personId ?? "site", name: r.response.name },
          at: r.response.at,
        }
      : null,
    mergedInto: r.mergedInto,
    ...(viewer
      ? { votedByMe: r.votedByMe ?? false, mine: r.personId === viewer.id, following: r.following ?? false }
      : {}),
  };
}

export const notFoundIdea = (id: string) => notFound(`There is no idea ${id} on this site.`);

export async function boardOr404(db: Storage, site: string, board: string): Promise<BoardRecord> {
  const found = await db.boards.get(site, board);
  if (!found) throw notFound(`There is no board ${board} on this site.`);
  return found;
}

/** An idea the reader may see: published, or pending and theirs. */
export async function visibleIdea(db: Storage, site: string, id: string, user?: SessionUser) {
  const r = await db.ideas.get(site, id, user?.id);
  const visible =
    r && (r.moderation === "published" || (r.moderation === "pending" && r.personId === user?.id));
  if (!r || !visible) throw notFoundIdea(id);
  return r;
}

export const ideaRoutes = [
  route({
    method: "GET",
    path: "/v1/sites/{site}/boards/{board}/ideas",
    summary:
      "One page of a board's ideas: sort trending|top|new, filter by status and category, search with q",
    tag: "ideas",
    auth: "optional",
    params: BoardParams,
    query: IdeaListQuery,
    responses: { 200: { description: "Items and the next cursor", schema: IdeaList } },
    handler: async ({ c, db, params, query, site, user }) => {
      const board = await boardOr404(db, site.id, params.board);
      const page = await db.ideas.list({
        siteId: site.id,
        boardId: board.id,
        sort: query.sort,
        status: query.status,
        category: query.category,
        q: query.q ? query.q : undefined,
        cursor: query.cursor,
        limit: query.limit ?? DEFAULT_LIMIT,
        viewerId: user?.id,
      });
      const body: IdeaList = { items: page.items.map((r) => ideaJson(r, user)), next: page.next };
      return c.body(JSON.stringify(body), 200, {
        "content-type": "application/json",
        "cache-control": user ? "private, no-store" : "public, max-age=5, stale-while-revalidate=30",
        vary: "Authorization",
      });
    },
  }),

  route({
    method: "POST",
    path: "/v1/sites/{site}/boards/{board}/ideas",
    summary: "Propose an idea (its author follows it); pending when the site pre-moderates",
    tag: "ideas",
    auth: "session",
    idempotent: true,
    rateLimit: "write",
    params: BoardParams,
    body: IdeaCreate,
    responses: { 201: { description: "The new idea", schema: Idea } },
    handler: async ({ db, params, body, site, user }) => {
      const board = await boardOr404(db, site.id, params.board);
      const category = body.category ?? null;
      if (category !== null && !board.categories.some((c) => c.id === category)) {
        const known = board.categories.map((c) => c.id).join(", ") || "none";
        throw badRequest(`body.category must be one of the board's categories (${known})`, [
          { path: "body.category", message: `must be one of the board's categories (${known})` },
        ]);
      }
      const idea = await db.ideas.create({
        siteId: site.id,
        boardId: board.id,
        personId: user!.id,
        title: body.title,
        description: body.description,
        category,
        premoderation: startsPending(site, user!),
        halfLifeDays: board.trendingHalfLifeDays,
      });
      return { status: 201, body: ideaJson(idea, user) };
    },
  }),

  route({
    method: "GET",
    path: "/v1/sites/{site}/boards/{board}/ideas/similar",
    summary:
      "Existing ideas closest to a draft title (trigram and full-text), so people vote instead of repeating",
    tag: "ideas",
    auth: "none",
    params: BoardParams,
    query: SimilarQuery,
    responses: {
      200: { description: "Up to `limit` (default 5) ideas, closest first", schema: SimilarIdeas },
    },
    handler: async ({ db, params, query, site }) => {
      const board = await boardOr404(db, site.id, params.board);
      const items = await db.ideas.similar(site.id, board.id, query.q, Math.min(query.limit ?? 5, 20));
      return { status: 200, body: { items } satisfies SimilarIdeas };
    },
  }),

  route({
    method: "GET",
    path: "/v1/sites/{site}/ideas/{id}",
    summary: "One idea with its official response (a pending one only for its author)",
    tag: "ideas",
    auth: "optional",
    params: IdeaParams,
    responses: { 200: { description: "The idea", schema: Idea } },
    handler: async ({ db, params, site, user }) => ({
      status: 200,
      body: ideaJson(await visibleIdea(db, site.id, params.id, user), user),
    }),
  }),

  ...(["PUT", "DELETE"] as const).map((method) =>
    route({
      method,
      path: "/v1/sites/{site}/ideas/{id}/vote",
      summary:
        method === "PUT"
          ? "Vote for an idea (idempotent; voters follow it). On a merged idea the vote counts on its target"
          : "Withdraw your vote (idempotent). On a merged idea it is withdrawn from its target",
      tag: "ideas",
      auth: "session",
      rateLimit: "write",
      params: IdeaParams,
      responses: { 200: { description: "The idea's exact vote count and your vote", schema: VoteResult } },
      handler: async ({ db, params, site, user }) => {
        const change = method === "PUT" ? db.ideaVotes.set : db.ideaVotes.clear;
        const result = await change(site.id, params.id, user!.id);
        if (!result) throw notFoundIdea(params.id);
        return {
          status: 200,
          body: { id: result.id, votes: result.votes, votedByMe: result.votedByMe } satisfies VoteResult,
        };
      },
    }),
  ),
];
