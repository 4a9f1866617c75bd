/** The element classes, without registering them (import `@corner/widget-reviews/define` for that). */
export { CornerRating } from "./rating/rating.component.ts";
export { CornerReviewForm } from "./review-form/review-form.component.ts";
export { CornerReviews } from "./reviews/reviews.component.ts";
export type { CornerReviewsEvents, HelpfulDetail, LoginRequiredDetail } from "./shared/events.ts";
