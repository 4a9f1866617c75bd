import { CornerQuestionDetail } from "./question-detail.component.ts";

if (!customElements.get("corner-question-detail"))
  customElements.define("corner-question-detail", CornerQuestionDetail);

declare global {
  interface HTMLElementTagNameMap {
    "corner-question-detail": CornerQuestionDetail;
  }
}

export { CornerQuestionDetail };
