import {
  FollowResult,
  Question,
  QuestionCreate,
  QuestionDetail,
  QuestionList,
  QuestionListQuery,
  SimilarQuery,
  SimilarQuestions,
} from "@corner/contracts";
import { route } from "../registry.ts";
import { cachedListReply } from "./cached-list.ts";
import { QuestionParams, SubjectParams } from "./params.ts";
import { startsPending } from "./pending.ts";
import { answerJson, notFoundQuestion, questionJson, questionsJson, visibleQuestion } from "./qa-json.ts";

const DEFAULT_LIMIT = 10;
/** Answers shown with a question's detail before "more". */
export const DETAIL_ANSWERS = 10;

export const questionRoutes = [
  route({
    method: "GET",
    path: "/v1/sites/{site}/subjects/{subject}/questions",
    summary:
      "One page of a subject's questions: sort newest|most_answered|unanswered, search with q; each with its accepted answer",
    tag: "qa",
    auth: "optional",
    params: SubjectParams,
    query: QuestionListQuery,
    responses: {
      200: { description: "Items, the next cursor and the subject's published total", schema: QuestionList },
    },
    handler: async ({ c, rt, db, params, query, site, user }) => {
      const q = query.q ? query.q : undefined;
      const limit = query.limit ?? DEFAULT_LIMIT;
      const key = `qa|${query.sort}|${limit}|${query.cursor ?? ""}|${q ?? ""}`;
      return cachedListReply(c, rt, { site: site.id, subject: params.subject, key, user }, async () => {
        const page = await db.questions.list({
          siteId: site.id,
          subject: params.subject,
          sort: query.sort,
          q,
          cursor: query.cursor,
          limit,
          viewerId: user?.id,
        });
        return {
          items: await questionsJson(db, page.items, site, user),
          next: page.next,
          total: await db.questions.total(site.id, params.subject),
        } satisfies QuestionList;
      });
    },
  }),

  route({
    method: "GET",
    path: "/v1/sites/{site}/subjects/{subject}/questions/similar",
    summary:
      "Published questions on the subject closest to a draft title (trigram and full-text), to read before asking",
    tag: "qa",
    auth: "none",
    params: SubjectParams,
    query: SimilarQuery,
    responses: {
      200: { description: "Up to 5 questions, closest first", schema: SimilarQuestions },
    },
    handler: async ({ db, params, query, site }) => {
      const items = await db.questions.similar(
        site.id,
        params.subject,
        query.q,
        Math.min(query.limit ?? 5, 5),
      );
      return { status: 200, body: { items } satisfies SimilarQuestions };
    },
  }),

  route({
    method: "POST",
    path: "/v1/sites/{site}/subjects/{subject}/questions",
    summary:
      "Ask a question (the asker follows it); pending when the site pre-moderates, unless asked by staff",
    tag: "qa",
    auth: "session",
    idempotent: true,
    rateLimit: "write",
    params: SubjectParams,
    body: QuestionCreate,
    responses: { 201: { description: "The new question", schema: Question } },
    handler: async ({ rt, db, params, body, site, user }) => {
      const staff = user!.staff === true;
      const question = await db.questions.create({
        siteId: site.id,
        subject: params.subject,
        personId: user!.id,
        title: body.title,
        details: body.details,
        staff,
        pending: startsPending(site, user!) && !staff,
      });
      return {
        status: 201,
        body: questionJson(question, null, site, user),
        onCommit: () => rt.lists.invalidate(site.id, params.subject),
      };
    },
  }),

  route({
    method: "GET",
    path: "/v1/sites/{site}/questions/{id}",
    summary:
      "One question with its first page of answers (accepted first, then by votes); a pending one only for its author",
    tag: "qa",
    auth: "optional",
    params: QuestionParams,
    responses: { 200: { description: "The question and its answers", schema: QuestionDetail } },
    handler: async ({ db, params, site, user }) => {
      const q = await visibleQuestion(db, site.id, params.id, user);
      const page = await db.answers.list({
        siteId: site.id,
        questionId: q.id,
        sort: "top",
        limit: DETAIL_ANSWERS,
        viewerId: user?.id,
      });
      const accepted = q.acceptedAnswerId
        ? (page.items.find((a) => a.id === q.acceptedAnswerId) ??
          (await db.answers.get(site.id, q.acceptedAnswerId, user?.id)))
        : null;
      const body: QuestionDetail = {
        ...questionJson(q, accepted, site, user),
        answers: page.items.map((a) => answerJson(a, site, user)),
        answersNext: page.next,
      };
      return { status: 200, body, headers: { "cache-control": "private, no-store", vary: "Authorization" } };
    },
  }),

  ...(["PUT", "DELETE"] as const).map((method) =>
    route({
      method,
      path: "/v1/sites/{site}/questions/{id}/follow",
      summary:
        method === "PUT"
          ? "Follow a question: hear when it is answered or an answer is accepted (idempotent)"
          : "Stop following a question (idempotent)",
      tag: "qa",
      auth: "session",
      rateLimit: "write",
      params: QuestionParams,
      responses: { 200: { description: "Whether you follow it now", schema: FollowResult } },
      handler: async ({ db, params, site, user }) => {
        const following = await db.questions.follow(site.id, params.id, user!.id, method === "PUT");
        if (following === null) throw notFoundQuestion(params.id);
        return { status: 200, body: { following } satisfies FollowResult };
      },
    }),
  ),
];
