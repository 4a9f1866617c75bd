import { Idea, ModerationResult, StatusChange } from "@corner/contracts";
import type * as v from "valibot";
import { badRequest, HttpProblem, notFound } from "../middleware/problems/index.ts";
import { route } from "../registry.ts";
import { ideaJson, notFoundIdea } from "./ideas.ts";
import { IdeaParams } from "./params.ts";

const mergeProblem = (message: string) =>
  badRequest(`body.mergedInto ${message}`, [{ path: "body.mergedInto", message }]);

const moderate = (what: "ideas" | "idea-comments", action: "approve" | "reject") =>
  route({
    method: "POST",
    path: `/v1/admin/sites/{site}/${what}/{id}/${action}`,
    summary: `${action === "approve" ? "Publish" : "Reject"} a pending ${what === "ideas" ? "idea" : "idea comment"}`,
    tag: "admin",
    auth: "admin",
    params: IdeaParams,
    responses: {
      200: { description: "The new moderation status", schema: ModerationResult },
    },
    handler: async ({ db, params, site }) => {
      const to = action === "approve" ? "published" : "rejected";
      if (what === "ideas") {
        const r = await db.ideas.moderate(site.id, params.id, to);
        if (!r) throw notFoundIdea(params.id);
        return {
          status: 200,
          body: { id: r.id, status: r.moderation } satisfies v.InferOutput<typeof ModerationResult>,
        };
      }
      const r = await db.ideaComments.moderate(site.id, params.id, to);
      if (!r) throw notFound(`There is no comment ${params.id} on this site.`);
      return { status: 200, body: { id: r.id, status: to } satisfies v.InferOutput<typeof ModerationResult> };
    },
  });

export const ideaStaffRoutes = [
  route({
    method: "POST",
    path: "/v1/sites/{site}/ideas/{id}/status",
    summary:
      "Staff: set an idea's status, with an optional public response; merged moves votes and followers to mergedInto",
    tag: "ideas",
    auth: "staff",
    params: IdeaParams,
    body: StatusChange,
    responses: {
      200: {
        description: "The idea after the change (every follower but the actor is notified)",
        schema: Idea,
      },
      403: { description: "A session without a staff role" },
      409: { description: "The idea, or the merge target, is already merged" },
    },
    handler: async ({ db, params, body, site, user }) => {
      const out = await db.ideaStaff.setStatus({
        siteId: site.id,
        ideaId: params.id,
        status: body.status,
        response: body.response,
        mergedInto: body.mergedInto,
        actor: user ? { personId: user.id, name: user.name } : { personId: null, name: site.name },
      });
      if (!out.ok) {
        switch (out.reason) {
          case "notFound":
            throw notFoundIdea(params.id);
          case "alreadyMerged":
            throw new HttpProblem(409, "conflict", "This idea is merged; its status no longer changes.");
          case "targetMerged":
            throw new HttpProblem(
              409,
              "conflict",
              "body.mergedInto is itself merged; merge into its target instead.",
            );
          case "targetSelf":
            throw mergeProblem("must be another idea");
          case "targetNotFound":
            throw mergeProblem("must be an idea on this site");
          case "targetOtherBoard":
            throw mergeProblem("must be an idea on the same board");
        }
      }
      return { status: 200, body: ideaJson(out.idea) };
    },
  }),
  moderate("ideas", "approve"),
  moderate("ideas", "reject"),
  moderate("idea-comments", "approve"),
  moderate("idea-comments", "reject"),
];
