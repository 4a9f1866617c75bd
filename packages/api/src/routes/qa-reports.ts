import { Report, ReportCreate } from "@corner/contracts";
import { route } from "../registry.ts";
import { AnswerParams, QuestionParams } from "./params.ts";
import { notFoundAnswer, notFoundQuestion } from "./qa-json.ts";

/** `POST .../questions/{id}/reports` and `.../answers/{id}/reports`: as for reviews, one per person. */
const reportRoute = (target: "question" | "answer") =>
  route({
    method: "POST",
    path: `/v1/sites/{site}/${target}s/{id}/reports`,
    summary: `Report ${target === "question" ? "a question" : "an answer"} for moderation; one report per person (a repeat answers 200 with it)`,
    tag: "qa",
    auth: "session",
    idempotent: true,
    rateLimit: "write",
    params: target === "question" ? QuestionParams : AnswerParams,
    body: ReportCreate,
    responses: {
      201: { description: "The report", schema: Report },
      200: { description: `Your earlier report of this ${target}`, schema: Report },
    },
    handler: async ({ db, params, body, site, user }) => {
      const out = await db.qaReports.create({
        siteId: site.id,
        target,
        id: params.id,
        personId: user!.id,
        reason: body.reason,
        note: body.note ? body.note : null,
      });
      if (!out) throw (target === "question" ? notFoundQuestion : notFoundAnswer)(params.id);
      return { status: out.created ? 201 : 200, body: out.report as Report };
    },
  });

export const qaReportRoutes = [reportRoute("question"), reportRoute("answer")];
