import { css } from "lit";

/**
 * The states every list with a detail shares (the ideas board, the Q&A list and their details): the
 * notice line (hidden when empty), the empty and error panels, "load more" and the loading skeleton (rows
 * 52px tall; a widget's own styles after these may change that).
 */
export const listStates = css`
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

/**
 * The frame of a list widget (the ideas board, the Q&A list): background and corners, the grid of its
 * sections, headings, title links, the heading row and toolbar, the search box, the list itself (dimmed
 * while it reloads) and the item meta line. The widget's own styles after these set its max width and
 * padding (its `--corner-<widget>-*` properties) and its items.
 */
export const listLayout = css`
  :host {
    background: var(--_c-bg);
    border-radius: var(--_r-lg);
  }
  .base,
  .skeleton {
    display: grid;
    gap: var(--_s-4);
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
  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
  }
  .head,
  .toolbar,
  .sort,
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
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ol[aria-busy="true"] {
    opacity: 0.6;
  }
  .meta {
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
  }
  .error-text {
    text-align: center;
  }
`;
