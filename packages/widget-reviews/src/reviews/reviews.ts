import type { Review } from "@corner/contracts";
import type { HelpfulDetail } from "../shared/events.ts";
import { CornerReviews } from "./reviews.component.ts";

if (!customElements.get("corner-reviews")) customElements.define("corner-reviews", CornerReviews);

declare global {
  interface HTMLElementTagNameMap {
    "corner-reviews": CornerReviews;
  }
  interface HTMLElementEventMap {
    "corner-review-submit": CustomEvent<Review>;
    "corner-review-helpful": CustomEvent<HelpfulDetail>;
  }
  interface DocumentEventMap {
    "corner-review-submit": CustomEvent<Review>;
    "corner-review-helpful": CustomEvent<HelpfulDetail>;
  }
}

export { CornerReviews };
