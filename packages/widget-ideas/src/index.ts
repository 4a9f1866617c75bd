/** The element classes, without registering them (import `@corner/widget-ideas/define` for that). */
export { CornerIdeaForm } from "./idea-form/idea-form.component.ts";
export { CornerIdeas } from "./ideas/ideas.component.ts";
export type { CornerIdeasEvents, IdeasLoginRequiredDetail, VoteDetail } from "./shared/events.ts";
