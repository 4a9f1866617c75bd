import { CornerRating } from "./rating.component.ts";

if (!customElements.get("corner-rating")) customElements.define("corner-rating", CornerRating);

declare global {
  interface HTMLElementTagNameMap {
    "corner-rating": CornerRating;
  }
}

export { CornerRating };
