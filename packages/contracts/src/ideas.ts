import * as v from "valibot";
import { Cursor, Id, Limit, Page, Text } from "./common.ts";
import { COMMENT_BODY_MAX, IDEA_DESCRIPTION_MAX, IDEA_TITLE_MAX, RESPONSE_BODY_MAX } from "./limits.ts";
import { Author } from "./reviews.ts";

export { COMMENT_BODY_MAX, IDEA_DESCRIPTION_MAX, IDEA_TITLE_MAX, RESPONSE_BODY_MAX };

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** A board id chosen by the site: lower-case letters, digits and dashes, 1–63 characters. */
export const BoardId = v.pipe(
  v.string("must be a string"),
  v.regex(SLUG, "must be 1–63 lower-case letters, digits or dashes"),
);

/** A category id within a board: lower-case letters, digits and dashes, 1–63 characters. */
export const CategoryId = v.pipe(
  v.string("must be a string"),
  v.regex(SLUG, "must be 1–63 lower-case letters, digits or dashes"),
);

export const IDEA_STATUSES = [
  "open",
  "under_review",
  "planned",
  "in_progress",
  "done",
  "declined",
  "merged",
] as const;
export const IdeaStatus = v.picklist(
  IDEA_STATUSES,
  "must be open, under_review, planned, in_progress, done, declined or merged",
);
export type IdeaStatus = v.InferOutput<typeof IdeaStatus>;

export const IdeaSort = v.picklist(["trending", "top", "new"], "must be trending, top or new");
export type IdeaSort = v.InferOutput<typeof IdeaSort>;

export const Category = v.object({ id: CategoryId, name: v.string() });
export type Category = v.InferOutput<typeof Category>;

/**
 * `POST /v1/admin/sites/{site}/boards`. A category is `{id, name}`, or just a name, whose id is then
 * derived from it (lower-case, dashes: "Shop & delivery" → `shop-delivery`).
 */
export const BoardCreate = v.strictObject({
  id: BoardId,
  title: Text(1, 120, "title"),
  description: v.optional(v.nullable(Text(0, 2000, "description"))),
  categories: v.optional(
    v.pipe(
      v.array(
        v.union(
          [v.strictObject({ id: CategoryId, name: Text(1, 60, "name") }), Text(1, 60, "category")],
          'must be {"id", "name"} or a name',
        ),
      ),
      v.maxLength(30, "at most 30 categories"),
    ),
    [],
  ),
  /** Votes count half as much for `trending` after this many days (default 7). */
  trendingHalfLifeDays: v.optional(
    v.pipe(
      v.number("must be a number of days"),
      v.minValue(0.5, "must be at least 0.5 days"),
      v.maxValue(365, "must be at most 365 days"),
    ),
    7,
  ),
});
export type BoardCreate = v.InferInput<typeof BoardCreate>;

export const Board = v.object({
  id: BoardId,
  title: v.string(),
  description: v.nullable(v.string()),
  categories: v.array(Category),
  trendingHalfLifeDays: v.number(),
  createdAt: v.string(),
});
export type Board = v.InferOutput<typeof Board>;

/** `POST /v1/sites/{site}/boards/{board}/ideas`. `category` must be one of the board's category ids. */
export const IdeaCreate = v.strictObject({
  title: Text(1, IDEA_TITLE_MAX, "title"),
  description: v.optional(Text(0, IDEA_DESCRIPTION_MAX, "description"), ""),
  category: v.optional(v.nullable(CategoryId)),
});
export type IdeaCreate = v.InferInput<typeof IdeaCreate>;

const Query = (max: number) =>
  v.pipe(v.string(), v.trim(), v.maxLength(max, `must be at most ${max} characters`));

export const IdeaListQuery = v.object({
  sort: v.optional(IdeaSort, "trending"),
  /** Without it, merged ideas are left out; `status=merged` lists them. */
  status: v.optional(IdeaStatus),
  category: v.optional(CategoryId),
  /** Full-text search across title and description. */
  q: v.optional(Query(200)),
  cursor: v.optional(Cursor),
  limit: v.optional(Limit),
});
export type IdeaListQuery = v.InferOutput<typeof IdeaListQuery>;

export const OfficialResponse = v.object({ body: v.string(), author: Author, at: v.string() });
export type OfficialResponse = v.InferOutput<typeof OfficialResponse>;

export const Idea = v.object({
  id: Id,
  board: v.string(),
  title: v.string(),
  description: v.string(),
  category: v.nullable(v.string()),
  status: IdeaStatus,
  /** `pending` while the site pre-moderates it (shown to its author only). */
  moderation: v.picklist(["published", "pending"]),
  author: Author,
  votes: v.number(),
  commentCount: v.number(),
  createdAt: v.string(),
  updatedAt: v.string(),
  /** The company's public answer from its latest status change with a response. */
  response: v.nullable(OfficialResponse),
  mergedInto: v.nullable(Id),
  /** Only present for a signed-in reader. */
  votedByMe: v.optional(v.boolean()),
  mine: v.optional(v.boolean()),
  following: v.optional(v.boolean()),
});
export type Idea = v.InferOutput<typeof Idea>;

export const IdeaList = Page(Idea);
export type IdeaList = v.InferOutput<typeof IdeaList>;

export const SimilarQuery = v.object({
  q: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, "must not be empty"),
    v.maxLength(200, "must be at most 200 characters"),
  ),
  limit: v.optional(Limit),
});

export const SimilarIdea = v.object({
  id: Id,
  title: v.string(),
  status: IdeaStatus,
  votes: v.number(),
  /** 0–1, higher is closer. */
  score: v.number(),
});
export const SimilarIdeas = v.object({ items: v.array(SimilarIdea) });
export type SimilarIdeas = v.InferOutput<typeof SimilarIdeas>;

/**
 * Answer of `PUT|DELETE /v1/sites/{site}/ideas/{id}/vote`. A vote on a merged idea counts on the idea it
 * was merged into; `id` names the idea whose count this is.
 */
export const VoteResult = v.object({ id: Id, votes: v.number(), votedByMe: v.boolean() });
export type VoteResult = v.InferOutput<typeof VoteResult>;

export const FollowResult = v.object({ following: v.boolean() });
export type FollowResult = v.InferOutput<typeof FollowResult>;

/** `POST /v1/sites/{site}/ideas/{id}/comments`; `parentId` must be a top-level comment of the same idea. */
export const CommentCreate = v.strictObject({
  body: Text(1, COMMENT_BODY_MAX, "body"),
  parentId: v.optional(v.nullable(Id)),
});
export type CommentCreate = v.InferInput<typeof CommentCreate>;

export const IdeaComment = v.object({
  id: Id,
  ideaId: Id,
  parentId: v.nullable(Id),
  body: v.string(),
  author: Author,
  status: v.picklist(["published", "pending"]),
  createdAt: v.string(),
  mine: v.optional(v.boolean()),
});
export type IdeaComment = v.InferOutput<typeof IdeaComment>;

/** A top-level comment with its replies (oldest first; replies are one level deep). */
export const CommentThread = v.object({ ...IdeaComment.entries, replies: v.array(IdeaComment) });
export type CommentThread = v.InferOutput<typeof CommentThread>;

export const CommentList = Page(CommentThread);
export type CommentList = v.InferOutput<typeof CommentList>;

export const CommentListQuery = v.object({ cursor: v.optional(Cursor), limit: v.optional(Limit) });

/**
 * `POST /v1/sites/{site}/ideas/{id}/status` (admin token or a staff session). `mergedInto` is required
 * exactly when `status` is `merged`. A `response` becomes the idea's public official response.
 */
export const StatusChange = v.pipe(
  v.strictObject({
    status: IdeaStatus,
    response: v.optional(Text(1, RESPONSE_BODY_MAX, "response")),
    mergedInto: v.optional(Id),
  }),
  v.forward(
    v.partialCheck(
      [["status"], ["mergedInto"]],
      (i) => (i.status === "merged") === (i.mergedInto !== undefined),
      "is required when status is merged, and only then",
    ),
    ["mergedInto"],
  ),
);
export type StatusChange = v.InferInput<typeof StatusChange>;

/** A followed idea's status changed (with the official response, if one was given). */
export const StatusNotification = v.object({
  id: Id,
  kind: v.literal("status"),
  idea: v.object({ id: Id, title: v.string() }),
  status: IdeaStatus,
  response: v.nullable(v.string()),
  createdAt: v.string(),
  read: v.boolean(),
});
export type StatusNotification = v.InferOutput<typeof StatusNotification>;

/** A followed question got an answer (`answer`), or one of its answers was accepted (`accepted`). */
export const QaNotification = v.object({
  id: Id,
  kind: v.picklist(["answer", "accepted"]),
  question: v.object({ id: Id, title: v.string(), subject: v.string() }),
  answer: v.object({ id: Id, author: v.object({ id: v.string(), name: v.string() }) }),
  createdAt: v.string(),
  read: v.boolean(),
});
export type QaNotification = v.InferOutput<typeof QaNotification>;

export const Notification = v.variant("kind", [StatusNotification, QaNotification]);
export type Notification = v.InferOutput<typeof Notification>;

export const NotificationList = v.object({ ...Page(Notification).entries, unread: v.number() });
export type NotificationList = v.InferOutput<typeof NotificationList>;

export const NotificationListQuery = v.object({ cursor: v.optional(Cursor), limit: v.optional(Limit) });

/** `POST /v1/sites/{site}/me/notifications/read`: the given ids, or all when `ids` is absent. */
export const NotificationsRead = v.strictObject({
  ids: v.optional(v.pipe(v.array(Id), v.maxLength(200, "at most 200 ids"))),
});
export const NotificationsReadResult = v.object({ unread: v.number() });
