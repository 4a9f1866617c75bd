/** Registers `<corner-rating>` and `<corner-reviews>` (the review form registers itself when first opened). */
export { CornerRating } from "./rating/rating.ts";
export { CornerReviews } from "./reviews/reviews.ts";
