import type { Review, User } from "@corner/contracts";
import type { LoginRequiredDetail } from "@corner/core";

export interface HelpfulDetail {
  id: string;
  helpful: number;
  helpfulByMe: boolean;
}

export type { LoginRequiredDetail };

/** Detail type of every event the reviews elements dispatch (all bubble and are composed). */
export interface CornerReviewsEvents {
  "corner-review-submit": Review;
  "corner-review-helpful": HelpfulDetail;
  "corner-login-required": LoginRequiredDetail;
  "corner-login": { site: string; user: User };
  "corner-logout": { site: string };
}
