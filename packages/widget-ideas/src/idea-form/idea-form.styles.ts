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
    min-height: 96px;
  }
  .similar {
    display: grid;
    gap: var(--_s-1);
    padding: var(--_s-2) var(--_s-3);
    border-radius: var(--_r-md);
    background: var(--_c-surface);
  }
  .similar p,
  .similar ul {
    margin: 0;
  }
  .similar ul {
    display: grid;
    gap: var(--_s-1);
    padding: 0;
    list-style: none;
  }
  .similar li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s-2);
  }
  .similar-title {
    color: var(--_c-accent);
    font-weight: var(--_f-weight-bold);
    overflow-wrap: anywhere;
  }
  .muted {
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
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
