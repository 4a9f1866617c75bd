import { detailLayout } from "@corner/theme";
import { css } from "lit";

export const detailStyles = [
  detailLayout,
  css`
  .head {
    display: grid;
    gap: var(--_s-1);
  }
  .answers {
    display: grid;
    gap: var(--_s-3);
    padding-top: var(--_s-4);
    border-top: 1px solid var(--_c-border);
  }
  .answers-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_s-2) var(--_s-3);
  }
  .sort {
    display: flex;
    align-items: center;
    gap: var(--_s-2);
    font-size: var(--_f-size-sm);
  }
  .list {
    display: grid;
    gap: var(--_s-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .answer {
    display: grid;
    gap: var(--_s-2);
    padding-bottom: var(--_s-3);
    border-bottom: 1px solid var(--_c-border);
  }
  .answer.accepted,
  .answer:last-child {
    border-bottom-color: transparent;
  }
  .markers {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s-1) var(--_s-3);
  }
  .accept {
    color: var(--_c-success);
  }
  .report {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_s-2) var(--_s-3);
    padding: var(--_s-2) var(--_s-3);
    border-radius: var(--_r-md);
    background: var(--_c-surface);
  }
  .answer-form,
  .form {
    display: grid;
    gap: var(--_s-2);
  }
  .answer-form {
    padding-top: var(--_s-4);
    border-top: 1px solid var(--_c-border);
  }
  textarea {
    min-height: 96px;
  }
`,
];
