import type { Fmt } from "@corner/core";
import type { LaterMessages } from "./en-later.ts";

/** English messages of the first view; the ones shown only after someone acts are in `en-later.ts`. */
export const en = {
  heading: "Customer reviews",
  summaryLabel: (f: Fmt, average: number, count: number) =>
    f.plural(count, {
      one: `${f.number(average, 1)} out of 5, # review`,
      other: `${f.number(average, 1)} out of 5, # reviews`,
    }),
  basedOn: (f: Fmt, count: number) =>
    f.plural(count, { one: "Based on # review", other: "Based on # reviews" }),
  histogram: "Rating breakdown",
  bar: (f: Fmt, star: number, count: number) =>
    `${f.plural(star, { one: "# star", other: "# stars" })}: ${f.plural(count, { one: "# review", other: "# reviews" })}`,
  stars: (f: Fmt, n: number) => f.plural(n, { other: "# out of 5 stars" }),
  sortBy: "Sort by",
  sort: { newest: "Newest", highest: "Highest rated", lowest: "Lowest rated", helpful: "Most helpful" },
  loading: "Loading reviews…",
  error: "We couldn’t load the reviews.",
  retry: "Retry",
  emptyTitle: "Be the first to review",
  emptyBody: "Tell other shoppers what you think.",
  write: "Write a review",
  edit: "Edit your review",
  pending: "Awaiting moderation",
  helpful: "Helpful",
  helpfulCount: (f: Fmt, n: number) =>
    f.plural(n, { one: "# person found this helpful", other: "# people found this helpful" }),
  report: "Report",
  loadMore: "Load more reviews",
};
export type ReviewsMessages = typeof en;
/** Every message of the widget: what other languages' catalogues hold (English keeps the later ones apart). */
export type AllReviewsMessages = ReviewsMessages & LaterMessages;
