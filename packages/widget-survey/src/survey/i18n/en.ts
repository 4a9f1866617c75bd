import type { Fmt } from "@corner/core";

export const en = {
  loading: "Loading the survey…",
  missing: "This survey is not available.",
  error: "We couldn’t load the survey.",
  retry: "Retry",
  answered: "Thanks — you already answered this survey.",
  progress: (f: Fmt, index: number, total: number) => `Question ${f.number(index)} of ${f.number(total)}`,
  next: "Next",
  skip: "Skip",
  send: "Send",
  back: "Back",
  close: "Close survey",
  optional: "Optional",
  sending: "Sending…",
  failed: "Your answer couldn’t be sent. It is kept here: try again.",
  refused: (why: string) => `Your answer couldn’t be saved: ${why}`,
  thanks: "Thank you for your feedback!",
  other: "Other",
  otherText: "Your other answer",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} of ${f.number(max)} characters used`,
  npsLow: "Not likely",
  npsHigh: "Very likely",
  cesLow: "Very difficult",
  cesHigh: "Very easy",
  /** CSAT 1–5, the names of the faces. */
  csat: [
    "Very dissatisfied",
    "Dissatisfied",
    "Neither satisfied nor dissatisfied",
    "Satisfied",
    "Very satisfied",
  ],
  stars: (f: Fmt, n: number) => f.plural(n, { one: "# star", other: "# stars" }),
};
export type SurveyMessages = typeof en;
