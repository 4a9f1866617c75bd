import { css } from "lit";

export const listStyles = css`
  :host {
    max-width: var(--corner-qa-max-width, 880px);
    background: var(--_c-bg);
    border-radius: var(--_r-lg);
  }
  .base,
  .skeleton {
    display: grid;
    gap: var(--_s-4);
  }
  .base {
    padding: var(--corner-qa-padding, var(--_s-4));
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
  h2:focus {
    outline: none;
  }
  .total {
    color: var(--_c-muted);
    font-weight: normal;
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
  .meta,
  .facts {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s-2) var(--_s-3);
  }
  .head {
    justify-content: space-between;
  }
  .search {
    flex: 1 1 14em;
    min-width: 0;
    min-height: 36px;
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
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ol[aria-busy="true"] {
    opacity: 0.6;
  }
  .question {
    display: grid;
    gap: var(--_s-2);
    padding: var(--_s-4) 0;
    border-top: 1px solid var(--_c-border);
  }
  .meta {
    gap: var(--_s-1) var(--_s-2);
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
  }
  .count {
    font-size: var(--_f-size-sm);
    font-weight: var(--_f-weight-bold);
  }
  .count.none {
    color: var(--_c-muted);
    font-weight: normal;
  }
  .accepted {
    display: grid;
    gap: var(--_s-1);
  }
  .preview {
    overflow-wrap: anywhere;
  }
  .more {
    color: var(--_c-accent);
    white-space: nowrap;
  }
  .author {
    color: var(--_c-text);
  }
  .error-text {
    text-align: center;
  }
`;
