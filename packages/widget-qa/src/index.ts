/** The element classes, without registering them (import `@corner/widget-qa/define` for that). */
export { CornerQa } from "./qa/qa.component.ts";
export { CornerQuestionDetail } from "./question-detail/question-detail.component.ts";
export { CornerQuestionForm } from "./question-form/question-form.component.ts";
export type { BadgeMessages } from "./shared/badges.ts";
export type { CornerQaEvents } from "./shared/events.ts";
