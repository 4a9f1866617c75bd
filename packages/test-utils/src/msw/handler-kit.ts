import type { Session } from "@corner/contracts";

/** What the parts of the mock API are given by `createMockApi`. */
export type Recorder = (request: Request) => void;
export type UserOf = (request: Request) => Session["user"] | undefined;
export type Problem = (
  status: number,
  title: string,
  detail: string,
  errors?: { path: string; message: string }[],
) => Response;

/**
 * Turns a person's vote on an item (idea, answer) on or off; only a change moves the count, as in the
 * API. Answers the vote endpoint's body.
 */
export function setVote(
  votes: Set<string>,
  item: { id: string; votes: number },
  userId: string,
  on: boolean,
) {
  const key = `${item.id}|${userId}`;
  if (on && !votes.has(key)) {
    votes.add(key);
    item.votes++;
  } else if (!on && votes.has(key)) {
    votes.delete(key);
    item.votes--;
  }
  return { id: item.id, votes: item.votes, votedByMe: votes.has(key) };
}

/** Follows an item (idea, question) or stops; idempotent. Answers the follow endpoint's body. */
export function setFollow(follows: Set<string>, itemId: string, userId: string, on: boolean) {
  const key = `${itemId}|${userId}`;
  if (on) follows.add(key);
  else follows.delete(key);
  return { following: follows.has(key) };
}
