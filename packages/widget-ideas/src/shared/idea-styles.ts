import { listStates } from "@corner/theme";
import { css } from "lit";

/**
 * What the board's list and an idea's detail share: the vote button, the status and category badges
 * (planned and in progress take the accent, done the success colour), and the notice, empty and error
 * panels, "load more" and the loading skeleton of every list (`listStates`).
 */
export const ideaStyles = [
  listStates,
  css`
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
`,
];
