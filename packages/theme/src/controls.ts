import { css } from "lit";

/** Buttons, the select menu and small text shared by every widget; component tokens default to the global ones. */
export const controls = css`
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_s-2);
    min-height: 36px;
    padding: var(--_s-2) var(--_s-4);
    border: 1px solid var(--_c-border);
    border-radius: var(--corner-button-radius, var(--_r-md));
    background: var(--_c-bg);
    color: var(--_c-text);
    font-size: var(--_f-size-sm);
    font-weight: var(--_f-weight-bold);
    text-decoration: none;
  }
  .btn:hover:not(:disabled) {
    border-color: var(--_c-muted);
  }
  .btn-primary {
    background: var(--_c-accent);
    border-color: var(--_c-accent);
    color: var(--_c-accent-contrast);
  }
  .btn-primary:hover:not(:disabled) {
    border-color: var(--_c-text);
  }
  .btn-link {
    min-height: 0;
    padding: var(--_s-1) var(--_s-2);
    border-color: transparent;
    background: none;
    color: var(--_c-muted);
    font-weight: normal;
  }
  .btn:disabled {
    opacity: 0.6;
  }
  .field {
    display: grid;
    gap: var(--_s-1);
  }
  .label {
    font-size: var(--_f-size-sm);
    font-weight: var(--_f-weight-bold);
  }
  select {
    padding: var(--_s-2) var(--_s-3);
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-md);
    background: var(--_c-bg);
  }
  .error-text {
    color: var(--_c-danger);
    font-size: var(--_f-size-sm);
  }
  .muted {
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
  }
`;
