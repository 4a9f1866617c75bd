/** The element class and the launcher, without registering the element (import `@corner/widget-survey/define` for that). */
export { launch, resetSurveys } from "./launcher/launcher.ts";
export type { CornerSurveyEvents } from "./shared/events.ts";
export { CornerSurvey, type SurveyDisplayMode } from "./survey/survey.component.ts";
