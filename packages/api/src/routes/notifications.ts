import {
  FollowResult,
  NotificationList,
  NotificationListQuery,
  NotificationsRead,
  NotificationsReadResult,
} from "@corner/contracts";
import type * as v from "valibot";
import { route } from "../registry.ts";
import { notFoundIdea } from "./ideas.ts";
import { IdeaParams, SiteParams } from "./params.ts";

export const notificationRoutes = [
  ...(["PUT", "DELETE"] as const).map((method) =>
    route({
      method,
      path: "/v1/sites/{site}/ideas/{id}/follow",
      summary:
        method === "PUT"
          ? "Follow an idea's status changes (idempotent)"
          : "Stop following an idea (idempotent)",
      tag: "ideas",
      auth: "session",
      rateLimit: "write",
      params: IdeaParams,
      responses: { 200: { description: "Whether you follow it now", schema: FollowResult } },
      handler: async ({ db, params, site, user }) => {
        const following = await db.notifications.follow(site.id, params.id, user!.id, method === "PUT");
        if (following === null) throw notFoundIdea(params.id);
        return { status: 200, body: { following } satisfies FollowResult };
      },
    }),
  ),
  route({
    method: "GET",
    path: "/v1/sites/{site}/me/notifications",
    summary: "Your notifications, newest first, and how many are unread",
    tag: "ideas",
    auth: "session",
    params: SiteParams,
    query: NotificationListQuery,
    responses: { 200: { description: "Items, next cursor and the unread count", schema: NotificationList } },
    handler: async ({ db, query, site, user }) => {
      const page = await db.notifications.list({
        siteId: site.id,
        personId: user!.id,
        cursor: query.cursor,
        limit: query.limit ?? 20,
      });
      return {
        status: 200,
        body: page satisfies NotificationList,
        headers: { "cache-control": "private, no-store" },
      };
    },
  }),
  route({
    method: "POST",
    path: "/v1/sites/{site}/me/notifications/read",
    summary: "Mark notifications read: the given ids, or all when ids is absent",
    tag: "ideas",
    auth: "session",
    params: SiteParams,
    body: NotificationsRead,
    responses: { 200: { description: "How many stay unread", schema: NotificationsReadResult } },
    handler: async ({ db, body, site, user }) => {
      const unread = await db.notifications.markRead(site.id, user!.id, body.ids);
      return { status: 200, body: { unread } satisfies v.InferOutput<typeof NotificationsReadResult> };
    },
  }),
];
