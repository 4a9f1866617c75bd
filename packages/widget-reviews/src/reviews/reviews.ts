import type { Review, User } from "@corner/contracts";
import type { HelpfulDetail, LoginRequiredDetail } from "../shared/events.ts";
import { CornerReviews } from "./reviews.component.ts";

if (!customElements.get("corner-reviews")) customElements.define("corner-reviews", CornerReviews);

declare global {
  interface HTMLElementTagNameMap {
    "corner-reviews": CornerReviews;
  }
  interface HTMLElementEventMap {
    "corner-review-submit": CustomEvent<Review>;
    "corner-review-helpful": CustomEvent<HelpfulDetail>;
    "corner-login-required": CustomEvent<LoginRequiredDetail>;
  }
  interface DocumentEventMap {
    "corner-review-submit": CustomEvent<Review>;
    "corner-review-helpful": CustomEvent<HelpfulDetail>;
    "corner-login-required": CustomEvent<LoginRequiredDetail>;
    "corner-login": CustomEvent<{ site: string; user: User }>;
    "corner-logout": CustomEvent<{ site: string }>;
  }
}

export { CornerReviews };
