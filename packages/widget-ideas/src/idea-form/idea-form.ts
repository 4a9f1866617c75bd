import { CornerIdeaForm } from "./idea-form.component.ts";

if (!customElements.get("corner-idea-form")) customElements.define("corner-idea-form", CornerIdeaForm);

declare global {
  interface HTMLElementTagNameMap {
    "corner-idea-form": CornerIdeaForm;
  }
}

export { CornerIdeaForm };
