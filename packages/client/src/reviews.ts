import type { HelpfulResult, Report, ReportCreate, Review, ReviewCreate } from "@corner/contracts";
import type { CornerClient, CreateOptions, RequestOptions } from "./client.ts";

/**
 * The review endpoints beyond the list (which is `CornerClient.listReviews`, the first view's one call).
 * Its own module, so the first view of `<corner-reviews>` does not carry what only a click needs.
 */
export interface ReviewsClient {
  /**
   * `GET /v1/sites/{site}/reviews/{id}`.
   * @example const review = await reviewsClient(client).getReview(id);
   */
  getReview(id: string, opts?: RequestOptions): Promise<Review>;
  /**
   * `POST /v1/sites/{site}/subjects/{subject}/reviews`: creates the person's review (201) or edits it (200).
   * @example const review = await reviews.createReview("sku-1", { rating: 5, body: "Great" }, { idempotencyKey });
   */
  createReview(subject: string, body: ReviewCreate, opts?: CreateOptions): Promise<Review>;
  /**
   * `PUT /v1/sites/{site}/reviews/{id}/helpful`: marks a review helpful; answers the exact count.
   * @example const { helpful } = await reviews.setHelpful(id);
   */
  setHelpful(id: string, opts?: RequestOptions): Promise<HelpfulResult>;
  /**
   * `DELETE /v1/sites/{site}/reviews/{id}/helpful`: removes the mark.
   * @example const { helpful } = await reviews.clearHelpful(id);
   */
  clearHelpful(id: string, opts?: RequestOptions): Promise<HelpfulResult>;
  /**
   * `POST /v1/sites/{site}/reviews/{id}/reports`: reports abuse.
   * @example await reviews.reportReview(id, { reason: "spam" });
   */
  reportReview(id: string, body: ReportCreate, opts?: RequestOptions): Promise<Report>;
}

const seg = encodeURIComponent;

/** The review endpoints of the client's site. */
export function reviewsClient({ read, send }: CornerClient): ReviewsClient {
  const helpful = (method: "put" | "delete") => (id: string, opts?: RequestOptions) =>
    send<HelpfulResult>(method, `reviews/${seg(id)}/helpful`, { signal: opts?.signal });
  return {
    getReview: (id, opts) => read<Review>(`reviews/${seg(id)}`, {}, opts),
    createReview: (subject, body, opts) =>
      send<Review>("post", `subjects/${seg(subject)}/reviews`, { ...opts, json: body }),
    setHelpful: helpful("put"),
    clearHelpful: helpful("delete"),
    reportReview: (id, body, opts) =>
      send<Report>("post", `reviews/${seg(id)}/reports`, { json: body, signal: opts?.signal }),
  };
}
