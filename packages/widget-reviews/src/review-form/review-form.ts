import { CornerReviewForm } from "./review-form.component.ts";

if (!customElements.get("corner-review-form")) customElements.define("corner-review-form", CornerReviewForm);

declare global {
  interface HTMLElementTagNameMap {
    "corner-review-form": CornerReviewForm;
  }
}

export { CornerReviewForm };
