import { css } from "lit";

/**
 * Global tokens with the light preset as defaults. Every value reads an outer `--corner-*` first, so a site
 * sets a token on any ancestor (`body { --corner-color-accent: #7b2d8e }`) and it reaches every widget.
 * Inside the shadow root the resolved values live in `--_c-*` so presets can swap them.
 */
export const tokens = css`
  :host {
    --_c-bg: var(--corner-color-bg, #ffffff);
    --_c-surface: var(--corner-color-surface, #f5f6f8);
    --_c-text: var(--corner-color-text, #1b1f24);
    --_c-muted: var(--corner-color-muted, #5a6270);
    --_c-border: var(--corner-color-border, #d5d9e0);
    --_c-accent: var(--corner-color-accent, #1d5fd1);
    --_c-accent-contrast: var(--corner-color-accent-contrast, #ffffff);
    --_c-danger: var(--corner-color-danger, #b3261e);
    --_c-success: var(--corner-color-success, #1e6b34);
    --_c-star: var(--corner-color-star, #b45309);
    --_c-star-empty: var(--corner-color-star-empty, #c9ced6);
    --_c-focus: var(--corner-color-focus, #1d5fd1);

    --_s-1: var(--corner-space-1, 4px);
    --_s-2: var(--corner-space-2, 8px);
    --_s-3: var(--corner-space-3, 12px);
    --_s-4: var(--corner-space-4, 16px);
    --_s-5: var(--corner-space-5, 24px);
    --_s-6: var(--corner-space-6, 32px);

    --_r-sm: var(--corner-radius-sm, 4px);
    --_r-md: var(--corner-radius-md, 8px);
    --_r-lg: var(--corner-radius-lg, 12px);
    --_r-pill: var(--corner-radius-pill, 999px);

    --_f-family: var(--corner-font-family, system-ui, sans-serif);
    --_f-size: var(--corner-font-size, 15px);
    --_f-size-sm: var(--corner-font-size-sm, 13px);
    --_f-size-lg: var(--corner-font-size-lg, 18px);
    --_f-size-xl: var(--corner-font-size-xl, 32px);
    --_f-line: var(--corner-font-line-height, 1.5);
    --_f-weight-bold: var(--corner-font-weight-bold, 600);
  }

  :host([theme="dark"]) {
    --_c-bg: var(--corner-color-bg, #15181d);
    --_c-surface: var(--corner-color-surface, #1f242b);
    --_c-text: var(--corner-color-text, #eef1f5);
    --_c-muted: var(--corner-color-muted, #a9b1bd);
    --_c-border: var(--corner-color-border, #3a414c);
    --_c-accent: var(--corner-color-accent, #8ab4ff);
    --_c-accent-contrast: var(--corner-color-accent-contrast, #0b1a33);
    --_c-danger: var(--corner-color-danger, #ffb4ab);
    --_c-success: var(--corner-color-success, #8fd6a0);
    --_c-star: var(--corner-color-star, #fbbf24);
    --_c-star-empty: var(--corner-color-star-empty, #4a515c);
    --_c-focus: var(--corner-color-focus, #8ab4ff);
  }

  @media (prefers-color-scheme: dark) {
    :host([theme="auto"]) {
      --_c-bg: var(--corner-color-bg, #15181d);
      --_c-surface: var(--corner-color-surface, #1f242b);
      --_c-text: var(--corner-color-text, #eef1f5);
      --_c-muted: var(--corner-color-muted, #a9b1bd);
      --_c-border: var(--corner-color-border, #3a414c);
      --_c-accent: var(--corner-color-accent, #8ab4ff);
      --_c-accent-contrast: var(--corner-color-accent-contrast, #0b1a33);
      --_c-danger: var(--corner-color-danger, #ffb4ab);
      --_c-success: var(--corner-color-success, #8fd6a0);
      --_c-star: var(--corner-color-star, #fbbf24);
      --_c-star-empty: var(--corner-color-star-empty, #4a515c);
      --_c-focus: var(--corner-color-focus, #8ab4ff);
    }
  }
`;
