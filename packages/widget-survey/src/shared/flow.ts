// The survey's way through its steps, from the definition and what the person picked: pure functions the
// element renders from and the Node tests check. Nothing here imports valibot (the schemas stay out of the
// widget's chunk): the range of a scale is repeated from `scaleRange` in @corner/contracts.
import type {
  SurveyAnswer,
  SurveyAnswerValue,
  SurveyDefinition,
  SurveyPublic,
  SurveyStep,
} from "@corner/contracts";
import { SURVEY_TEXT_ANSWER_MAX } from "@corner/contracts/limits";
import type { SurveyDraft, SurveyPick } from "@corner/state";
import { nextStep } from "@corner/survey-rules";

/** The pick of a choice step's free "Other" option. */
export const OTHER = "other";

/** What `flow` needs of a draft. */
export type Progress = Pick<SurveyDraft, "step" | "path" | "picks" | "other">;

/** The lowest and highest answer of a scale step, or null for other types. */
export const rangeOf = (step: SurveyStep): readonly [number, number] | null =>
  step.type === "nps"
    ? [0, 10]
    : step.type === "csat"
      ? [1, 5]
      : step.type === "ces"
        ? [1, 7]
        : step.type === "rating"
          ? [1, step.max]
          : null;

/** Characters as a person counts them (an emoji is one), after trimming. */
export const length = (text: string): number => [...text.trim()].length;

const fits = (text: string | undefined): text is string =>
  text !== undefined && length(text) > 0 && length(text) <= SURVEY_TEXT_ANSWER_MAX;

/**
 * The answer a step's pick makes, as the API takes it, or undefined while the step is not answered (nothing
 * picked, "Other" picked with its text empty or too long, text empty or too long).
 */
export function answerOf(
  step: SurveyStep,
  pick: SurveyPick | undefined,
  other?: string,
): SurveyAnswerValue | undefined {
  if (rangeOf(step)) return typeof pick === "number" ? pick : undefined;
  if (step.type === "single") {
    if (pick === OTHER && step.other) return fits(other) ? { other: other.trim() } : undefined;
    return typeof pick === "string" && step.choices.some((c) => c.id === pick) ? pick : undefined;
  }
  if (step.type === "multiple") {
    const known = Array.isArray(pick)
      ? pick.filter((id) => (id === OTHER ? step.other : step.choices.some((c) => c.id === id)))
      : [];
    if (known.length === 0 || (known.includes(OTHER) && !fits(other))) return undefined;
    return known.map((id) => (id === OTHER ? { other: other!.trim() } : id));
  }
  if (step.type === "text") return typeof pick === "string" && fits(pick) ? pick.trim() : undefined;
  return undefined;
}

export const stepById = (survey: SurveyPublic, id: string | null | undefined): SurveyStep | undefined =>
  survey.steps.find((s) => s.id === id);

/** The step shown: the draft's, or the first question when the draft has none (or names no question). */
export const currentStep = (survey: SurveyPublic, p: Progress): SurveyStep => {
  const step = stepById(survey, p.step);
  return step && step.type !== "thanks"
    ? step
    : (survey.steps.find((s) => s.type !== "thanks") ?? survey.steps[0]!);
};

/** Whether the person began to answer (picked or typed something), complete or not. */
export const started = (pick: SurveyPick | undefined): boolean =>
  Array.isArray(pick) ? pick.length > 0 : typeof pick === "string" ? pick.trim() !== "" : pick !== undefined;

/**
 * Whether the step holds the survey back: not answered and required, or begun and not complete (text too
 * long, "Other" without its text), which Skip must not drop silently.
 */
export const blocked = (step: SurveyStep, p: Progress): boolean =>
  answerOf(step, p.picks[step.id], p.other[step.id]) === undefined &&
  ((step.type !== "thanks" && step.required) || started(p.picks[step.id]));

const valueAt = (survey: SurveyPublic, p: Progress, id: string) => {
  const step = stepById(survey, id);
  return step ? answerOf(step, p.picks[id], p.other[id]) : undefined;
};

/** Where the survey goes from `step` with its answer as picked now (skip logic), or null at the end. */
export const after = (survey: SurveyPublic, p: Progress, step: SurveyStep): string | null =>
  // nextStep reads only `steps`, which a public survey has as the definition does.
  nextStep(survey as unknown as SurveyDefinition, step.id, valueAt(survey, p, step.id));

/** Whether moving on from `step` completes the response: the end, or a thank-you step, comes next. */
export const completes = (survey: SurveyPublic, p: Progress, step: SurveyStep): boolean => {
  const to = after(survey, p, step);
  return to === null || stepById(survey, to)?.type === "thanks";
};

/** The answers on the path taken up to and including `step`, in order, leaving out skipped steps. */
export function answersUpTo(survey: SurveyPublic, p: Progress, step: SurveyStep): SurveyAnswer[] {
  const ids = [...p.path.filter((id) => id !== step.id), step.id];
  return ids.flatMap((stepId) => {
    const value = valueAt(survey, p, stepId);
    return value === undefined ? [] : [{ stepId, value }];
  });
}

/**
 * "Question `index` of `total`": the steps behind plus this one, and the questions still ahead on the way
 * the answers picked so far lead (following the order where a step is not answered yet), up to the end or
 * a thank-you step.
 */
export function progress(survey: SurveyPublic, p: Progress): { index: number; total: number } {
  const step = currentStep(survey, p);
  const index = p.path.length + 1;
  let total = index;
  const seen = new Set([step.id]);
  for (let id = after(survey, p, step); id && !seen.has(id); ) {
    const next = stepById(survey, id);
    if (!next || next.type === "thanks") break;
    seen.add(id);
    total++;
    id = after(survey, p, next);
  }
  return { index, total };
}

/** The draft after moving on from the current step to `to`. */
export const forward = (p: Progress, from: string, to: string): Pick<SurveyDraft, "path" | "step"> => ({
  path: [...p.path, from],
  step: to,
});

/** The draft after "Back": the step before, its pick still there. */
export const backward = (p: Progress): Pick<SurveyDraft, "path" | "step"> => ({
  path: p.path.slice(0, -1),
  step: p.path.at(-1) ?? "",
});

/**
 * The thank-you link as an absolute `http:`/`https:` URL (a path such as `/feedback` resolves against the
 * page), or null for anything else (`javascript:`, `data:`…), whatever the schema let through.
 */
export function safeUrl(url: string | undefined, base = globalThis.location?.href): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, base);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch {
    return null;
  }
}
