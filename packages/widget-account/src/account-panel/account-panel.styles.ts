import { css } from "lit";

/** The choices' box, floating under "Sign in" (the sign-in and guest layout come from the shared fields). */
export const panelStyles = css`
  :host {
    display: block;
    width: max-content;
    max-width: min(360px, 90vw);
  }
  .panel {
    border: 1px solid var(--_c-border);
    background: var(--_c-bg);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
  }
  .separator,
  .status {
    margin: 0;
  }
  .status:empty {
    display: none;
  }
  .field label {
    font-size: var(--_f-size-sm);
  }
`;
