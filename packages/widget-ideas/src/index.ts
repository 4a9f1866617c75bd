/** The element classes, without registering them (import `@corner/widget-ideas/define` for that). */
export { CornerIdeaDetail } from "./idea-detail/idea-detail.component.ts";
export { CornerIdeaForm } from "./idea-form/idea-form.component.ts";
export { CornerIdeas } from "./ideas/ideas.component.ts";
export type { CornerIdeasEvents, IdeasLoginRequiredDetail, VoteDetail } from "./shared/events.ts";
