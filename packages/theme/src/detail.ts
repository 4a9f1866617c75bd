import { css } from "lit";

/**
 * The frame of a detail shown in place of a list (an idea, a question): its block and grid, headings (the
 * title focusable for screen readers, outlined only for the keyboard), the Back link, the meta line, user
 * text (line breaks kept, long words wrapped), the Follow toggle, an author's name and the skeleton.
 */
export const detailLayout = css`
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
  .follow[aria-pressed="true"] {
    border-color: var(--_c-accent);
    color: var(--_c-accent);
  }
  .author {
    color: var(--_c-text);
    font-weight: var(--_f-weight-bold);
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
