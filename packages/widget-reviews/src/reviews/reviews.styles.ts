import { css } from "lit";

export const reviewsStyles = css`
  :host {
    --_bar: var(--corner-reviews-bar-color, var(--_c-star));
    max-width: var(--corner-reviews-max-width, 880px);
    background: var(--_c-bg);
    border-radius: var(--_r-lg);
  }
  .base {
    display: grid;
    gap: var(--_s-4);
    padding: var(--corner-reviews-padding, var(--_s-4));
  }
  h2 {
    margin: 0;
    font-size: var(--_f-size-lg);
    font-weight: var(--_f-weight-bold);
  }
  .summary {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
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
  .score {
    display: flex;
    align-items: center;
    gap: var(--_s-3);
  }
  .score-detail {
    display: grid;
    gap: var(--_s-1);
    --corner-star-size: 20px;
  }
  .average {
    font-size: var(--_f-size-xl);
    font-weight: var(--_f-weight-bold);
    line-height: 1;
  }
  .histogram {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
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
    background: transparent;
    font-size: var(--_f-size-sm);
    text-align: left;
  }
  .bar:hover:not(:disabled) {
    border-color: var(--_c-border);
    background: var(--_c-bg);
  }
  .bar[aria-pressed="true"] {
    border-color: var(--_c-accent);
    background: var(--_c-bg);
  }
  .bar:disabled {
    color: var(--_c-muted);
  }
  .bar-count {
    text-align: right;
    color: var(--_c-muted);
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
    background: var(--_bar);
    border-radius: inherit;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s-2) var(--_s-3);
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_s-2);
  }
  .spacer {
    flex: 1 1 auto;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_s-2);
    min-height: 32px;
    padding: var(--_s-1) var(--_s-3);
    border: 1px solid var(--_c-accent);
    border-radius: var(--_r-pill);
    background: var(--_c-bg);
    color: var(--_c-accent);
    font-size: var(--_f-size-sm);
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
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list[aria-busy="true"] {
    opacity: 0.6;
  }
  .review {
    padding: var(--_s-4) 0;
    border-top: 1px solid var(--_c-border);
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s-2);
  }
  .title {
    margin: 0;
    font-size: var(--_f-size);
    font-weight: var(--_f-weight-bold);
  }
  .meta {
    margin: var(--_s-1) 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s-2);
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
  }
  .author {
    color: var(--_c-text);
    font-weight: var(--_f-weight-bold);
  }
  .badge {
    padding: 0 var(--_s-2);
    border-radius: var(--_r-pill);
    border: 1px solid var(--_c-border);
  }
  .body {
    margin: var(--_s-2) 0 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s-2) var(--_s-3);
    margin-top: var(--_s-3);
  }
  .helpful {
    min-height: 32px;
    padding: var(--_s-1) var(--_s-3);
  }
  .helpful[aria-pressed="true"] {
    border-color: var(--_c-accent);
    color: var(--_c-accent);
  }
  .report {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_s-2);
    margin-top: var(--_s-3);
  }
  .load-more {
    justify-self: center;
  }
  .empty,
  .error {
    padding: var(--_s-5) var(--_s-4);
    text-align: center;
    background: var(--_c-surface);
    border-radius: var(--_r-lg);
  }
  .empty p,
  .error p {
    margin: 0 0 var(--_s-2);
  }
  .empty-title {
    font-size: var(--_f-size-lg);
    font-weight: var(--_f-weight-bold);
  }
  .skeleton {
    display: grid;
    gap: var(--_s-3);
  }
  .sk {
    height: 16px;
    border-radius: var(--_r-sm);
    background: var(--_c-surface);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .sk-title {
    width: 40%;
    height: 22px;
  }
  .sk-summary {
    height: 120px;
    border-radius: var(--_r-lg);
  }
  .sk-line.short {
    width: 60%;
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
`;
