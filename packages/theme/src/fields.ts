import { css } from "lit";

/**
 * Text fields and their labels, errors and counters, the button row and the signed-out panel (prompt and
 * guest name): what every form shares, loaded with the forms, never on a widget's first view.
 */
export const fields = css`
  .field label {
    font-size: var(--_f-size-sm);
    font-weight: var(--_f-weight-bold);
  }
  input[type="text"],
  textarea {
    width: 100%;
    padding: var(--_s-2) var(--_s-3);
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-md);
    background: var(--_c-bg);
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid="true"] {
    border-color: var(--_c-danger);
  }
  .counter {
    justify-self: end;
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
  }
  .counter.over {
    color: var(--_c-danger);
    font-weight: var(--_f-weight-bold);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s-2) var(--_s-3);
  }
  .spacer {
    flex: 1 1 auto;
  }
  .sign-in {
    display: grid;
    gap: var(--_s-3);
    padding: var(--_s-3) var(--_s-4);
    border-radius: var(--_r-md);
    background: var(--_c-surface);
  }
  .sign-in p {
    margin: 0;
  }
  .guest {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_s-2) var(--_s-3);
  }
  .guest .field {
    flex: 1 1 200px;
  }
`;
