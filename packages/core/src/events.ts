import type { User } from "@corner/contracts";

/**
 * `corner-login-required`: any widget asks the host to sign the person in. One type for every widget,
 * since the host listens once on `document`.
 */
export interface LoginRequiredDetail {
  /** What the person tried to do. */
  reason:
    | "helpful"
    | "report"
    | "review"
    | "vote"
    | "idea"
    | "comment"
    | "follow"
    | "question"
    | "answer"
    | "accept"
    /** The "Sign in with …" choice of `<corner-account>`. */
    | "account";
  site: string;
}

/** Events every widget may dispatch, whichever widgets are on the page. */
declare global {
  interface HTMLElementEventMap {
    "corner-login-required": CustomEvent<LoginRequiredDetail>;
  }
  interface DocumentEventMap {
    "corner-login-required": CustomEvent<LoginRequiredDetail>;
    "corner-login": CustomEvent<{ site: string; user: User }>;
    "corner-logout": CustomEvent<{ site: string }>;
  }
}
