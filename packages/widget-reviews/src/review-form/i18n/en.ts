import type { Fmt } from "@corner/core";

export const en = {
  heading: "Write a review",
  editHeading: "Edit your review",
  rating: "Your rating",
  star: (f: Fmt, n: number) => f.plural(n, { one: "# star", other: "# stars" }),
  title: "Title (optional)",
  body: "Your review",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} of ${f.number(max)} characters used`,
  submit: "Post review",
  update: "Update review",
  sending: "Posting…",
  cancel: "Cancel",
  close: "Close",
  chooseRating: "Choose a star rating.",
  bodyRequired: "Write a few words about it.",
  bodyTooLong: (f: Fmt, max: number) => `Shorten your review to ${f.number(max)} characters.`,
  fixFields: "Please fix the highlighted fields.",
  failed: "Your review could not be posted. Your draft is saved, so you can try again.",
  rateLimited: (f: Fmt, seconds: number) =>
    f.plural(seconds, {
      one: "Too many posts. Try again in # second.",
      other: "Too many posts. Try again in # seconds.",
    }),
  published: "Thanks! Your review is published.",
  updated: "Thanks! Your review is updated.",
  pending: "Thanks! Your review is awaiting moderation and will appear once it is approved.",
  signInPrompt: "Sign in to post your review. Your draft is kept.",
  expired: "Your sign-in has expired. Sign in again and your review will be sent; your draft is kept.",
  signIn: "Sign in",
  guestName: "Your name",
  continueAsGuest: "Continue as guest",
  guestFailed: "Could not continue as guest. Please try again.",
  postingAs: (name: string) => `Posting as ${name}`,
  signOut: "Sign out",
};
export type FormMessages = typeof en;
