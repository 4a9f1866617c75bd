import { css } from "lit";

/** Text fields and their labels and errors, for forms (loaded with them, not on a widget's first view). */
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
  [aria-invalid="true"] {
    border-color: var(--_c-danger);
  }
`;
