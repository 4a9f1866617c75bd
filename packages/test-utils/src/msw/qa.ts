import {
  type Answer,
  type AnswerList,
  type Question,
  type QuestionDetail,
  type QuestionList,
  REPUTATION_ACCEPTED,
  REPUTATION_VOTE,
  type Session,
} from "@corner/contracts";
import { HttpResponse, http, type RequestHandler } from "msw";
import { fakeId } from "./fixtures.ts";
import { type Problem, type Recorder, setFollow, setVote, type UserOf } from "./handler-kit.ts";
import { makeAnswer, makeQuestion, trailRunnerQuestions } from "./qa-fixtures.ts";

export interface QaDb {
  /** Questions per subject, newest first (counters and the accepted preview are derived from `answers`). */
  questions: Map<string, Question[]>;
  /** Answers per question id, in the order they were written. */
  answers: Map<string, Answer[]>;
  /** `answerId|userId` of every helpful vote. */
  answerVotes: Set<string>;
  /** `questionId|userId` of every follow. */
  questionFollows: Set<string>;
  /** Every report received. */
  reports: { kind: "question" | "answer"; id: string; reason: string; userId: string }[];
}

/** An empty Q&A database, or one seeded with `trail-runner-2`'s questions. */
export function qaDb(seeded = true): QaDb {
  const { questions, answers } = seeded ? trailRunnerQuestions() : { questions: [], answers: new Map() };
  return {
    questions: new Map(seeded ? [["trail-runner-2", questions]] : []),
    answers,
    answerVotes: new Set(),
    questionFollows: new Set(),
    reports: [],
  };
}

/** Words too common to make two questions similar. */
const STOPWORDS = new Set([
  "are",
  "they",
  "them",
  "the",
  "these",
  "this",
  "does",
  "how",
  "what",
  "for",
  "can",
  "with",
]);
const REASONS = ["spam", "offensive", "off_topic", "fake", "other"];
/** `top` order: the accepted answer first, then by votes, then oldest first. */
const top = (a: Answer, b: Answer) =>
  Number(b.accepted) - Number(a.accepted) || b.votes - a.votes || a.createdAt.localeCompare(b.createdAt);
const newest = (a: Answer, b: Answer) => b.createdAt.localeCompare(a.createdAt);
const chars = (s: string) => [...s].length;

/**
 * The Q&A part of the mock API: a subject's questions (sort, q, cursor, limit, total), similar questions,
 * asking (pending under pre-moderation, one stored answer per Idempotency-Key), a question with its first
 * answers, answers paging, answering, helpful votes (403 on one's own answer), accepting (403 unless the
 * asker or a staff session), follow, reports and reputation.
 */
export function qaHandlers(
  base: string,
  db: QaDb & { pageSize: number; premoderation: boolean },
  record: Recorder,
  userOf: UserOf,
  problem: Problem,
): RequestHandler[] {
  const saved = new Map<string, unknown>();
  const unauthorized = () => problem(401, "Unauthorized", "Sign in to do this.");
  const forbidden = (detail: string) => problem(403, "Forbidden", detail);
  const notFound = (what: string) => problem(404, "Not found", `No such ${what}.`);
  const invalid = (path: string, message: string) =>
    problem(400, "Validation failed", "Some fields need fixing.", [{ path, message }]);
  const answersOf = (id: string) => db.answers.get(id) ?? [];
  const shown = (x: { status: string; author: { id: string } }, userId?: string) =>
    x.status === "published" || x.author.id === userId;
  const findQuestion = (id: unknown) => [...db.questions.values()].flat().find((q) => q.id === id);
  const findAnswer = (id: unknown) => [...db.answers.values()].flat().find((a) => a.id === id);
  /** The question if this reader may see it: published, or pending and theirs. */
  const visible = (id: unknown, userId?: string) => {
    const q = findQuestion(id);
    return q && shown(q, userId) ? q : undefined;
  };
  const answerView = (a: Answer, userId?: string): Answer =>
    userId ? { ...a, votedByMe: db.answerVotes.has(`${a.id}|${userId}`), mine: a.author.id === userId } : a;
  const canAccept = (q: Question, user?: Session["user"]) =>
    !!user && (q.author.id === user.id || !!user.staff);
  /** The question as this reader sees it, its counters and accepted preview derived from its answers. */
  const view = (q: Question, user?: Session["user"]): Question => {
    const published = answersOf(q.id).filter((a) => a.status === "published");
    const accepted = published.find((a) => a.accepted);
    const derived = {
      ...q,
      answerCount: published.length,
      hasOfficialAnswer: published.some((a) => a.official),
      acceptedAnswer: accepted ? answerView(accepted, user?.id) : null,
    };
    return user
      ? {
          ...derived,
          mine: q.author.id === user.id,
          following: db.questionFollows.has(`${q.id}|${user.id}`),
          canAccept: canAccept(q, user),
        }
      : derived;
  };
  const pageOf = <T>(all: T[], url: URL) => {
    const start = Number(url.searchParams.get("cursor") ?? 0) || 0;
    const size = Number(url.searchParams.get("limit")) || db.pageSize;
    return {
      items: all.slice(start, start + size),
      next: start + size < all.length ? String(start + size) : null,
    };
  };
  /** A replay of a keyed write answers the stored response. */
  const replay = (request: Request, user: Session["user"]) => {
    const key = request.headers.get("idempotency-key");
    return key
      ? { key: `${user.id}|${key}`, again: saved.get(`${user.id}|${key}`) }
      : { key: null, again: null };
  };
  const votable = (method: "put" | "delete") =>
    http[method](`${base}/answers/:id/vote`, ({ request, params }) => {
      record(request);
      const user = userOf(request);
      if (!user) return unauthorized();
      const answer = findAnswer(params.id);
      if (!answer || !shown(answer, user.id)) return notFound("answer");
      if (answer.author.id === user.id) return forbidden("You cannot vote on your own answer.");
      return HttpResponse.json(setVote(db.answerVotes, answer, user.id, method === "put"));
    });
  const follow = (method: "put" | "delete") =>
    http[method](`${base}/questions/:id/follow`, ({ request, params }) => {
      record(request);
      const user = userOf(request);
      if (!user) return unauthorized();
      const q = visible(params.id, user.id);
      if (!q) return notFound("question");
      return HttpResponse.json(setFollow(db.questionFollows, q.id, user.id, method === "put"));
    });
  const report = (kind: "question" | "answer") =>
    http.post(`${base}/${kind}s/:id/reports`, async ({ request, params }) => {
      record(request);
      const user = userOf(request);
      if (!user) return unauthorized();
      const target = kind === "question" ? visible(params.id, user.id) : findAnswer(params.id);
      if (!target) return notFound(kind);
      const body = (await request.json()) as { reason?: string };
      if (!REASONS.includes(body.reason ?? ""))
        return invalid("body.reason", "must be spam, offensive, off_topic, fake or other");
      db.reports.push({ kind, id: target.id, reason: body.reason!, userId: user.id });
      return HttpResponse.json(
        { id: fakeId(), reason: body.reason, createdAt: new Date().toISOString() },
        { status: 201 },
      );
    });
  const setAccepted = (q: Question, answerId: string | null) => {
    for (const a of answersOf(q.id)) a.accepted = a.id === answerId;
    q.updatedAt = new Date().toISOString();
    return HttpResponse.json({ id: q.id, acceptedAnswerId: answerId });
  };

  return [
    http.get(`${base}/subjects/:subject/questions/similar`, ({ request, params }) => {
      record(request);
      const words = (new URL(request.url).searchParams.get("q") ?? "")
        .toLowerCase()
        .split(/\W+/)
        .filter((w) => w.length > 2 && !STOPWORDS.has(w));
      const items = (db.questions.get(String(params.subject)) ?? [])
        .filter((q) => q.status === "published")
        .map((q) => ({ q, hits: words.filter((w) => q.title.toLowerCase().includes(w)).length }))
        .filter(({ hits }) => hits > 0)
        .sort((a, b) => b.hits - a.hits)
        .slice(0, 5)
        .map(({ q, hits }) => {
          const answerCount = view(q).answerCount;
          return {
            id: q.id,
            title: q.title,
            answerCount,
            answered: answerCount > 0,
            score: hits / words.length,
          };
        });
      return HttpResponse.json({ items });
    }),
    http.get(`${base}/subjects/:subject/questions`, ({ request, params }) => {
      record(request);
      const url = new URL(request.url);
      const user = userOf(request);
      const sort = url.searchParams.get("sort") ?? "newest";
      const text = url.searchParams.get("q")?.trim().toLowerCase();
      const all = (db.questions.get(String(params.subject)) ?? []).map((q) => view(q, user));
      const matches = (q: Question) =>
        !text ||
        [
          q.title,
          q.details,
          ...answersOf(q.id)
            .filter((a) => a.status === "published")
            .map((a) => a.body),
        ]
          .join(" ")
          .toLowerCase()
          .includes(text);
      const sorted = all
        .filter((q) => shown(q, user?.id))
        .filter((q) => sort !== "unanswered" || q.answerCount === 0)
        .filter(matches)
        .sort(
          (a, b) =>
            (sort === "most_answered" ? b.answerCount - a.answerCount : 0) ||
            b.createdAt.localeCompare(a.createdAt),
        );
      const list: QuestionList = {
        ...pageOf(sorted, url),
        total: all.filter((q) => q.status === "published").length,
      };
      return HttpResponse.json(list);
    }),
    http.post(`${base}/subjects/:subject/questions`, async ({ request, params }) => {
      record(request);
      const user = userOf(request);
      if (!user) return unauthorized();
      const { key, again } = replay(request, user);
      if (again) return HttpResponse.json(again, { status: 201 });
      const body = (await request.json()) as { title?: string; details?: string };
      const title = body.title?.trim() ?? "";
      const details = body.details?.trim() ?? "";
      if (!title) return invalid("body.title", "must not be empty");
      if (chars(title) > 200) return invalid("body.title", "must be at most 200 characters");
      if (chars(details) > 5000) return invalid("body.details", "must be at most 5000 characters");
      const subject = String(params.subject);
      const list = db.questions.get(subject) ?? [];
      db.questions.set(subject, list);
      const now = new Date().toISOString();
      const q = makeQuestion({
        subject,
        title,
        details,
        author: { id: user.id, name: user.name, badges: user.staff ? ["staff"] : [] },
        status: db.premoderation && !user.staff ? "pending" : "published",
        createdAt: now,
        updatedAt: now,
      });
      list.unshift(q);
      const out = view(q, user);
      if (key) saved.set(key, out);
      return HttpResponse.json(out, { status: 201 });
    }),
    http.get(`${base}/questions/:id`, ({ request, params }) => {
      record(request);
      const user = userOf(request);
      const q = visible(params.id, user?.id);
      if (!q) return notFound("question");
      const sorted = answersOf(q.id)
        .filter((a) => shown(a, user?.id))
        .sort(top);
      const first = pageOf(sorted, new URL(request.url));
      const detail: QuestionDetail = {
        ...view(q, user),
        answers: first.items.map((a) => answerView(a, user?.id)),
        answersNext: first.next,
      };
      return HttpResponse.json(detail);
    }),
    http.get(`${base}/questions/:id/answers`, ({ request, params }) => {
      record(request);
      const user = userOf(request);
      const q = visible(params.id, user?.id);
      if (!q) return notFound("question");
      const url = new URL(request.url);
      const sorted = answersOf(q.id)
        .filter((a) => shown(a, user?.id))
        .sort(url.searchParams.get("sort") === "newest" ? newest : top);
      const page = pageOf(sorted, url);
      const list: AnswerList = { ...page, items: page.items.map((a) => answerView(a, user?.id)) };
      return HttpResponse.json(list);
    }),
    http.post(`${base}/questions/:id/answers`, async ({ request, params }) => {
      record(request);
      const user = userOf(request);
      if (!user) return unauthorized();
      const q = visible(params.id, user.id);
      if (!q) return notFound("question");
      const { key, again } = replay(request, user);
      if (again) return HttpResponse.json(again, { status: 201 });
      const body = (await request.json()) as { body?: string };
      const text = body.body?.trim() ?? "";
      if (!text) return invalid("body.body", "must not be empty");
      if (chars(text) > 5000) return invalid("body.body", "must be at most 5000 characters");
      const answer = makeAnswer({
        questionId: q.id,
        body: text,
        author: { id: user.id, name: user.name, badges: user.staff ? ["staff"] : [] },
        official: !!user.staff,
        status: db.premoderation && !user.staff ? "pending" : "published",
        createdAt: new Date().toISOString(),
      });
      db.answers.set(q.id, [...answersOf(q.id), answer]);
      const out = answerView(answer, user.id);
      if (key) saved.set(key, out);
      return HttpResponse.json(out, { status: 201 });
    }),
    votable("put"),
    votable("delete"),
    http.post(`${base}/questions/:id/accept`, async ({ request, params }) => {
      record(request);
      const user = userOf(request);
      if (!user) return unauthorized();
      const q = visible(params.id, user.id);
      if (!q) return notFound("question");
      if (!canAccept(q, user)) return forbidden("Only the asker or staff may accept an answer.");
      const body = (await request.json()) as { answerId?: string };
      const answer = answersOf(q.id).find((a) => a.id === body.answerId && a.status === "published");
      if (!answer) return invalid("body.answerId", "must be a published answer of this question");
      return setAccepted(q, answer.id);
    }),
    http.delete(`${base}/questions/:id/accept`, ({ request, params }) => {
      record(request);
      const user = userOf(request);
      if (!user) return unauthorized();
      const q = visible(params.id, user.id);
      if (!q) return notFound("question");
      if (!canAccept(q, user)) return forbidden("Only the asker or staff may accept an answer.");
      return setAccepted(q, null);
    }),
    follow("put"),
    follow("delete"),
    report("question"),
    report("answer"),
    http.get(`${base}/people/:id/reputation`, ({ request, params }) => {
      record(request);
      const theirs = [...db.answers.values()]
        .flat()
        .filter((a) => a.author.id === params.id && a.status === "published");
      const author = theirs[0]?.author ?? findQuestionBy(db, String(params.id));
      if (!author) return notFound("person");
      const acceptedAnswers = theirs.filter((a) => a.accepted).length;
      const votesReceived = theirs.reduce((n, a) => n + a.votes, 0);
      return HttpResponse.json({
        id: author.id,
        name: author.name,
        reputation: acceptedAnswers * REPUTATION_ACCEPTED + votesReceived * REPUTATION_VOTE,
        acceptedAnswers,
        votesReceived,
        topContributor: author.badges.includes("top_contributor"),
      });
    }),
  ];
}

const findQuestionBy = (db: QaDb, personId: string) =>
  [...db.questions.values()].flat().find((q) => q.author.id === personId)?.author;
