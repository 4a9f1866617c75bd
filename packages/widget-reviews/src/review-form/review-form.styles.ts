import { formFrame } from "@corner/theme";
import { css } from "lit";

export const formStyles = [
  formFrame,
  css`
    textarea {
      min-height: 120px;
    }
    .star-input {
      display: inline-flex;
      gap: var(--_s-1);
      width: max-content;
      border-radius: var(--_r-sm);
    }
    .star-input[aria-invalid="true"] {
      outline: 1px solid var(--_c-danger);
      outline-offset: 2px;
    }
    .star-option {
      display: inline-flex;
      padding: 2px;
      border-radius: var(--_r-sm);
      cursor: pointer;
      --corner-star-size: 32px;
    }
    .star-option:hover .bg {
      fill: var(--_c-star);
    }
  `,
];
