import { CommentCreate, CommentList, CommentListQuery, IdeaComment } from "@corner/contracts";
import type { SessionUser } from "../middleware/auth/index.ts";
import { badRequest } from "../middleware/problems/index.ts";
import { route } from "../registry.ts";
import type { CommentRecord } from "../storage/index.ts";
import { notFoundIdea, visibleIdea } from "./ideas.ts";
import { IdeaParams } from "./params.ts";
import { startsPending } from "./pending.ts";

const DEFAULT_LIMIT = 20;

export function commentJson(r: CommentRecord, viewer?: SessionUser): IdeaComment {
  return {
    id: r.id,
    ideaId: r.ideaId,
    parentId: r.parentId,
    body: r.body,
    author: { id: r.personId, name: r.authorName },
    status: r.status === "pending" ? "pending" : "published",
    createdAt: r.createdAt,
    ...(viewer ? { mine: r.personId === viewer.id } : {}),
  };
}

export const ideaCommentRoutes = [
  route({
    method: "GET",
    path: "/v1/sites/{site}/ideas/{id}/comments",
    summary: "One page of an idea's comments (oldest first), each with its replies",
    tag: "ideas",
    auth: "optional",
    params: IdeaParams,
    query: CommentListQuery,
    responses: { 200: { description: "Threads and the next cursor", schema: CommentList } },
    handler: async ({ db, params, query, site, user }) => {
      await visibleIdea(db, site.id, params.id, user);
      const page = await db.ideaComments.list({
        siteId: site.id,
        ideaId: params.id,
        viewerId: user?.id,
        cursor: query.cursor,
        limit: query.limit ?? DEFAULT_LIMIT,
      });
      const body: CommentList = {
        items: page.items.map((t) => ({
          ...commentJson(t, user),
          replies: t.replies.map((r) => commentJson(r, user)),
        })),
        next: page.next,
      };
      return { status: 200, body, headers: { "cache-control": "private, no-store", vary: "Authorization" } };
    },
  }),
  route({
    method: "POST",
    path: "/v1/sites/{site}/ideas/{id}/comments",
    summary: "Comment on an idea, or reply to a top-level comment (replies are one level deep)",
    tag: "ideas",
    auth: "session",
    idempotent: true,
    rateLimit: "write",
    params: IdeaParams,
    body: CommentCreate,
    responses: {
      201: { description: "The comment (pending when the site pre-moderates)", schema: IdeaComment },
    },
    handler: async ({ db, params, body, site, user }) => {
      const out = await db.ideaComments.create({
        siteId: site.id,
        ideaId: params.id,
        personId: user!.id,
        parentId: body.parentId ?? null,
        body: body.body,
        premoderation: startsPending(site, user!),
      });
      if (out === null) throw notFoundIdea(params.id);
      if (out === "badParent") {
        const message = "must be a top-level comment on this idea (replies are one level deep)";
        throw badRequest(`body.parentId ${message}`, [{ path: "body.parentId", message }]);
      }
      return { status: 201, body: commentJson(out, user) };
    },
  }),
];
