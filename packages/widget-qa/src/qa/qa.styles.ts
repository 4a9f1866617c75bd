import { listLayout } from "@corner/theme";
import { css } from "lit";

export const listStyles = [
  listLayout,
  css`
    :host {
      max-width: var(--corner-qa-max-width, 880px);
    }
    .base {
      padding: var(--corner-qa-padding, var(--_s-4));
    }
    h2:focus {
      outline: none;
    }
    .total {
      color: var(--_c-muted);
      font-weight: normal;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_s-2) var(--_s-3);
    }
    .search {
      flex-basis: 14em;
      min-height: 36px;
    }
    ol {
      display: grid;
    }
    .question {
      display: grid;
      gap: var(--_s-2);
      padding: var(--_s-4) 0;
      border-top: 1px solid var(--_c-border);
    }
    .meta {
      gap: var(--_s-1) var(--_s-2);
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
  `,
];
