import type { Answer, AnswerVoteResult, Question, User } from "@corner/contracts";
import type { LoginRequiredDetail } from "@corner/core";

/** Detail type of every event the Q&A elements dispatch (all bubble and are composed). */
export interface CornerQaEvents {
  /** A question was accepted by the server (`question.status` is `pending` under pre-moderation). */
  "corner-question-submit": { question: Question };
  /** An answer was accepted by the server. */
  "corner-answer-submit": { answer: Answer; questionId: string };
  /** A helpful vote on an answer was saved. */
  "corner-answer-vote": AnswerVoteResult;
  /** The asker (or staff) accepted an answer, or cleared the choice (`answerId: null`). */
  "corner-answer-accept": { questionId: string; answerId: string | null };
  "corner-question-follow": { id: string; following: boolean };
  /** The ask form (a similar question) asks its list to show a question. */
  "corner-question-open": { id: string };
  /** The detail's "Back to all questions". */
  "corner-question-close": { id: string };
  /** The person must sign in first (reasons `question`, `answer`, `accept`, `vote`, `follow`, `report`). */
  "corner-login-required": LoginRequiredDetail;
  "corner-login": { site: string; user: User };
}

type QaEventMap = {
  [K in Exclude<keyof CornerQaEvents, "corner-login-required" | "corner-login">]: CustomEvent<
    CornerQaEvents[K]
  >;
};

declare global {
  interface HTMLElementEventMap extends QaEventMap {}
  interface DocumentEventMap extends QaEventMap {}
}
