import { css } from "lit";

export const reviewsStyles = css`
  :host {
    max-width: var(--corner-reviews-max-width, 880px);
    background: var(--_c-bg);
    border-radius: var(--_r-lg);
  }
  .base,
  .skeleton {
    display: grid;
    gap: var(--_s-4);
  }
  .base {
    padding: var(--corner-reviews-padding, var(--_s-4));
  }
  h2,
  .empty-title {
    margin: 0;
    font-size: var(--_f-size-lg);
  }
  h2,
  h3,
  .empty-title,
  .author,
  .average {
    font-weight: var(--_f-weight-bold);
  }
  .summary,
  .empty,
  .error {
    display: grid;
    gap: var(--_s-4);
    padding: var(--_s-4);
    background: var(--_c-surface);
    border-radius: var(--_r-lg);
  }
  @media (min-width: 560px) {
    .summary {
      grid-template-columns: auto minmax(0, 1fr);
      align-items: center;
      gap: var(--_s-6);
    }
  }
  .toolbar,
  .sort,
  .score,
  .review-head,
  .meta,
  .actions,
  .report {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s-2) var(--_s-3);
  }
  .sort,
  .review-head,
  .meta {
    gap: var(--_s-2);
  }
  .report {
    align-items: end;
  }
  .score-detail {
    display: grid;
    gap: var(--_s-1);
    --corner-star-size: 20px;
  }
  .average {
    font-size: var(--_f-size-xl);
    line-height: 1;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .bar {
    display: grid;
    position: relative;
    grid-template-columns: 3em minmax(0, 1fr) 3em;
    align-items: center;
    gap: var(--_s-2);
    width: 100%;
    min-height: 28px;
    padding: 2px var(--_s-2);
    border: 1px solid transparent;
    border-radius: var(--_r-sm);
    background: none;
    font-size: var(--_f-size-sm);
    text-align: left;
  }
  .bar:hover:not(:disabled) {
    border-color: var(--_c-border);
    background: var(--_c-bg);
  }
  [aria-pressed="true"] {
    border-color: var(--_c-accent);
    background: var(--_c-bg);
  }
  .bar:disabled,
  .bar-count {
    color: var(--_c-muted);
  }
  .bar-count {
    text-align: right;
  }
  .track {
    display: block;
    height: 8px;
    border-radius: var(--_r-pill);
    background: var(--_c-border);
    overflow: hidden;
  }
  .fill {
    display: block;
    height: 100%;
    width: var(--_pct, 0%);
    background: var(--corner-reviews-bar-color, var(--_c-star));
    border-radius: inherit;
  }
  .spacer {
    flex: auto;
  }
  .chip,
  .badge {
    padding: 0 var(--_s-2);
    border: 1px solid var(--_c-accent);
    border-radius: var(--_r-pill);
  }
  .chip {
    min-height: 32px;
    padding: 0 var(--_s-3);
    background: var(--_c-bg);
    color: var(--_c-accent);
    font-size: var(--_f-size-sm);
  }
  .badge {
    border-color: var(--_c-border);
  }
  .notice:empty {
    display: none;
  }
  .notice {
    padding: var(--_s-2) var(--_s-3);
    border-left: 3px solid var(--_c-accent);
    background: var(--_c-surface);
    font-size: var(--_f-size-sm);
  }
  ol[aria-busy="true"] {
    opacity: 0.6;
  }
  .review {
    padding: var(--_s-4) 0;
    border-top: 1px solid var(--_c-border);
  }
  h3,
  p {
    margin: 0;
  }
  h3 {
    font-size: var(--_f-size);
  }
  .meta {
    margin-top: var(--_s-1);
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
  }
  .author {
    color: var(--_c-text);
  }
  .body {
    margin-top: var(--_s-2);
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .actions,
  .report {
    margin-top: var(--_s-3);
  }
  .helpful {
    min-height: 32px;
    padding: var(--_s-1) var(--_s-3);
  }
  .helpful[aria-pressed="true"] {
    color: var(--_c-accent);
  }
  .load-more {
    justify-self: center;
  }
  .empty,
  .error {
    padding: var(--_s-5) var(--_s-4);
    gap: var(--_s-2);
    justify-items: center;
    text-align: center;
  }
  .sk {
    height: 16px;
    border-radius: var(--_r-sm);
    background: var(--_c-surface);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .sk:first-child {
    width: 40%;
    height: 22px;
  }
  .sk:nth-child(2) {
    height: 120px;
    border-radius: var(--_r-lg);
  }
  .sk:last-child {
    width: 60%;
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
`;
