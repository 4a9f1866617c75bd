import type { CornerSurveyEvents } from "../shared/events.ts";
import { CornerSurvey } from "./survey.component.ts";

if (!customElements.get("corner-survey")) customElements.define("corner-survey", CornerSurvey);

declare global {
  interface HTMLElementTagNameMap {
    "corner-survey": CornerSurvey;
  }
}

// The loader imports this chunk for triggered surveys too, and calls launch().
export { launch, resetSurveys } from "../launcher/launcher.ts";
export type { CornerSurveyEvents };
export { CornerSurvey };
