import { css } from "lit";

/**
 * Shields the widget from the host page: `all: initial` drops inherited fonts, colours and spacing, then
 * font and colour come back from tokens. Units are px/em only, never rem (the host controls the root size).
 */
export const reset = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_f-family);
    font-size: var(--_f-size);
    line-height: var(--_f-line);
    color: var(--_c-text);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  button {
    cursor: pointer;
  }
  :disabled {
    cursor: default;
  }
  :focus-visible {
    outline: 2px solid var(--_c-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_c-star: CanvasText;
      --_c-star-empty: GrayText;
      --_c-accent: LinkText;
      --_c-focus: Highlight;
      --_c-border: CanvasText;
    }
    button {
      border: 1px solid ButtonText;
    }
  }
`;
