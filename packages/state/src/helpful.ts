import { reviewsClient } from "@corner/client";
import { type CornerConfig, clientFor } from "./config.ts";
import type { HelpfulOutcome, ReviewsStore } from "./reviews.ts";
import { toggleItem } from "./toggle.ts";

/**
 * Marks or unmarks a review of the store as helpful at once; settles to the server's exact count or rolls
 * back; `login-required` (no request) when signed out. Not a method of the reviews store, whose first view
 * never runs it: it comes with the code that runs after a click.
 * @example
 * const out = await toggleHelpful(config, reviews, review.id);
 * if (out.kind === "ok") announce(out.helpfulByMe ? "Marked as helpful" : "Mark removed");
 */
export const toggleHelpful = (
  config: CornerConfig,
  store: ReviewsStore,
  id: string,
): Promise<HelpfulOutcome> =>
  toggleItem(store, config, "review", id, "helpful", "helpfulByMe", (on) => {
    const reviews = reviewsClient(clientFor(config));
    return on ? reviews.setHelpful(id) : reviews.clearHelpful(id);
  });
