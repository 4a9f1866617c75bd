import { CornerElement, I18nController } from "@corner/core";
import { reset, tokens } from "@corner/theme";
import { html, nothing } from "lit";
import { ReviewsController } from "../shared/reviews-controller.ts";
import { starStyles, stars } from "../shared/stars.ts";
import { catalog } from "./i18n.ts";
import { ratingStyles } from "./rating.styles.ts";

/**
 * @summary Star summary of a subject (average stars and count) that links to its reviews.
 *
 * @csspart base - The link around stars and count.
 * @csspart stars - The five stars.
 * @csspart average - The average as a number.
 * @csspart count - The number of reviews.
 *
 * @cssproperty --corner-star-size - Size of each star (default 1.1em).
 * @cssproperty --corner-rating-color - Text colour of the summary.
 */
export class CornerRating extends CornerElement {
  static override properties = {
    ...CornerElement.properties,
    subject: { type: String, reflect: true },
    href: { type: String },
  };
  static override styles = [tokens, reset, starStyles, ratingStyles];

  /** The reviewed thing's id, as used by `<corner-reviews subject>`. */
  declare subject: string | undefined;
  /** Where the summary links to; defaults to the page's `<corner-reviews>` (its id, or `#corner-reviews`). */
  declare href: string | undefined;

  private i18n = new I18nController(this, catalog);
  private reviews = new ReviewsController(this, (store) => void store.ensure());

  private target(): string {
    if (this.href) return this.href;
    const id = document.querySelector("corner-reviews")?.id;
    return `#${id || "corner-reviews"}`;
  }

  private onClick = (e: MouseEvent) => {
    // No element has the default id: scroll to the page's reviews widget instead of doing nothing.
    if (this.href || document.querySelector("corner-reviews")?.id) return;
    const reviews = document.querySelector("corner-reviews");
    if (!reviews) return;
    e.preventDefault();
    reviews.scrollIntoView({ block: "start" });
    reviews.focus?.();
  };

  protected override render() {
    const { m, fmt } = this.i18n;
    const state = this.reviews.value;
    const summary = state?.summary;
    // Nothing to show when the API is unreachable: a quiet gap beats a broken widget on a product page.
    if (!summary && state?.status === "error") return nothing;
    if (!summary) {
      return html`<a part="base" href=${this.target()} aria-busy="true" aria-label=${m.loading}
        >${stars(0)}</a
      >`;
    }
    const { average, count } = summary;
    return html`<a
      part="base"
      href=${this.target()}
      aria-label=${count ? m.label(fmt, average, count) : m.none}
      @click=${this.onClick}
    >
      <span part="stars">${stars(average)}</span>
      ${count ? html`<span part="average" class="average">${fmt.number(average, 1)}</span>` : nothing}
      <span part="count" class="count">${count ? `(${fmt.number(count)})` : m.none}</span>
    </a>`;
  }
}
