import type { CornerQaEvents } from "../shared/events.ts";
import { CornerQa } from "./qa.component.ts";

if (!customElements.get("corner-qa")) customElements.define("corner-qa", CornerQa);

declare global {
  interface HTMLElementTagNameMap {
    "corner-qa": CornerQa;
  }
}

export type { CornerQaEvents };
export { CornerQa };
