import { css } from "lit";

/** The card (inline, slide-in, popover, bottom sheet on a phone) and the steps' controls. */
export const surveyStyles = css`
  :host {
    max-width: var(--corner-survey-max-width, 560px);
  }
  :host([popover]:not(:popover-open)) {
    display: none;
  }
  /* A prompt sits in the top layer (or above the page without the Popover API), out of the page's flow. */
  :host([display="slide-in"]),
  :host([display="popover"]) {
    position: fixed;
    z-index: 2147483000;
    width: var(--corner-survey-card-width, 380px);
    max-width: calc(100vw - 32px);
    height: auto;
    max-height: calc(100vh - 32px);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    overflow: visible;
  }
  :host([display="slide-in"]) {
    inset: auto 16px 16px auto;
  }
  :host([display="slide-in"]:dir(rtl)) {
    inset: auto auto 16px 16px;
  }
  :host([display="popover"]) {
    inset: 0;
    margin: auto;
    height: fit-content;
    width: var(--corner-survey-card-width, 440px);
  }
  .survey {
    display: flex;
    flex-direction: column;
    max-height: inherit;
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-lg);
    background: var(--_c-bg);
  }
  :host([display="slide-in"]) .survey,
  :host([display="popover"]) .survey {
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.18);
  }
  @media (max-width: 600px) {
    /* A phone: a bottom sheet, scrolling inside, its close button always in view. */
    :host([display="slide-in"]),
    :host([display="popover"]) {
      inset: auto 0 0 0;
      width: 100%;
      max-width: none;
      max-height: 70vh;
      max-height: 70dvh;
      margin: 0;
    }
    :host([display="slide-in"]) .survey,
    :host([display="popover"]) .survey {
      border-width: 1px 0 0;
      border-radius: var(--_r-lg) var(--_r-lg) 0 0;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    :host([display="slide-in"]) .survey {
      animation: corner-survey-in 0.3s ease-out;
    }
    :host([display="popover"]) .survey {
      animation: corner-survey-fade 0.2s ease-out;
    }
  }
  @keyframes corner-survey-in {
    from {
      transform: translateY(24px);
      opacity: 0;
    }
  }
  @keyframes corner-survey-fade {
    from {
      opacity: 0;
    }
  }
  .head {
    display: flex;
    align-items: center;
    gap: var(--_s-2);
    padding: var(--_s-3) var(--_s-4) 0;
  }
  .progress {
    flex: 1;
    margin: 0;
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
  }
  .close {
    display: grid;
    place-items: center;
    flex: none;
    width: 44px;
    height: 44px;
    margin: calc(-1 * var(--_s-2)) calc(-1 * var(--_s-2)) 0 0;
    padding: 0;
    border: 0;
    border-radius: var(--_r-pill);
    background: none;
    color: var(--_c-text);
  }
  .close:hover {
    background: var(--_c-surface);
  }
  .icon {
    width: 20px;
    height: 20px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .body {
    min-height: 0;
    padding: var(--_s-3) var(--_s-4) var(--_s-4);
    overflow: auto;
  }
  .body > p,
  .thanks p {
    margin: 0;
  }
  .step,
  .thanks {
    display: grid;
    gap: var(--_s-4);
  }
  .thanks {
    justify-items: start;
    font-weight: var(--_f-weight-bold);
    outline: none;
  }
  .question {
    display: grid;
    gap: var(--_s-2);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .legend {
    margin-bottom: var(--_s-1);
    padding: 0;
    font-weight: var(--_f-weight-bold);
  }
  .optional {
    /* The minifier drops the space before it in the template. */
    margin-inline-start: 0.35em;
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
    font-weight: normal;
  }
  .scale {
    display: flex;
    gap: var(--_s-1);
  }
  .opt {
    position: relative;
    flex: 1 1 0;
    min-width: 0;
  }
  .opt input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .mark {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 40px;
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-md);
    background: var(--_c-bg);
    font-size: var(--_f-size-sm);
    font-weight: var(--_f-weight-bold);
  }
  .opt:hover .mark {
    border-color: var(--_c-muted);
  }
  .opt input:checked + .mark {
    border-color: var(--_c-accent);
    background: var(--_c-accent);
    color: var(--_c-accent-contrast);
  }
  .opt input:focus-visible + .mark {
    outline: 2px solid var(--_c-focus);
    outline-offset: 2px;
  }
  .faces .icon {
    width: 30px;
    height: 30px;
    stroke-width: 1.5;
  }
  .faces .eye {
    fill: currentColor;
    stroke: none;
  }
  .stars .mark,
  .stars .opt input:checked + .mark {
    border-color: transparent;
    background: none;
    color: inherit;
  }
  .stars .icon {
    width: 32px;
    height: 32px;
    fill: var(--_c-star-empty);
    stroke: none;
  }
  .stars .on .icon {
    fill: var(--_c-star);
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--_s-3);
    color: var(--_c-muted);
    font-size: var(--_f-size-sm);
  }
  .ends span:last-child {
    text-align: end;
  }
  .choices {
    display: grid;
    gap: var(--_s-2);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_s-2);
    padding: var(--_s-2) var(--_s-3);
    border: 1px solid var(--_c-border);
    border-radius: var(--_r-md);
    cursor: pointer;
  }
  .choice:has(:checked) {
    border-color: var(--_c-accent);
  }
  .choice input {
    flex: none;
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: var(--_c-accent);
  }
  .other-text,
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
  .failure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s-2) var(--_s-3);
    padding: var(--_s-2) var(--_s-3);
    border-left: 3px solid var(--_c-danger);
    background: var(--_c-surface);
  }
  .failure p {
    flex: 1 1 12em;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_s-2);
  }
  .actions [part="back"] {
    margin-inline-end: auto;
  }
  @media (forced-colors: active) {
    .opt input:checked + .mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .stars .icon {
      fill: GrayText;
    }
    .stars .on .icon {
      fill: CanvasText;
    }
  }
`;
