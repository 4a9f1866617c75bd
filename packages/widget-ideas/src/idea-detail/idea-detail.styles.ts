import { detailLayout } from "@corner/theme";
import { css } from "lit";

export const detailStyles = [
  detailLayout,
  css`
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
`,
];
