import type { SkipWhen, SurveyAnswerValue, SurveyDefinition } from "@corner/contracts";

const isOther = (x: unknown): x is { other: string } =>
  typeof x === "object" && x !== null && !Array.isArray(x) && "other" in x;

/** The choice ids an answer picked (`other` for the free "other" option). */
const picked = (value: unknown): string[] => {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => (typeof item === "string" ? [item] : isOther(item) ? ["other"] : []));
};

/** Whether a skip condition holds for this answer; `undefined` means the step was skipped. */
export const skipApplies = (when: SkipWhen | undefined, value: unknown): boolean => {
  if (!when) return true;
  if (when.lte !== undefined || when.gte !== undefined || when.eq !== undefined) {
    if (typeof value !== "number") return false;
    if (when.lte !== undefined && !(value <= when.lte)) return false;
    if (when.gte !== undefined && !(value >= when.gte)) return false;
    if (when.eq !== undefined && value !== when.eq) return false;
  }
  if (when.in !== undefined) {
    const wanted = new Set(when.in);
    if (!picked(value).some((id) => wanted.has(id))) return false;
  }
  if (when.answered !== undefined) {
    const answered = typeof value === "string" ? value.trim() !== "" : value !== undefined;
    if (answered !== when.answered) return false;
  }
  return true;
};

/**
 * Where the survey goes after `stepId` was answered with `value` (or skipped: `undefined`): the first skip
 * rule of the step that applies, otherwise the following step. `null` at the end of the survey: after the
 * last step, after any thank-you step, and for a step id the survey does not have.
 */
export const nextStep = (
  definition: SurveyDefinition,
  stepId: string,
  value: SurveyAnswerValue | undefined,
): string | null => {
  const i = definition.steps.findIndex((s) => s.id === stepId);
  const step = definition.steps[i];
  // A thank-you step ends the survey even when more steps follow it (reached only by skip rules).
  if (!step || step.type === "thanks") return null;
  const rule = step.skip.find((r) => skipApplies(r.when, value));
  return rule ? rule.goto : (definition.steps[i + 1]?.id ?? null);
};
