import { qaClient } from "@corner/client";
import type { Question } from "@corner/contracts";
import { type CornerConfig, clientFor } from "./config.ts";
import { type DraftStore, persistedDraft, sendDraft, type WriteOutcome } from "./draft.ts";

export interface QuestionDraft {
  title: string;
  details: string;
}

export type QuestionDraftStore = DraftStore<QuestionDraft>;

export const questionDraftKey = (site: string, subject: string) => `corner:draft:${site}:${subject}:question`;

/**
 * The unsent question about a subject, persisted in localStorage so it survives failures, reloads and an
 * expired sign-in.
 * @example
 * const draft = questionDraft("demo", "trail-runner-2");
 * draft.set("title", "Are these waterproof?");
 */
export const questionDraft = (site: string, subject: string): QuestionDraftStore =>
  persistedDraft(questionDraftKey(site, subject), () => ({ title: "", details: "" }));

export interface AnswerDraft {
  body: string;
}

export const answerDraftKey = (site: string, questionId: string) =>
  `corner:draft:${site}:${questionId}:answer`;

/**
 * The unsent answer to a question, persisted like the other drafts.
 * @example
 * answerDraft("demo", questionId).set("body", "Yes, fully sealed.");
 */
export const answerDraft = (site: string, questionId: string): DraftStore<AnswerDraft> =>
  persistedDraft(answerDraftKey(site, questionId), () => ({ body: "" }));

export type QuestionSubmitOutcome =
  | { kind: "ok"; question: Question }
  | Exclude<WriteOutcome<Question>, { kind: "ok" }>;

/**
 * Sends the subject's question draft. The draft is cleared only when the server accepts it (2xx); a retry
 * of the unchanged draft reuses its Idempotency-Key. A rejected or expired token signs out and keeps it.
 * @example
 * const outcome = await submitQuestion({ site: "demo", api }, "trail-runner-2");
 * if (outcome.kind === "ok" && outcome.question.status === "pending") showPendingMessage();
 */
export async function submitQuestion(config: CornerConfig, subject: string): Promise<QuestionSubmitOutcome> {
  const out = await sendDraft(config, questionDraft(config.site, subject), (d, idempotencyKey) =>
    qaClient(clientFor(config)).createQuestion(
      subject,
      { title: d.title.trim(), details: d.details.trim() },
      { idempotencyKey },
    ),
  );
  return out.kind === "ok" ? { kind: "ok", question: out.value } : out;
}
