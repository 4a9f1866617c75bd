import type { Idea } from "@corner/contracts";
import type { IdeasLoginRequiredDetail, VoteDetail } from "../shared/events.ts";
import { CornerIdeas } from "./ideas.component.ts";

if (!customElements.get("corner-ideas")) customElements.define("corner-ideas", CornerIdeas);

declare global {
  interface HTMLElementTagNameMap {
    "corner-ideas": CornerIdeas;
  }
  interface HTMLElementEventMap {
    "corner-idea-submit": CustomEvent<Idea>;
    "corner-idea-vote": CustomEvent<VoteDetail>;
  }
  interface DocumentEventMap {
    "corner-idea-submit": CustomEvent<Idea>;
    "corner-idea-vote": CustomEvent<VoteDetail>;
  }
}

export type { IdeasLoginRequiredDetail };
export { CornerIdeas };
