import { css } from "lit";

export const formStyles = css`
  :host {
    display: block;
    outline: none;
  }
  .form,
  form {
    display: grid;
    gap: var(--_s-4);
  }
  .form {
    padding: var(--_s-4);
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-lg);
    background: var(--_c-bg);
  }
  h3,
  p,
  ul {
    margin: 0;
  }
  h3 {
    font-size: var(--_f-size-lg);
  }
  form > .muted {
    margin-top: calc(-1 * var(--_s-3));
  }
  .message {
    padding: var(--_s-2) var(--_s-3);
    border-left: 3px solid var(--_c-danger);
    background: var(--_c-surface);
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
  .similar ul {
    display: grid;
    gap: var(--_s-1);
    padding: 0;
    list-style: none;
  }
  .similar li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_s-2);
  }
  .similar-title {
    color: var(--_c-accent);
    font-weight: var(--_f-weight-bold);
    overflow-wrap: anywhere;
  }
  .done {
    justify-items: start;
  }
  .done p {
    font-weight: var(--_f-weight-bold);
  }
  .success {
    color: var(--_c-success);
  }
`;
