import { formFrame, similarList } from "@corner/theme";
import { css } from "lit";

export const formStyles = [
  formFrame,
  similarList,
  css`
    p,
    ul {
      margin: 0;
    }
    form > .muted {
      margin-top: calc(-1 * var(--_s-3));
    }
    textarea {
      min-height: 96px;
    }
  `,
];
