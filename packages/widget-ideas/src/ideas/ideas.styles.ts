import { css } from "lit";

export const ideasStyles = css`
  :host {
    max-width: var(--corner-ideas-max-width, 880px);
    background: var(--_c-bg);
    border-radius: var(--_r-lg);
  }
  .base,
  .skeleton {
    display: grid;
    gap: var(--_s-4);
  }
  .base {
    padding: var(--corner-ideas-padding, var(--_s-4));
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2,
  .empty-title {
    font-size: var(--_f-size-lg);
    font-weight: var(--_f-weight-bold);
  }
  h3 {
    font-size: var(--_f-size);
    font-weight: var(--_f-weight-bold);
    overflow-wrap: anywhere;
  }
  .head,
  .toolbar,
  .sort,
  .tabs,
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s-2) var(--_s-3);
  }
  .head {
    justify-content: space-between;
  }
  .search {
    flex: 1 1 12em;
    min-width: 0;
    padding: var(--_s-2) var(--_s-3);
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-md);
    background: var(--_c-bg);
    color: var(--_c-text);
  }
  .search::placeholder {
    color: var(--_c-muted);
  }
  .tabs {
    gap: var(--_s-2);
  }
  .tab {
    min-height: 32px;
    padding: 0 var(--_s-3);
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-pill);
    background: var(--_c-bg);
    color: var(--_c-text);
    font-size: var(--_f-size-sm);
  }
  .tab[aria-pressed="true"] {
    border-color: var(--_c-accent);
    background: var(--_c-accent);
    color: var(--_c-accent-contrast);
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ol[aria-busy="true"] {
    opacity: 0.6;
  }
  .idea {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    gap: var(--_s-3);
    padding: var(--_s-3) 0;
    border-top: 1px solid var(--_c-border);
  }
  .vote {
    display: grid;
    justify-items: center;
    min-width: 52px;
    min-height: 52px;
    padding: var(--_s-1) var(--_s-2);
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-md);
    background: var(--_c-bg);
    color: var(--_c-text);
    line-height: 1.2;
  }
  .vote[aria-pressed="true"] {
    border-color: var(--_c-accent);
    color: var(--_c-accent);
  }
  .arrow {
    font-size: var(--_f-size-sm);
  }
  .count {
    font-weight: var(--_f-weight-bold);
  }
  .meta {
    margin-top: var(--_s-1);
    gap: var(--_s-2);
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
  }
  .badge,
  .category {
    padding: 0 var(--_s-2);
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-pill);
    color: var(--_c-text);
  }
  .status-planned,
  .status-in_progress {
    border-color: var(--_c-accent);
  }
  .status-done {
    border-color: var(--_c-success);
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
  .load-more {
    justify-self: center;
  }
  .error-text {
    color: var(--_c-danger);
    text-align: center;
  }
  .empty,
  .error {
    display: grid;
    gap: var(--_s-2);
    justify-items: center;
    padding: var(--_s-5) var(--_s-4);
    background: var(--_c-surface);
    border-radius: var(--_r-lg);
    text-align: center;
  }
  .muted {
    color: var(--_c-muted);
  }
  .sk {
    height: 52px;
    border-radius: var(--_r-md);
    background: var(--_c-surface);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .sk {
      animation: none;
    }
  }
`;
