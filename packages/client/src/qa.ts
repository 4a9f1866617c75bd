import type {
  AcceptResult,
  Answer,
  AnswerCreate,
  AnswerList,
  AnswerSort,
  AnswerVoteResult,
  FollowResult,
  Question,
  QuestionCreate,
  QuestionDetail,
  QuestionList,
  QuestionSort,
  Report,
  ReportCreate,
  Reputation,
  SimilarQuestions,
} from "@corner/contracts";
import type { CornerClient, CreateOptions, RequestOptions } from "./client.ts";

export interface ListQuestionsParams {
  sort?: QuestionSort | undefined;
  /** Full-text search across titles, details and answers. */
  q?: string | null | undefined;
  cursor?: string | null | undefined;
  limit?: number | undefined;
}

export interface ListAnswersParams {
  sort?: AnswerSort | undefined;
  cursor?: string | null | undefined;
  limit?: number | undefined;
}

/**
 * The Q&A endpoints of one site. Its own module (on top of a `CornerClient`), so a page that shows only
 * reviews does not carry them: reads use the client's small fetch path, writes its lazily loaded ky path.
 */
export interface QaClient {
  /**
   * `GET /v1/sites/{site}/subjects/{subject}/questions`: one page of questions and the subject's total.
   * @example const { items, total } = await qa.listQuestions("sku-1", { sort: "unanswered" }, { signal });
   */
  listQuestions(subject: string, params?: ListQuestionsParams, opts?: RequestOptions): Promise<QuestionList>;
  /**
   * `GET /v1/sites/{site}/subjects/{subject}/questions/similar`: up to 5 questions close to a draft title.
   * @example const { items } = await qa.similarQuestions("sku-1", "waterproof?", { signal });
   */
  similarQuestions(subject: string, q: string, opts?: RequestOptions): Promise<SimilarQuestions>;
  /**
   * `GET /v1/sites/{site}/questions/{id}`: the question with its first page of answers (`top` order).
   * @example const { answers, answersNext } = await qa.getQuestion(id, { signal });
   */
  getQuestion(id: string, opts?: RequestOptions): Promise<QuestionDetail>;
  /**
   * `GET /v1/sites/{site}/questions/{id}/answers`: one page of a question's answers.
   * @example const { items, next } = await qa.listAnswers(id, { sort: "newest", cursor }, { signal });
   */
  listAnswers(questionId: string, params?: ListAnswersParams, opts?: RequestOptions): Promise<AnswerList>;
  /**
   * `POST /v1/sites/{site}/subjects/{subject}/questions`: asks a question. `status` is `pending` while the
   * site pre-moderates it.
   * @example const q = await qa.createQuestion("sku-1", { title: "Is it waterproof?" }, { idempotencyKey });
   */
  createQuestion(subject: string, body: QuestionCreate, opts?: CreateOptions): Promise<Question>;
  /**
   * `POST /v1/sites/{site}/questions/{id}/answers`: answers a question.
   * @example const a = await qa.createAnswer(id, { body: "Yes, fully." }, { idempotencyKey });
   */
  createAnswer(questionId: string, body: AnswerCreate, opts?: CreateOptions): Promise<Answer>;
  /**
   * `PUT /v1/sites/{site}/answers/{id}/vote`: marks an answer helpful; answers the exact count. 403 on
   * one's own answer.
   * @example const { votes, votedByMe } = await qa.voteAnswer(id);
   */
  voteAnswer(id: string, opts?: RequestOptions): Promise<AnswerVoteResult>;
  /**
   * `DELETE /v1/sites/{site}/answers/{id}/vote`.
   * @example const { votes } = await qa.unvoteAnswer(id);
   */
  unvoteAnswer(id: string, opts?: RequestOptions): Promise<AnswerVoteResult>;
  /**
   * `POST /v1/sites/{site}/questions/{id}/accept`: by the asker or staff (403 otherwise); replaces an
   * earlier choice.
   * @example const { acceptedAnswerId } = await qa.acceptAnswer(questionId, answerId);
   */
  acceptAnswer(questionId: string, answerId: string, opts?: RequestOptions): Promise<AcceptResult>;
  /**
   * `DELETE /v1/sites/{site}/questions/{id}/accept`: no accepted answer any more.
   * @example await qa.clearAccepted(questionId);
   */
  clearAccepted(questionId: string, opts?: RequestOptions): Promise<AcceptResult>;
  /**
   * `PUT /v1/sites/{site}/questions/{id}/follow`: be notified of new answers.
   * @example const { following } = await qa.followQuestion(id);
   */
  followQuestion(id: string, opts?: RequestOptions): Promise<FollowResult>;
  /**
   * `DELETE /v1/sites/{site}/questions/{id}/follow`.
   * @example const { following } = await qa.unfollowQuestion(id);
   */
  unfollowQuestion(id: string, opts?: RequestOptions): Promise<FollowResult>;
  /**
   * `POST /v1/sites/{site}/questions/{id}/reports`: reports abuse.
   * @example await qa.reportQuestion(id, { reason: "spam" });
   */
  reportQuestion(id: string, body: ReportCreate, opts?: RequestOptions): Promise<Report>;
  /**
   * `POST /v1/sites/{site}/answers/{id}/reports`: reports abuse.
   * @example await qa.reportAnswer(id, { reason: "offensive" });
   */
  reportAnswer(id: string, body: ReportCreate, opts?: RequestOptions): Promise<Report>;
  /**
   * `GET /v1/sites/{site}/people/{id}/reputation`: a person's points, accepted answers and votes received.
   * @example const { reputation, topContributor } = await qa.getReputation(author.id);
   */
  getReputation(personId: string, opts?: RequestOptions): Promise<Reputation>;
}

const seg = encodeURIComponent;
const plain = (opts?: RequestOptions) => ({ signal: opts?.signal });
const page = (p: { cursor?: string | null | undefined; limit?: number | undefined }) => ({
  cursor: p.cursor ?? undefined,
  limit: p.limit ? String(p.limit) : undefined,
});
const clients = new WeakMap<CornerClient, QaClient>();

/**
 * The Q&A endpoints over a client (one per client).
 * @example
 * const qa = qaClient(createClient({ api, site: "demo" }));
 * const { items, total } = await qa.listQuestions("trail-runner-2", { sort: "newest" });
 */
export function qaClient(client: CornerClient): QaClient {
  let qa = clients.get(client);
  if (qa) return qa;
  const { read, send } = client;
  const question = (id: string) => `questions/${seg(id)}`;
  const answer = (id: string) => `answers/${seg(id)}`;
  qa = {
    listQuestions: (subject, p = {}, opts) =>
      read<QuestionList>(
        `subjects/${seg(subject)}/questions`,
        { sort: p.sort, q: p.q?.trim() || undefined, ...page(p) },
        opts,
      ),
    similarQuestions: (subject, q, opts) =>
      read<SimilarQuestions>(`subjects/${seg(subject)}/questions/similar`, { q: q.trim() }, opts),
    getQuestion: (id, opts) => read<QuestionDetail>(question(id), {}, opts),
    listAnswers: (id, p = {}, opts) =>
      read<AnswerList>(`${question(id)}/answers`, { sort: p.sort, ...page(p) }, opts),
    createQuestion: (subject, body, opts) =>
      send<Question>("post", `subjects/${seg(subject)}/questions`, { ...opts, json: body }),
    createAnswer: (id, body, opts) =>
      send<Answer>("post", `${question(id)}/answers`, { ...opts, json: body }),
    voteAnswer: (id, opts) => send<AnswerVoteResult>("put", `${answer(id)}/vote`, plain(opts)),
    unvoteAnswer: (id, opts) => send<AnswerVoteResult>("delete", `${answer(id)}/vote`, plain(opts)),
    acceptAnswer: (id, answerId, opts) =>
      send<AcceptResult>("post", `${question(id)}/accept`, { json: { answerId }, signal: opts?.signal }),
    clearAccepted: (id, opts) => send<AcceptResult>("delete", `${question(id)}/accept`, plain(opts)),
    followQuestion: (id, opts) => send<FollowResult>("put", `${question(id)}/follow`, plain(opts)),
    unfollowQuestion: (id, opts) => send<FollowResult>("delete", `${question(id)}/follow`, plain(opts)),
    reportQuestion: (id, body, opts) =>
      send<Report>("post", `${question(id)}/reports`, { json: body, signal: opts?.signal }),
    reportAnswer: (id, body, opts) =>
      send<Report>("post", `${answer(id)}/reports`, { json: body, signal: opts?.signal }),
    getReputation: (id, opts) => read<Reputation>(`people/${seg(id)}/reputation`, {}, opts),
  };
  clients.set(client, qa);
  return qa;
}
