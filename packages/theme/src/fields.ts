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

/**
 * The frame of a form shown in place of a list's button (review, idea, question): its box, heading, the
 * message above the fields, and the thanks (`.done`) that replaces it once the server accepts.
 */
export const formFrame = css`
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
  .done {
    justify-items: start;
  }
  .done p {
    margin: 0;
    font-weight: var(--_f-weight-bold);
  }
  .done .success {
    color: var(--_c-success);
  }
`;

/** What a form's title resembles (ideas, questions already asked), listed under it as links. */
export const similarList = css`
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
    gap: 0 var(--_s-2);
  }
  .similar-title {
    color: var(--_c-accent);
    font-weight: var(--_f-weight-bold);
    overflow-wrap: anywhere;
  }
`;
