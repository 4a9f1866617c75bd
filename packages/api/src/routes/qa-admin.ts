import { ModerationResult, Reputation } from "@corner/contracts";
import { notFound } from "../middleware/problems/index.ts";
import { route } from "../registry.ts";
import { AnswerParams, PersonParams, QuestionParams } from "./params.ts";
import { notFoundAnswer, notFoundQuestion } from "./qa-json.ts";

const moderate = (what: "questions" | "answers", action: "approve" | "reject") =>
  route({
    method: "POST",
    path: `/v1/admin/sites/{site}/${what}/{id}/${action}`,
    summary:
      what === "questions"
        ? `${action === "approve" ? "Publish" : "Reject"} a question`
        : action === "approve"
          ? "Publish an answer: it counts, its votes count for its author, and the question's followers hear of it"
          : "Reject an answer: it stops counting, and stops being the accepted answer",
    tag: "admin",
    auth: "admin",
    params: what === "questions" ? QuestionParams : AnswerParams,
    responses: { 200: { description: "The new moderation status", schema: ModerationResult } },
    handler: async ({ rt, db, params, site }) => {
      const to = action === "approve" ? "published" : "rejected";
      const out =
        what === "questions"
          ? await db.questions.moderate(site.id, params.id, to)
          : await db.answers.moderate(site.id, params.id, to);
      if (!out) throw (what === "questions" ? notFoundQuestion : notFoundAnswer)(params.id);
      return {
        status: 200,
        body: { id: out.id, status: out.status } satisfies ModerationResult,
        onCommit: () => rt.lists.invalidate(site.id, out.subject),
      };
    },
  });

export const qaAdminRoutes = [
  moderate("questions", "approve"),
  moderate("questions", "reject"),
  moderate("answers", "approve"),
  moderate("answers", "reject"),
  route({
    method: "GET",
    path: "/v1/sites/{site}/people/{id}/reputation",
    summary: "A person's Q&A reputation: stored totals of votes received and answers accepted by others",
    tag: "qa",
    auth: "none",
    params: PersonParams,
    responses: { 200: { description: "The person's reputation", schema: Reputation } },
    handler: async ({ db, params, site }) => {
      const r = await db.reputation.get(site.id, params.id);
      if (!r) throw notFound(`There is no person ${params.id} on this site.`);
      return {
        status: 200,
        body: {
          id: r.id,
          name: r.name,
          reputation: r.points,
          acceptedAnswers: r.acceptedAnswers,
          votesReceived: r.votesReceived,
          topContributor: r.points >= site.topContributorThreshold,
        } satisfies Reputation,
      };
    },
  }),
];
