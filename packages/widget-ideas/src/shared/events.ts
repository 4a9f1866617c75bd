import type { Idea, IdeaComment, User } from "@corner/contracts";
import type { LoginRequiredDetail } from "@corner/core";

export interface VoteDetail {
  id: string;
  votes: number;
  votedByMe: boolean;
}

export interface FollowDetail {
  id: string;
  following: boolean;
}

/** The one `corner-login-required` detail shared by every widget (`@corner/core`). */
export type IdeasLoginRequiredDetail = LoginRequiredDetail;

/** Detail type of every event the ideas elements dispatch (all bubble and are composed). */
export interface CornerIdeasEvents {
  "corner-idea-submit": Idea;
  "corner-idea-vote": VoteDetail;
  "corner-idea-comment": IdeaComment;
  "corner-idea-follow": FollowDetail;
  "corner-idea-close": undefined;
  /** The idea form asks its board to show a similar idea. */
  "corner-idea-open": { id: string };
  "corner-login-required": IdeasLoginRequiredDetail;
  "corner-login": { site: string; user: User };
}
