import { formFrame, similarList } from "@corner/theme";
import { css } from "lit";

export const formStyles = [
  formFrame,
  similarList,
  css`
    textarea {
      min-height: 96px;
    }
    .muted {
      color: var(--_c-muted);
      font-size: var(--_f-size-sm);
    }
  `,
];
