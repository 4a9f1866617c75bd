import { type CornerElement, SharedStoreController } from "@corner/core";
import { acquireReviews, type ReviewsState, type ReviewsStore } from "@corner/state";

/** The shared reviews store of the element's (api, site, subject). */
export class ReviewsController extends SharedStoreController<ReviewsState, ReviewsStore> {
  constructor(host: CornerElement & { subject: string | undefined }, onBind: (store: ReviewsStore) => void) {
    super(host, () => host.subject, acquireReviews, onBind);
  }
}
