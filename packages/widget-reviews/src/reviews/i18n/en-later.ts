import type { Fmt } from "@corner/core";

/**
 * English messages the reviews widget shows only after someone acts (a star filter, a vote, a report, the form, "load more"):
 * not in the first view, loaded on the first interaction. Other languages keep them in their one catalogue.
 */
export const later = {
  filtered: (f: Fmt, n: number) => f.plural(n, { one: "Showing # star", other: "Showing # stars" }),
  clearFilter: "Clear filter",
  noneAtLevel: (f: Fmt, n: number) => f.plural(n, { other: "No # star reviews yet." }),
  helpfulOn: "Marked as helpful.",
  helpfulOff: "Helpful mark removed.",
  helpfulFailed: "Your vote could not be saved. Please try again.",
  signInToVote: "Sign in to mark reviews as helpful.",
  reportReason: "Reason",
  reasons: { spam: "Spam", offensive: "Offensive", off_topic: "Off topic", fake: "Fake", other: "Other" },
  sendReport: "Send report",
  cancel: "Cancel",
  reported: "Thanks, we will take a look.",
  reportFailed: "The report could not be sent. Please try again.",
  signInToReport: "Sign in to report a review.",
  loadMoreFailed: "More reviews could not be loaded.",
  posted: "Thanks, your review is published.",
  postedPending: "Thanks, your review will appear once it is approved.",
  loadingForm: "Loading the form…",
};
export type LaterMessages = typeof later;
