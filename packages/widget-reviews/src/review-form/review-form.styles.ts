import { css } from "lit";

export const formStyles = css`
  :host {
    display: block;
    outline: none;
  }
  .form {
    display: grid;
    gap: var(--_s-4);
    padding: var(--_s-4);
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-lg);
    background: var(--_c-bg);
  }
  form {
    display: grid;
    gap: var(--_s-4);
  }
  h3 {
    margin: 0;
    font-size: var(--_f-size-lg);
  }
  .message {
    margin: 0;
    padding: var(--_s-2) var(--_s-3);
    border-left: 3px solid var(--_c-danger);
    background: var(--_c-surface);
  }
  .error-text {
    margin: 0;
  }
  textarea {
    min-height: 120px;
  }
  .star-input {
    display: inline-flex;
    gap: var(--_s-1);
    width: max-content;
    border-radius: var(--_r-sm);
  }
  .star-input[aria-invalid="true"] {
    outline: 1px solid var(--_c-danger);
    outline-offset: 2px;
  }
  .star-option {
    display: inline-flex;
    padding: 2px;
    border-radius: var(--_r-sm);
    cursor: pointer;
    --corner-star-size: 32px;
  }
  .star-option:hover .bg {
    fill: var(--_c-star);
  }
  .done p {
    margin: 0;
    font-weight: var(--_f-weight-bold);
  }
  .done .success {
    color: var(--_c-success);
  }
  .done {
    justify-items: start;
  }
`;
