import type { SurveyDefinition } from "@corner/contracts";
import { SURVEY_CONTACT_BUDGET_DAYS } from "@corner/contracts/limits";
import { sampled } from "./sampling.ts";
import { urlAllowed } from "./url.ts";

const DAY = 86_400_000;
/** At most one prompt (a survey shown) every this many days per visitor, across every survey. */
export const CONTACT_BUDGET_DAYS = SURVEY_CONTACT_BUDGET_DAYS;

/** What the loader knows about the visitor and the page. */
export interface VisitorContext {
  /** The page URL, absolute or path + query. */
  url: string;
  device: "desktop" | "mobile";
  signedIn: boolean;
  /** The page's or browser's language(s), e.g. `de-CH` or `navigator.languages`. */
  language?: string | readonly string[];
  /** What the host passed to `Corner.identify({ … })`. */
  attributes?: Readonly<Record<string, string | number | boolean>>;
  /** A stable id: the person's for signed-in visitors, a first-party random id otherwise. */
  visitorId: string;
}

/** A moment: an ISO timestamp (from the server) or epoch milliseconds (from local storage). */
export type Moment = string | number | Date;

/** What local storage (anonymous) or the server (signed in) remembers about one survey. */
export interface SurveyHistory {
  answeredAt?: Moment | null;
  dismissedAt?: Moment | null;
  shownAt?: Moment | null;
}

export interface VisitorHistory {
  surveys?: Readonly<Record<string, SurveyHistory>>;
  /** The last time any survey was shown to this visitor on this site. */
  lastPromptAt?: Moment | null;
}

export interface EligibleOptions {
  /** Days between two prompts across every survey (default {@link CONTACT_BUDGET_DAYS}; 0 turns it off). */
  contactBudgetDays?: number;
}

/** Why a survey is held back, in the order the rules are checked. */
export type HoldReason =
  | "status"
  | "not-started"
  | "ended"
  | "url"
  | "device"
  | "signed-in"
  | "language"
  | "attributes"
  | "sampling"
  | "answered"
  | "dismissed"
  | "contact-budget";

export interface EligibleResult<S extends SurveyDefinition = SurveyDefinition> {
  /** The surveys that may be shown now, highest priority first (ties in the order given). */
  surveys: S[];
  /** Every other survey, with the first rule that holds it back (for tests and debugging). */
  held: { id: string; reason: HoldReason }[];
}

/** A moment in epoch milliseconds, or null for none or an unreadable date. */
export const toMillis = (m: Moment | null | undefined): number | null => {
  if (m === null || m === undefined) return null;
  const t = m instanceof Date ? m.getTime() : typeof m === "number" ? m : Date.parse(m);
  return Number.isNaN(t) ? null : t;
};

/** Whether `at` lies within `days` days before `now`: the window closes exactly `days` days later. */
const within = (at: number | null, days: number, now: number) => at !== null && now < at + days * DAY;

const languages = (language: VisitorContext["language"]): string[] =>
  (typeof language === "string" ? [language] : (language ?? [])).map((l) => l.toLowerCase());

/** `de` matches `de` and `de-CH`; `de-CH` matches only `de-CH` (and `de-CH-…`). */
const languageMatches = (wanted: readonly string[], have: string[]) =>
  wanted.length === 0 ||
  wanted.some((w) => {
    const prefix = w.toLowerCase();
    return have.some((h) => h === prefix || h.startsWith(`${prefix}-`));
  });

/** Attribute values compare strictly: `{ equals: 3 }` does not match `"3"`. */
const attributesMatch = (survey: SurveyDefinition, attributes: VisitorContext["attributes"] = {}) =>
  survey.targeting.attributes.every((rule) => {
    if (!Object.hasOwn(attributes, rule.key)) return false;
    const value = attributes[rule.key];
    return "equals" in rule ? value === rule.equals : rule.in.includes(value as string | number | boolean);
  });

/** The first rule that keeps this survey from this visitor now, ignoring the site-wide budget, or null. */
export const holdReason = (
  survey: SurveyDefinition,
  context: VisitorContext,
  history: VisitorHistory,
  now: number,
): HoldReason | null => {
  const t = survey.targeting;
  if (survey.status !== "active") return "status";
  const starts = toMillis(t.startsAt);
  const ends = toMillis(t.endsAt);
  if (starts !== null && now < starts) return "not-started";
  if (ends !== null && now >= ends) return "ended";
  if (!urlAllowed(t.urls.include, t.urls.exclude, context.url)) return "url";
  if (t.device !== "any" && t.device !== context.device) return "device";
  if (t.signedIn !== "any" && (t.signedIn === "yes") !== context.signedIn) return "signed-in";
  if (!languageMatches(t.languages, languages(context.language))) return "language";
  if (!attributesMatch(survey, context.attributes)) return "attributes";
  if (!sampled(context.visitorId, survey.id, t.sampling)) return "sampling";
  const mine = history.surveys?.[survey.id] ?? {};
  if (toMillis(mine.answeredAt) !== null) return "answered";
  if (within(toMillis(mine.dismissedAt), survey.frequency.dismissDays, now)) return "dismissed";
  return null;
};

/** The latest prompt: `lastPromptAt`, or a later `shownAt` of any survey (a prompt is a survey shown). */
const lastPrompt = (history: VisitorHistory): number | null => {
  const times = [history.lastPromptAt, ...Object.values(history.surveys ?? {}).map((h) => h.shownAt)]
    .map(toMillis)
    .filter((t): t is number => t !== null);
  return times.length === 0 ? null : Math.max(...times);
};

/**
 * The surveys this visitor may see now, in priority order, and why each other one is held back. Pure:
 * everything it depends on is passed in, so the loader (anonymous visitors, local storage) and the API
 * (signed-in people, across devices) decide alike. A prompt spends the contact budget when it is shown,
 * so the caller records `shownAt` and `lastPromptAt` then and shows at most one survey per prompt.
 */
export const eligible = <S extends SurveyDefinition>(
  surveys: readonly S[],
  context: VisitorContext,
  history: VisitorHistory,
  now: Moment,
  options: EligibleOptions = {},
): EligibleResult<S> => {
  const at = toMillis(now) ?? Date.now();
  const budget = options.contactBudgetDays ?? CONTACT_BUDGET_DAYS;
  const overBudget = within(lastPrompt(history), budget, at);
  const result: EligibleResult<S> = { surveys: [], held: [] };
  for (const survey of surveys) {
    const reason = holdReason(survey, context, history, at) ?? (overBudget ? "contact-budget" : null);
    if (reason) result.held.push({ id: survey.id, reason });
    else result.surveys.push(survey);
  }
  // Array.prototype.sort is stable, so equal priorities keep the order they were given in.
  result.surveys.sort((a, b) => b.priority - a.priority);
  return result;
};
