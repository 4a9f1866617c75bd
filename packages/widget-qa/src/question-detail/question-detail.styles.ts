import { css } from "lit";

export const detailStyles = css`
  :host {
    display: block;
    outline: none;
  }
  .base {
    display: grid;
    gap: var(--_s-4);
    min-width: 0;
  }
  h3,
  h4,
  p {
    margin: 0;
  }
  h3 {
    font-size: var(--_f-size-lg);
    font-weight: var(--_f-weight-bold);
    overflow-wrap: anywhere;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 2px solid var(--_c-focus);
  }
  h4 {
    font-size: var(--_f-size);
    font-weight: var(--_f-weight-bold);
  }
  .back {
    justify-self: start;
    padding-inline: 0;
  }
  .head {
    display: grid;
    gap: var(--_s-1);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s-1) var(--_s-2);
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
  }
  .author {
    color: var(--_c-text);
    font-weight: var(--_f-weight-bold);
  }
  /* User text: line breaks kept, long words wrapped, never HTML. */
  .text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .follow[aria-pressed="true"] {
    border-color: var(--_c-accent);
    color: var(--_c-accent);
  }
  .answers {
    display: grid;
    gap: var(--_s-3);
    padding-top: var(--_s-4);
    border-top: 1px solid var(--_c-border);
  }
  .answers-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_s-2) var(--_s-3);
  }
  .sort {
    display: flex;
    align-items: center;
    gap: var(--_s-2);
    font-size: var(--_f-size-sm);
  }
  .list {
    display: grid;
    gap: var(--_s-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .answer {
    display: grid;
    gap: var(--_s-2);
    padding-bottom: var(--_s-3);
    border-bottom: 1px solid var(--_c-border);
  }
  .answer.accepted,
  .answer:last-child {
    border-bottom-color: transparent;
  }
  .markers {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s-1) var(--_s-3);
  }
  .accept {
    color: var(--_c-success);
  }
  .report {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_s-2) var(--_s-3);
    padding: var(--_s-2) var(--_s-3);
    border-radius: var(--_r-md);
    background: var(--_c-surface);
  }
  .answer-form,
  .form {
    display: grid;
    gap: var(--_s-2);
  }
  .answer-form {
    padding-top: var(--_s-4);
    border-top: 1px solid var(--_c-border);
  }
  textarea {
    min-height: 96px;
  }
  .skeleton {
    display: grid;
    gap: var(--_s-3);
  }
  .sk-title {
    width: 60%;
    height: 28px;
  }
`;
