export { type CornerConfig, clientFor } from "./config.ts";
export { type DraftStore, draftKey, type ReviewDraft, reviewDraft } from "./draft.ts";
export {
  acquireReviews,
  type HelpfulOutcome,
  isEmpty,
  type ReviewsState,
  type ReviewsStore,
} from "./reviews.ts";
export { getToken, sessionKey, sessionStore, setSession } from "./session.ts";
export { login, logout } from "./sign-in.ts";
export { type SubmitOutcome, submitReview } from "./submit.ts";
