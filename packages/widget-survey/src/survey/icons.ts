import { html, svg, type TemplateResult } from "lit";

/** CSAT faces from very dissatisfied (0) to very satisfied (4): the mouth changes, and the ends get brows. */
const MOUTHS = [
  "M7 17.5q5-6 10 0",
  "M8 16.5q4-3 8 0",
  "M8 15.5h8",
  "M8 14.5q4 3 8 0",
  "M7.5 13.5q4.5 5.5 9 0",
];
/** Sad brows (inner ends raised) on the very dissatisfied face, raised ones on the very satisfied face. */
const BROWS: Record<number, string> = {
  0: "M6 7.6l3.6-1.5M18 7.6l-3.6-1.5",
  4: "M6.5 6.4q2-1.4 3.8 0M13.7 6.4q1.8-1.4 3.8 0",
};
const STAR = "M12 2l3.09 6.26L22 9.27l-5 4.87 1.18 6.88L12 17.77l-6.18 3.25L7 14.14 2 9.27l6.91-1.01z";

/** A face (decorative: its name is the text next to it). */
export const face = (i: number): TemplateResult =>
  html`<svg class="icon face" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<circle cx="12" cy="12" r="10"></circle><circle class="eye" cx="8.5" cy="9.5" r="1.3"></circle><circle class="eye" cx="15.5" cy="9.5" r="1.3"></circle><path d=${MOUTHS[i]}></path>${BROWS[i] ? svg`<path d=${BROWS[i]}></path>` : ""}`}
  </svg>`;

/** A star (decorative), filled by CSS when `.on`. */
export const star = (): TemplateResult =>
  html`<svg class="icon star" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path d=${STAR}></path>`}</svg>`;

/** The close button's cross (decorative: the button has a name). */
export const cross = (): TemplateResult =>
  html`<svg class="icon cross" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path d="M6 6l12 12M18 6L6 18"></path>`}</svg>`;
