import type { SurveyLocalHistory } from "@corner/contracts";
import { type Moment, type SurveyHistory, toMillis, type VisitorHistory } from "./eligible.ts";

/**
 * What one browser remembers about a site's surveys, in first-party localStorage under
 * {@link localHistoryKey} (no cookie, nothing third-party): `v` the random visitor id (sampling is stable
 * per visitor), `s` per survey id when it was answered (`a`), dismissed (`d`) and last shown (`s`), `p` the
 * last prompt of any survey, all in epoch milliseconds, and `t` the attributes the host passed to
 * `Corner.identify()`. The loader sends `{ s, p }` as `eligible?history=`.
 */
export interface LocalSurveyStore extends Partial<SurveyLocalHistory> {
  v?: string;
  t?: Record<string, string | number | boolean>;
}

export const localHistoryKey = (site: string): string => `corner:surveys:${site}`;

/** One thing that happened to a survey: shown (a prompt), dismissed, answered. */
export type SurveyMark = "shown" | "dismissed" | "answered";
const letter = { shown: "s", dismissed: "d", answered: "a" } as const;

/** The store with `mark` recorded for `surveyId` at `now` (a new object; a shown survey is also a prompt). */
export const markLocal = (
  store: LocalSurveyStore,
  surveyId: string,
  mark: SurveyMark,
  now: number,
): LocalSurveyStore => {
  const surveys = { ...store.s, [surveyId]: { ...store.s?.[surveyId], [letter[mark]]: now } };
  return { ...store, s: surveys, ...(mark === "shown" ? { p: now } : {}) };
};

/** The local record as the rule engine's {@link VisitorHistory}. */
export const fromLocal = (local: Partial<SurveyLocalHistory> | undefined): VisitorHistory => ({
  surveys: Object.fromEntries(
    Object.entries(local?.s ?? {}).map(([id, h]) => [
      id,
      { answeredAt: h.a, dismissedAt: h.d, shownAt: h.s },
    ]),
  ),
  lastPromptAt: local?.p,
});

const latest = (a: Moment | null | undefined, b: Moment | null | undefined): number | undefined => {
  const times = [toMillis(a), toMillis(b)].filter((t): t is number => t !== null);
  return times.length ? Math.max(...times) : undefined;
};

/**
 * Both histories at once, keeping the latest moment of each kind: what this browser remembers and what the
 * server remembers of the signed-in person on other devices.
 */
export const mergeHistory = (a: VisitorHistory, b: VisitorHistory): VisitorHistory => {
  const ids = new Set([...Object.keys(a.surveys ?? {}), ...Object.keys(b.surveys ?? {})]);
  const surveys: Record<string, SurveyHistory> = {};
  for (const id of ids) {
    const x = a.surveys?.[id] ?? {};
    const y = b.surveys?.[id] ?? {};
    surveys[id] = {
      answeredAt: latest(x.answeredAt, y.answeredAt),
      dismissedAt: latest(x.dismissedAt, y.dismissedAt),
      shownAt: latest(x.shownAt, y.shownAt),
    };
  }
  return { surveys, lastPromptAt: latest(a.lastPromptAt, b.lastPromptAt) };
};
