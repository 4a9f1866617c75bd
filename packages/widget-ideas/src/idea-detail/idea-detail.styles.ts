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
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    gap: var(--_s-3);
  }
  .title-block {
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
  /* User text: line breaks kept, long words wrapped, never HTML. */
  .text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .merged {
    padding: var(--_s-2) var(--_s-3);
    border-radius: var(--_r-md);
    background: var(--_c-surface);
  }
  .merged .btn {
    padding-inline: var(--_s-1);
    color: var(--_c-accent);
    text-decoration: underline;
  }
  .response {
    display: grid;
    gap: var(--_s-2);
    padding: var(--_s-3) var(--_s-4);
    border-left: 4px solid var(--_c-accent);
    border-radius: var(--_r-md);
    background: var(--_c-surface);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s-2) var(--_s-3);
  }
  .follow[aria-pressed="true"] {
    border-color: var(--_c-accent);
    color: var(--_c-accent);
  }
  .comments {
    display: grid;
    gap: var(--_s-3);
    padding-top: var(--_s-4);
    border-top: 1px solid var(--_c-border);
  }
  ol {
    display: grid;
    gap: var(--_s-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .thread {
    display: grid;
    gap: var(--_s-1);
  }
  .comment {
    display: grid;
    gap: var(--_s-1);
  }
  .author {
    color: var(--_c-text);
    font-weight: var(--_f-weight-bold);
  }
  .reply {
    justify-self: start;
    padding-inline: 0;
  }
  .replies,
  .reply-form {
    margin-inline-start: var(--_s-3);
    padding-inline-start: var(--_s-3);
    border-inline-start: 2px solid var(--_c-border);
  }
  .comment-form {
    display: grid;
    gap: var(--_s-2);
  }
  textarea {
    min-height: 64px;
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
