import { type CornerError, ForbiddenError, type QaClient, qaClient } from "@corner/client";
import type {
  AcceptResult,
  Answer,
  AnswerSort,
  AnswerVoteResult,
  FollowResult,
  Question,
  ReportCreate,
} from "@corner/contracts";
import type { ReadableAtom } from "nanostores";
import { type CornerConfig, clientFor } from "./config.ts";
import { createDetailCore } from "./detail.ts";
import { sendDraft, type WriteOutcome, writeAs } from "./draft.ts";
import { answerDraft } from "./question-draft.ts";
import { acquireShared, toError } from "./shared.ts";

export type QaReport = Awaited<ReturnType<QaClient["reportAnswer"]>>;

export interface QuestionDetailState {
  /** `missing`: the question does not exist or the reader may not see it (404). */
  status: "idle" | "loading" | "ready" | "error" | "missing";
  /** The question (its `acceptedAnswer` kept in step with the answers below). */
  question: Question | null;
  /** The answers loaded so far, in `sort` order (`top`: the accepted one first, then by votes). */
  answers: Answer[];
  sort: AnswerSort;
  /** Cursor of the next page of answers. */
  next: string | null;
  /** State of the "show more answers" request. */
  more: "idle" | "loading" | "error";
  error: CornerError | null;
}

export interface QuestionDetailStore {
  readonly $state: ReadableAtom<QuestionDetailState>;
  /** Loads the question and its first answers in the current sort, cancelling whatever was loading. */
  load(): Promise<void>;
  /** Appends the next page of answers. */
  loadMore(): Promise<void>;
  /** Shows the answers in another order (loads them again). */
  setSort(sort: AnswerSort): Promise<void>;
  /**
   * Marks an answer helpful, or takes the mark back, at once; settles to the server's count or rolls back.
   * One's own answer is refused (`failed` with a 403) without asking the server.
   */
  toggleVote(answerId: string): Promise<WriteOutcome<AnswerVoteResult>>;
  /**
   * Accepts an answer (null: none) at once: the one accepted before is un-marked and, in `top` order,
   * the accepted answer moves first. Settles to the server's choice or rolls back.
   */
  accept(answerId: string | null): Promise<WriteOutcome<AcceptResult>>;
  /** Follows or unfollows at once; settles to the server's answer or rolls back. */
  toggleFollow(): Promise<WriteOutcome<FollowResult>>;
  /**
   * Sends the answer draft of this question; the draft is cleared only when the server accepts it, and the
   * answer joins the list (first in `newest` order, else last).
   */
  addAnswer(): Promise<WriteOutcome<Answer>>;
  /** Reports the question or one of its answers. */
  report(
    kind: "question" | "answer",
    id: string,
    reason: ReportCreate["reason"],
  ): Promise<WriteOutcome<QaReport>>;
  /** Stops working for one user of the store; the last one out cancels requests and frees it. */
  release(): void;
}

const stores = new Map<string, { store: QuestionDetailStore; users: number }>();

/**
 * One question with its answers, shared by every element showing it. Call `release()` when done.
 * @example
 * const detail = acquireQuestionDetail({ site: "demo", api }, questionId);
 * detail.$state.subscribe(render);
 * await detail.load();
 */
export function acquireQuestionDetail(config: CornerConfig, id: string): QuestionDetailStore {
  return acquireShared(stores, `${config.api}|${config.site}|${id}`, (evict) =>
    createQuestionDetailStore(config, id, evict),
  );
}

/** The server's `top` order: the accepted answer first, then the most helpful, then the oldest. */
const byTop = (a: Answer, b: Answer) =>
  Number(b.accepted) - Number(a.accepted) || b.votes - a.votes || a.createdAt.localeCompare(b.createdAt);

/** The answers with `a` added where a new answer goes in that order; never twice. */
const withAnswer = (answers: Answer[], a: Answer, sort: AnswerSort) =>
  answers.some((x) => x.id === a.id) ? answers : sort === "newest" ? [a, ...answers] : [...answers, a];

function createQuestionDetailStore(config: CornerConfig, id: string, evict: () => void): QuestionDetailStore {
  const client = qaClient(clientFor(config));
  const core = createDetailCore<QuestionDetailState, Question, Answer>(
    config,
    id,
    evict,
    { status: "idle", question: null, answers: [], sort: "top", next: null, more: "idle", error: null },
    {
      noun: "question",
      items: "answers",
      mainKey: "question",
      listKey: "answers",
      async first({ sort }, signal) {
        // The question comes with its first answers in `top` order; another order is a page of its own.
        const [detail, page] = await Promise.all([
          client.getQuestion(id, { signal }),
          sort === "top" ? null : client.listAnswers(id, { sort }, { signal }),
        ]);
        const { answers, answersNext, ...question } = detail;
        return { main: question, ...(page ?? { items: answers, next: answersNext }) };
      },
      page: ({ sort }, cursor, signal) => client.listAnswers(id, { sort, cursor }, { signal }),
      merge: (answers, a, { sort }) => withAnswer(answers, a, sort),
    },
  );
  const { $state, patch, setMain: setQuestion, load } = core;
  /** Changes one answer, and the question's accepted preview when it is that one. */
  const setAnswer = (answerId: string, p: Partial<Answer>) => {
    const s = $state.get();
    const accepted = s.question?.acceptedAnswer;
    patch({
      answers: s.answers.map((a) => (a.id === answerId ? { ...a, ...p } : a)),
      ...(s.question && accepted?.id === answerId
        ? { question: { ...s.question, acceptedAnswer: { ...accepted, ...p } } }
        : {}),
    });
  };
  /** Marks `acceptedId` (or none) as the accepted answer, in the list and on the question. */
  const showAccepted = (acceptedId: string | null) => {
    const s = $state.get();
    const marked = s.answers.map((a) =>
      a.accepted === (a.id === acceptedId) ? a : { ...a, accepted: !a.accepted },
    );
    const answer = marked.find((a) => a.id === acceptedId);
    const kept = s.question?.acceptedAnswer;
    patch({
      answers: s.sort === "top" ? marked.sort(byTop) : marked,
      ...(s.question
        ? {
            question: {
              ...s.question,
              acceptedAnswer: answer ?? (kept && kept.id === acceptedId ? kept : null),
            },
          }
        : {}),
    });
  };

  const voting = new Set<string>();
  let accepting = false;

  async function setSort(sort: AnswerSort) {
    if (sort === $state.get().sort && $state.get().status !== "error") return;
    patch({ sort });
    await load();
  }

  async function toggleVote(answerId: string): Promise<WriteOutcome<AnswerVoteResult>> {
    const answer = $state.get().answers.find((a) => a.id === answerId);
    if (!answer) return { kind: "failed", error: toError("no such answer loaded") };
    const before = { votes: answer.votes, votedByMe: !!answer.votedByMe };
    if (answer.mine)
      return {
        kind: "failed",
        error: new ForbiddenError({
          status: 403,
          type: "https://corner.dev/problems/forbidden",
          title: "Forbidden",
          detail: "You cannot vote for your own answer.",
        }),
      };
    if (voting.has(answerId)) return { kind: "ok", value: { id: answerId, ...before } };
    voting.add(answerId);
    const on = !before.votedByMe;
    const out = await writeAs(config, () => {
      setAnswer(answerId, { votes: Math.max(0, before.votes + (on ? 1 : -1)), votedByMe: on });
      return on ? client.voteAnswer(answerId) : client.unvoteAnswer(answerId);
    });
    voting.delete(answerId);
    setAnswer(
      answerId,
      out.kind === "ok" ? { votes: out.value.votes, votedByMe: out.value.votedByMe } : before,
    );
    return out;
  }

  async function accept(answerId: string | null): Promise<WriteOutcome<AcceptResult>> {
    const question = $state.get().question;
    if (!question) return { kind: "failed", error: toError("no question loaded") };
    const before = question.acceptedAnswer?.id ?? null;
    if (accepting) return { kind: "ok", value: { id, acceptedAnswerId: before } };
    accepting = true;
    const out = await writeAs(config, () => {
      showAccepted(answerId);
      return answerId ? client.acceptAnswer(id, answerId) : client.clearAccepted(id);
    });
    accepting = false;
    showAccepted(out.kind === "ok" ? out.value.acceptedAnswerId : before);
    return out;
  }

  async function addAnswer(): Promise<WriteOutcome<Answer>> {
    const out = await sendDraft(config, answerDraft(config.site, id), (d, idempotencyKey) =>
      client.createAnswer(id, { body: d.body.trim() }, { idempotencyKey }),
    );
    if (out.kind === "ok") {
      const a = out.value;
      const s = $state.get();
      core.add(a);
      if (s.question && a.status === "published")
        setQuestion({
          answerCount: s.question.answerCount + 1,
          hasOfficialAnswer: s.question.hasOfficialAnswer || a.official,
        });
    }
    return out;
  }

  const report = (kind: "question" | "answer", target: string, reason: ReportCreate["reason"]) =>
    writeAs(config, () =>
      kind === "question"
        ? client.reportQuestion(target, { reason })
        : client.reportAnswer(target, { reason }),
    );

  return {
    $state,
    load,
    loadMore: core.loadMore,
    setSort,
    toggleVote,
    accept,
    toggleFollow: () =>
      core.toggleFollow((on) => (on ? client.followQuestion(id) : client.unfollowQuestion(id))),
    addAnswer,
    report,
    release: core.release,
  };
}
