import { listStates } from "@corner/theme";
import { css } from "lit";

/**
 * What the question list and a question's detail share: author badges (staff takes the accent, verified
 * owners the success colour), the helpful-vote button, the accepted and official markers, the accepted
 * answer's frame, and the notice, empty and error panels, "show more" and the loading skeleton of every
 * list (`listStates`, with taller skeleton rows).
 */
export const qaStyles = [
  listStates,
  css`
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_s-1);
  }
  .badge {
    padding: 0 var(--_s-2);
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-pill);
    color: var(--_c-text);
    font-size: var(--_f-size-sm);
    line-height: 1.6;
    white-space: nowrap;
  }
  .badge-staff {
    border-color: var(--_c-accent);
    color: var(--_c-accent);
  }
  .badge-verified_owner {
    border-color: var(--_c-success);
    color: var(--_c-success);
  }
  .marker {
    display: inline-flex;
    align-items: center;
    gap: var(--_s-1);
    font-size: var(--_f-size-sm);
    font-weight: var(--_f-weight-bold);
  }
  .marker-accepted {
    color: var(--_c-success);
  }
  .marker-official {
    color: var(--_c-accent);
  }
  .accepted {
    border-left: 3px solid var(--_c-success);
    padding: var(--_s-2) var(--_s-3);
    background: var(--_c-surface);
    border-radius: 0 var(--_r-md) var(--_r-md) 0;
  }
  .vote {
    display: inline-flex;
    align-items: center;
    gap: var(--_s-2);
    min-height: 36px;
    padding: var(--_s-1) var(--_s-3);
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-pill);
    background: var(--_c-bg);
    color: var(--_c-text);
    font-size: var(--_f-size-sm);
  }
  .vote[aria-pressed="true"] {
    border-color: var(--_c-accent);
    color: var(--_c-accent);
    font-weight: var(--_f-weight-bold);
  }
  .sk {
    height: 64px;
  }
`,
];
