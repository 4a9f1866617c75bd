import {
  AcceptCreate,
  AcceptResult,
  Answer,
  AnswerCreate,
  AnswerList,
  AnswerListQuery,
  AnswerVoteResult,
} from "@corner/contracts";
import { HttpProblem } from "../middleware/problems/index.ts";
import { type AnyRoute, route } from "../registry.ts";
import type { AcceptOutcome, Storage } from "../storage/index.ts";
import { AnswerParams, QuestionParams } from "./params.ts";
import { startsPending } from "./pending.ts";
import { answerJson, notFoundAnswer, notFoundQuestion, visibleQuestion } from "./qa-json.ts";

const DEFAULT_LIMIT = 10;

/** 404 for a question that is not there (or not published), 403 for a reader who may not accept. */
function acceptProblem(out: Extract<AcceptOutcome, { ok: false }>, id: string): HttpProblem {
  switch (out.reason) {
    case "notFound":
      return notFoundQuestion(id);
    case "forbidden":
      return new HttpProblem(403, "forbidden", "Only the person who asked, or staff, may accept an answer.");
    case "badAnswer": {
      const message = "must be a published answer to this question";
      return new HttpProblem(422, "validation", `body.answerId ${message}`, [
        { path: "body.answerId", message },
      ]);
    }
  }
}

const accept = (method: "POST" | "DELETE"): AnyRoute =>
  route({
    method,
    path: "/v1/sites/{site}/questions/{id}/accept",
    summary:
      method === "POST"
        ? "Accept an answer (the asker or staff); replaces an earlier choice and notifies the followers and the answerer"
        : "Clear the accepted answer (the asker or staff)",
    tag: "qa",
    auth: "session",
    idempotent: method === "POST",
    rateLimit: "write",
    params: QuestionParams,
    ...(method === "POST" ? { body: AcceptCreate } : {}),
    responses: {
      200: { description: "The question's accepted answer now", schema: AcceptResult },
      403: { description: "Neither the asker nor staff" },
      422: { description: "answerId is not a published answer of this question" },
    },
    handler: async ({ rt, db, params, body, site, user }) => {
      const out = await db.accept({
        siteId: site.id,
        questionId: params.id,
        answerId: method === "POST" ? (body as AcceptCreate).answerId : null,
        actor: { personId: user!.id, staff: user!.staff === true },
      });
      if (!out.ok) throw acceptProblem(out, params.id);
      return {
        status: 200,
        body: { id: params.id, acceptedAnswerId: out.acceptedAnswerId } satisfies AcceptResult,
        onCommit: () => rt.lists.invalidate(site.id, out.subject),
      };
    },
  });

async function vote(db: Storage, site: string, id: string, person: string, on: boolean) {
  const out = await (on ? db.answerVotes.set : db.answerVotes.clear)(site, id, person);
  if (out.ok) return out;
  if (out.reason === "own") throw new HttpProblem(403, "forbidden", "You cannot vote for your own answer.");
  throw notFoundAnswer(id);
}

export const answerRoutes = [
  route({
    method: "GET",
    path: "/v1/sites/{site}/questions/{id}/answers",
    summary: "One page of a question's answers: sort top (accepted first, then votes) or newest",
    tag: "qa",
    auth: "optional",
    params: QuestionParams,
    query: AnswerListQuery,
    responses: { 200: { description: "Items and the next cursor", schema: AnswerList } },
    handler: async ({ db, params, query, site, user }) => {
      await visibleQuestion(db, site.id, params.id, user);
      const page = await db.answers.list({
        siteId: site.id,
        questionId: params.id,
        sort: query.sort,
        cursor: query.cursor,
        limit: query.limit ?? DEFAULT_LIMIT,
        viewerId: user?.id,
      });
      const body: AnswerList = { items: page.items.map((a) => answerJson(a, site, user)), next: page.next };
      return { status: 200, body, headers: { "cache-control": "private, no-store", vary: "Authorization" } };
    },
  }),

  route({
    method: "POST",
    path: "/v1/sites/{site}/questions/{id}/answers",
    summary:
      "Answer a question (the answerer follows it); official when written by staff, pending when the site pre-moderates",
    tag: "qa",
    auth: "session",
    idempotent: true,
    rateLimit: "write",
    params: QuestionParams,
    body: AnswerCreate,
    responses: {
      201: { description: "The new answer", schema: Answer },
      409: { description: "The question still waits for approval" },
    },
    handler: async ({ rt, db, params, body, site, user }) => {
      const staff = user!.staff === true;
      const out = await db.answers.create({
        siteId: site.id,
        questionId: params.id,
        personId: user!.id,
        body: body.body,
        official: staff,
        pending: startsPending(site, user!) && !staff,
      });
      if (out === "notFound") throw notFoundQuestion(params.id);
      if (out === "notOpen") {
        throw new HttpProblem(
          409,
          "conflict",
          "This question waits for approval; answers open once it is published.",
        );
      }
      return {
        status: 201,
        body: answerJson(out, site, user),
        onCommit: () => rt.lists.invalidate(site.id, out.subject),
      };
    },
  }),

  ...(["PUT", "DELETE"] as const).map((method) =>
    route({
      method,
      path: "/v1/sites/{site}/answers/{id}/vote",
      summary:
        method === "PUT"
          ? "Vote for an answer (idempotent; not your own); its author earns reputation"
          : "Withdraw your vote (idempotent)",
      tag: "qa",
      auth: "session",
      rateLimit: "write",
      params: AnswerParams,
      responses: {
        200: { description: "The answer's exact vote count and your vote", schema: AnswerVoteResult },
        403: { description: "Your own answer" },
      },
      handler: async ({ rt, db, params, site, user }) => {
        const out = await vote(db, site.id, params.id, user!.id, method === "PUT");
        return {
          status: 200,
          body: { id: out.id, votes: out.votes, votedByMe: out.votedByMe } satisfies AnswerVoteResult,
          onCommit: () => rt.lists.invalidate(site.id, out.subject),
        };
      },
    }),
  ),

  accept("POST"),
  accept("DELETE"),
];
