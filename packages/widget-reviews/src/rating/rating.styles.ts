import { css } from "lit";

export const ratingStyles = css`
  :host {
    display: inline-block;
  }
  a {
    display: inline-flex;
    align-items: center;
    gap: var(--_s-2);
    color: var(--corner-rating-color, var(--_c-text));
    text-decoration: none;
    border-radius: var(--_r-sm);
    min-height: 24px;
  }
  a:hover .count {
    text-decoration: underline;
  }
  .average {
    font-weight: var(--_f-weight-bold);
  }
  .count {
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
  }
  [aria-busy="true"] .stars {
    opacity: 0.5;
  }
`;
