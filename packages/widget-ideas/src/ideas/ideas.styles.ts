import { listLayout } from "@corner/theme";
import { css } from "lit";

export const ideasStyles = [
  listLayout,
  css`
    :host {
      max-width: var(--corner-ideas-max-width, 880px);
    }
    .base {
      padding: var(--corner-ideas-padding, var(--_s-4));
    }
    :host([compact]) {
      display: inline-block;
      background: none;
    }
    .compact {
      display: grid;
      gap: var(--_s-2);
      justify-items: start;
    }
    .dialog {
      width: min(40rem, calc(100vw - 2 * var(--_s-4)));
      max-height: calc(100dvh - 2 * var(--_s-4));
      padding: 0 var(--_s-4) var(--_s-4);
      border: 1px solid var(--_c-border);
      border-radius: var(--_r-lg);
      background: var(--_c-bg);
      color: var(--_c-text);
      box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
    }
    /* The dialog is the frame: the form inside it needs none of its own. */
    .dialog corner-idea-form::part(form-base) {
      padding: 0;
      border: 0;
    }
    .dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    .dialog-head {
      position: sticky;
      top: 0;
      display: flex;
      justify-content: flex-end;
      margin: 0 calc(-1 * var(--_s-2));
      padding-top: var(--_s-2);
      background: var(--_c-bg);
    }
    .close {
      min-width: 44px;
      min-height: 44px;
      font-size: var(--_f-size-lg);
    }
    @media (max-width: 480px) {
      .dialog {
        width: 100vw;
        max-width: 100vw;
        height: 100dvh;
        max-height: 100dvh;
        margin: 0;
        border: 0;
        border-radius: 0;
      }
    }
    .tabs {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_s-2);
    }
    .tab {
      min-height: 32px;
      padding: 0 var(--_s-3);
      border: 1px solid var(--_c-border);
      border-radius: var(--_r-pill);
      background: var(--_c-bg);
      color: var(--_c-text);
      font-size: var(--_f-size-sm);
    }
    .tab[aria-pressed="true"] {
      border-color: var(--_c-accent);
      background: var(--_c-accent);
      color: var(--_c-accent-contrast);
    }
    .idea {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      align-items: start;
      gap: var(--_s-3);
      padding: var(--_s-3) 0;
      border-top: 1px solid var(--_c-border);
    }
    .meta {
      margin-top: var(--_s-1);
      gap: var(--_s-2);
    }
    .error-text {
      color: var(--_c-danger);
    }
    .muted {
      color: var(--_c-muted);
    }
  `,
];
