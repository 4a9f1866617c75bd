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
