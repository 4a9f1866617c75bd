import type { Idea, User } from "@corner/contracts";
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
    "corner-login": CustomEvent<{ site: string; user: User }>;
  }
}

export type { IdeasLoginRequiredDetail };
export { CornerIdeas };
