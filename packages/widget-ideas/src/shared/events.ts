import type { Idea, User } from "@corner/contracts";

export interface VoteDetail {
  id: string;
  votes: number;
  votedByMe: boolean;
}

export interface IdeasLoginRequiredDetail {
  /** What the person tried to do. */
  reason: "vote" | "idea";
  site: string;
}

/** Detail type of every event the ideas elements dispatch (all bubble and are composed). */
export interface CornerIdeasEvents {
  "corner-idea-submit": Idea;
  "corner-idea-vote": VoteDetail;
  "corner-login-required": IdeasLoginRequiredDetail;
  "corner-login": { site: string; user: User };
}
