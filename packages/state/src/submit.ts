import { AuthError, type CornerError, reviewsClient, ValidationError } from "@corner/client";
import type { Review } from "@corner/contracts";
import { type CornerConfig, clientFor } from "./config.ts";
import { reviewDraft } from "./draft.ts";
import { getToken, setSession } from "./session.ts";

export type SubmitOutcome =
  | { kind: "ok"; review: Review }
  | { kind: "login-required" }
  | { kind: "invalid"; error: ValidationError; fields: Record<string, string> }
  | { kind: "failed"; error: CornerError };

/**
 * Sends the subject's review draft. The draft is cleared only when the server accepts it (2xx); a retry of
 * the unchanged draft reuses its Idempotency-Key. A rejected or expired token signs out and keeps the draft.
 * @example
 * const outcome = await submitReview({ site: "demo", api }, "trail-runner-2");
 * if (outcome.kind === "ok" && outcome.review.status === "pending") showPendingNotice();
 */
export async function submitReview(config: CornerConfig, subject: string): Promise<SubmitOutcome> {
  const draft = reviewDraft(config.site, subject);
  if (!getToken(config.site)) return { kind: "login-required" };
  const { rating, title, body } = draft.$draft.get();
  try {
    const review = await reviewsClient(clientFor(config)).createReview(
      subject,
      { rating, body, ...(title.trim() ? { title } : {}) },
      { idempotencyKey: draft.idempotencyKey() },
    );
    draft.clear();
    return { kind: "ok", review };
  } catch (e) {
    if (e instanceof AuthError) {
      setSession(config.site, null);
      return { kind: "login-required" };
    }
    if (e instanceof ValidationError) return { kind: "invalid", error: e, fields: e.fieldErrors() };
    return { kind: "failed", error: e as CornerError };
  }
}
