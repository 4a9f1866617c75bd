import type { IdeaComment } from "@corner/contracts";
import type { FollowDetail, VoteDetail } from "../shared/events.ts";
import { CornerIdeaDetail } from "./idea-detail.component.ts";

if (!customElements.get("corner-idea-detail")) customElements.define("corner-idea-detail", CornerIdeaDetail);

declare global {
  interface HTMLElementTagNameMap {
    "corner-idea-detail": CornerIdeaDetail;
  }
  interface HTMLElementEventMap {
    "corner-idea-vote": CustomEvent<VoteDetail>;
    "corner-idea-comment": CustomEvent<IdeaComment>;
    "corner-idea-follow": CustomEvent<FollowDetail>;
    "corner-idea-close": CustomEvent<null>;
  }
}

export { CornerIdeaDetail };
