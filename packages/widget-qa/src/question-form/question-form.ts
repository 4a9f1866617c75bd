import { CornerQuestionForm } from "./question-form.component.ts";

if (!customElements.get("corner-question-form"))
  customElements.define("corner-question-form", CornerQuestionForm);

declare global {
  interface HTMLElementTagNameMap {
    "corner-question-form": CornerQuestionForm;
  }
}

export { CornerQuestionForm };
