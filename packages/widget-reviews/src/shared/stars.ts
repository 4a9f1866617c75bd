import { css, html, svg, type TemplateResult } from "lit";

const FULL = "M12 2l3.09 6.26L22 9.27l-5 4.87 1.18 6.88L12 17.77l-6.18 3.25L7 14.14 2 9.27l6.91-1.01z";
const HALF = "M12 2L8.91 8.26 2 9.27l5 4.87-1.18 6.88L12 17.77z";

/** One star icon, filled, half filled or empty (decorative: the text alternative is given next to it). */
export const starIcon = (fill: "full" | "half" | "empty") =>
  html`<svg class="star s-${fill}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path class="bg" d=${FULL}></path>`}${fill === "half" ? svg`<path class="fg" d=${HALF}></path>` : null}
  </svg>`;

/** Five stars for a value from 0 to 5, rounded to the nearest half. Decorative. */
export function stars(value: number): TemplateResult {
  const icons = [1, 2, 3, 4, 5].map((i) =>
    starIcon(value >= i - 0.25 ? "full" : value >= i - 0.75 ? "half" : "empty"),
  );
  return html`<span class="stars" aria-hidden="true">${icons}</span>`;
}

export const starStyles = css`
  .stars {
    display: inline-flex;
    gap: 1px;
    vertical-align: middle;
    line-height: 1;
  }
  .star {
    width: var(--corner-star-size, 1.1em);
    height: var(--corner-star-size, 1.1em);
    flex: none;
  }
  .star .bg {
    fill: var(--_c-star-empty);
  }
  .star.s-full .bg,
  .star .fg {
    fill: var(--_c-star);
  }
`;
