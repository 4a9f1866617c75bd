import * as v from "valibot";
import { Id, IsoDate, Text } from "./common.ts";
import {
  SURVEY_CHOICES_MAX,
  SURVEY_DISMISS_DAYS,
  SURVEY_QUESTION_MAX,
  SURVEY_STEPS_MAX,
  SURVEY_TEXT_ANSWER_MAX,
} from "./limits.ts";

export {
  SURVEY_CHOICES_MAX,
  SURVEY_DISMISS_DAYS,
  SURVEY_QUESTION_MAX,
  SURVEY_STEPS_MAX,
  SURVEY_TEXT_ANSWER_MAX,
};

/** A survey, step or choice id chosen by staff: 1–40 letters, digits, `_` or `-`. */
export const SurveyKey = v.pipe(
  v.string("must be a string"),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, "must be 1–40 letters, digits, _ or -"),
);

const Whole = (min: number, max: number) =>
  v.pipe(
    v.number("must be a number"),
    v.integer("must be a whole number"),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );

/**
 * The thank-you link: an `http:` or `https:` URL, or a path on the host site (`/feedback`, resolved against
 * the page). Anything else (`javascript:`, `data:`, `//other.example`) could run script or leave unnoticed.
 */
const WebUrl = v.pipe(
  v.string("must be a string"),
  v.check((s) => {
    if (s.startsWith("/")) return !s.startsWith("//") && !s.includes("\\");
    try {
      const { protocol } = new URL(s);
      return protocol === "http:" || protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an http or https URL, or a path starting with /"),
);

/**
 * When a skip rule applies, tested against the answer of its own step. Scales use `lte`, `gte`, `eq`
 * (all given must hold); choices use `in` (one of these choice ids was picked; `other` for the free
 * "other" option); free text uses `answered`. A rule without `when` always applies.
 */
export const SkipWhen = v.strictObject({
  lte: v.optional(v.pipe(v.number("must be a number"), v.integer("must be a whole number"))),
  gte: v.optional(v.pipe(v.number("must be a number"), v.integer("must be a whole number"))),
  eq: v.optional(v.pipe(v.number("must be a number"), v.integer("must be a whole number"))),
  in: v.optional(v.pipe(v.array(SurveyKey), v.minLength(1, "must name at least one choice"))),
  answered: v.optional(v.boolean("must be true or false")),
});
export type SkipWhen = v.InferOutput<typeof SkipWhen>;

/** Rules are tried in order; the first that applies wins; with none, the next step follows. */
export const SkipRule = v.strictObject({ when: v.optional(SkipWhen), goto: SurveyKey });
export type SkipRule = v.InferOutput<typeof SkipRule>;

const stepBase = {
  id: SurveyKey,
  question: Text(1, SURVEY_QUESTION_MAX, "question"),
  /** A required step cannot be skipped with "next" (the widget offers no skip button). */
  required: v.optional(v.boolean(), false),
  skip: v.optional(v.pipe(v.array(SkipRule), v.maxLength(10, "at most 10 rules")), []),
};
const ScaleLabels = {
  /** Words under the two ends of the scale ("Not likely", "Very likely"); the widget has defaults. */
  lowLabel: v.optional(Text(1, 60, "lowLabel")),
  highLabel: v.optional(Text(1, 60, "highLabel")),
};

export const Choice = v.strictObject({ id: SurveyKey, label: Text(1, 120, "label") });
export type Choice = v.InferOutput<typeof Choice>;
const choices = {
  choices: v.pipe(v.array(Choice), v.maxLength(SURVEY_CHOICES_MAX, `at most ${SURVEY_CHOICES_MAX} choices`)),
  /** Adds an "Other" option with a text field; its answer is `{ other: "…" }`. */
  other: v.optional(v.boolean(), false),
};

export const SurveyStep = v.variant(
  "type",
  [
    /** Net Promoter Score: 0–10. */
    v.strictObject({ type: v.literal("nps"), ...stepBase, ...ScaleLabels }),
    /** Customer satisfaction: 1–5, shown as faces or stars. */
    v.strictObject({
      type: v.literal("csat"),
      ...stepBase,
      ...ScaleLabels,
      style: v.optional(v.picklist(["faces", "stars"], "must be faces or stars"), "faces"),
    }),
    /** Customer effort score: 1–7. */
    v.strictObject({ type: v.literal("ces"), ...stepBase, ...ScaleLabels }),
    /** A rating from 1 to `max` (2–10, default 5). */
    v.strictObject({
      type: v.literal("rating"),
      ...stepBase,
      ...ScaleLabels,
      max: v.optional(Whole(2, 10), 5),
    }),
    v.strictObject({ type: v.literal("single"), ...stepBase, ...choices }),
    v.strictObject({ type: v.literal("multiple"), ...stepBase, ...choices }),
    v.strictObject({
      type: v.literal("text"),
      ...stepBase,
      placeholder: v.optional(Text(1, 120, "placeholder")),
    }),
    /** The closing step: no answer, an optional link (http/https only). */
    v.strictObject({
      type: v.literal("thanks"),
      id: SurveyKey,
      question: Text(1, SURVEY_QUESTION_MAX, "question"),
      link: v.optional(v.strictObject({ url: WebUrl, label: Text(1, 60, "label") })),
    }),
  ],
  "must be nps, csat, ces, rating, single, multiple, text or thanks",
);
export type SurveyStep = v.InferOutput<typeof SurveyStep>;
export type SurveyStepType = SurveyStep["type"];

/** The lowest and highest answer of a scale step, or null for other types. */
export const scaleRange = (step: SurveyStep): readonly [number, number] | null => {
  switch (step.type) {
    case "nps":
      return [0, 10];
    case "csat":
      return [1, 5];
    case "ces":
      return [1, 7];
    case "rating":
      return [1, step.max];
    default:
      return null;
  }
};

/**
 * URL patterns match the page's path plus query (`/products/shoe-1?ref=mail`), never its host: `*` matches
 * within one path segment, `**` across segments (`/products/**`), everything else literally. A pattern
 * without `?` ignores the query; one with `?` matches path and query together.
 */
export const UrlPattern = v.pipe(
  v.string("must be a string"),
  v.regex(/^\//, "must start with /"),
  v.maxLength(200, "must be at most 200 characters"),
);

const AttributeValue = v.union([v.string(), v.number(), v.boolean()], "must be a string, number or boolean");
/** Matches what the host passed to `Corner.identify({ … })`. */
export const AttributeRule = v.union(
  [
    v.strictObject({ key: SurveyKey, equals: AttributeValue }),
    v.strictObject({
      key: SurveyKey,
      in: v.pipe(v.array(AttributeValue), v.minLength(1, "must list at least one value")),
    }),
  ],
  "must be { key, equals } or { key, in }",
);
export type AttributeRule = v.InferOutput<typeof AttributeRule>;

/** Who may see the survey. Every rule given must hold; an empty list means "anyone". */
export const SurveyTargeting = v.strictObject({
  urls: v.optional(
    v.strictObject({
      include: v.optional(v.pipe(v.array(UrlPattern), v.maxLength(50, "at most 50 patterns")), []),
      exclude: v.optional(v.pipe(v.array(UrlPattern), v.maxLength(50, "at most 50 patterns")), []),
    }),
    {},
  ),
  device: v.optional(v.picklist(["desktop", "mobile", "any"], "must be desktop, mobile or any"), "any"),
  signedIn: v.optional(v.picklist(["any", "yes", "no"], "must be any, yes or no"), "any"),
  /** Language prefixes: `de` matches `de` and `de-CH`. */
  languages: v.optional(
    v.array(v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, "must be a language tag"))),
    [],
  ),
  attributes: v.optional(v.array(AttributeRule), []),
  /** Percentage of visitors who may see it, stable per visitor. */
  sampling: v.optional(
    v.pipe(
      v.number("must be a number"),
      v.minValue(0, "must be at least 0"),
      v.maxValue(100, "must be at most 100"),
    ),
    100,
  ),
  startsAt: v.optional(IsoDate),
  endsAt: v.optional(IsoDate),
});
export type SurveyTargeting = v.InferOutput<typeof SurveyTargeting>;

/** What makes the loader show a triggered survey (an inline `<corner-survey>` needs none). */
export const SurveyTrigger = v.variant(
  "type",
  [
    v.strictObject({ type: v.literal("pageview") }),
    v.strictObject({ type: v.literal("delay"), ms: Whole(0, 600_000) }),
    v.strictObject({ type: v.literal("scroll"), percent: Whole(1, 100) }),
    /** Desktop only: the pointer leaves through the top of the window. */
    v.strictObject({ type: v.literal("exit") }),
    v.strictObject({
      type: v.literal("click"),
      selector: v.pipe(v.string(), v.minLength(1, "must not be empty"), v.maxLength(200)),
    }),
    /** A `Corner.track(name)` call from the host. */
    v.strictObject({
      type: v.literal("event"),
      name: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.:-]{1,64}$/, "must be 1–64 letters, digits or _ . : -")),
    }),
  ],
  "must be pageview, delay, scroll, exit, click or event",
);
export type SurveyTrigger = v.InferOutput<typeof SurveyTrigger>;

/** Once answered a survey never comes back; once dismissed, not for `dismissDays`. */
export const SurveyFrequency = v.strictObject({
  dismissDays: v.optional(Whole(0, 3650), SURVEY_DISMISS_DAYS),
});

/**
 * How a survey is shown: by the loader when its trigger fires, as a card sliding in at the corner
 * (`slide-in`) or a centred `popover`; or only where the page places `<corner-survey survey>` (`inline`:
 * never triggered, never in `eligible`).
 */
export const SurveyDisplay = v.picklist(
  ["slide-in", "popover", "inline"],
  "must be slide-in, popover or inline",
);
export type SurveyDisplay = v.InferOutput<typeof SurveyDisplay>;

export const SurveyStatus = v.picklist(
  ["draft", "active", "paused", "ended"],
  "must be draft, active, paused or ended",
);
export type SurveyStatus = v.InferOutput<typeof SurveyStatus>;

type PathItem = v.IssuePathItem;
const key = (input: unknown, k: string | number): PathItem => {
  const rec = input as Record<string | number, unknown>;
  return Array.isArray(input)
    ? { type: "array", origin: "value", input: input as unknown[], key: k as number, value: rec[k] }
    : {
        type: "object",
        origin: "value",
        input: rec as Record<string, unknown>,
        key: k as string,
        value: rec[k],
      };
};
/** The path items from `root` down through `keys`, for `addIssue({ path })`. */
const pathOf = (root: unknown, ...keys: (string | number)[]): [PathItem, ...PathItem[]] => {
  const items: PathItem[] = [];
  let at = root;
  for (const k of keys) {
    const item = key(at, k);
    items.push(item);
    at = item.value;
  }
  return items as [PathItem, ...PathItem[]];
};

/** Why `when` does not fit `step`, or null. */
const whenProblem = (step: SurveyStep, when: SkipWhen): { field: keyof SkipWhen; message: string } | null => {
  const range = scaleRange(step);
  const given = (Object.keys(when) as (keyof SkipWhen)[]).filter((k) => when[k] !== undefined);
  if (given.length === 0) return { field: "answered", message: "must give a condition (or leave out when)" };
  for (const field of given) {
    if (field === "lte" || field === "gte" || field === "eq") {
      if (!range) return { field, message: `does not apply to a ${step.type} step` };
      const n = when[field] as number;
      if (n < range[0] || n > range[1]) {
        return { field, message: `must be from ${range[0]} to ${range[1]} for a ${step.type} step` };
      }
    } else if (field === "in") {
      if (step.type !== "single" && step.type !== "multiple") {
        return { field, message: `does not apply to a ${step.type} step` };
      }
      const ids = new Set(step.choices.map((c) => c.id));
      if (step.other) ids.add("other");
      const unknown = when.in?.find((id) => !ids.has(id));
      if (unknown !== undefined) return { field, message: `names no choice of this step: ${unknown}` };
    } else if (step.type !== "text") {
      return { field, message: `does not apply to a ${step.type} step` };
    }
  }
  return null;
};

/** `POST /v1/admin/sites/{site}/surveys`: a whole survey, checked across fields with error paths. */
export const SurveyDefinition = v.pipe(
  v.strictObject({
    id: SurveyKey,
    name: Text(1, 120, "name"),
    status: v.optional(SurveyStatus, "draft"),
    /** Higher first when several surveys are eligible at once; ties keep the order they were given. */
    priority: v.optional(Whole(-1000, 1000), 0),
    steps: v.pipe(
      v.array(SurveyStep),
      v.minLength(1, "must have at least one step"),
      v.maxLength(SURVEY_STEPS_MAX, `at most ${SURVEY_STEPS_MAX} steps`),
    ),
    targeting: v.optional(SurveyTargeting, {}),
    trigger: v.optional(SurveyTrigger, { type: "pageview" }),
    frequency: v.optional(SurveyFrequency, {}),
    display: v.optional(SurveyDisplay, "slide-in"),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const survey = dataset.value;
    const { steps } = survey;
    const index = new Map<string, number>();
    steps.forEach((step, i) => {
      if (index.has(step.id)) {
        addIssue({
          message: `duplicates the id of step ${index.get(step.id)}`,
          path: pathOf(survey, "steps", i, "id"),
        });
      } else index.set(step.id, i);
    });
    steps.forEach((step, i) => {
      if ((step.type === "single" || step.type === "multiple") && step.choices.length === 0) {
        addIssue({ message: "must have at least one choice", path: pathOf(survey, "steps", i, "choices") });
      }
      if (step.type === "single" || step.type === "multiple") {
        const seen = new Set<string>();
        step.choices.forEach((c, j) => {
          if (seen.has(c.id) || (step.other && c.id === "other")) {
            addIssue({
              message: "duplicates another choice id",
              path: pathOf(survey, "steps", i, "choices", j, "id"),
            });
          }
          seen.add(c.id);
        });
      }
      if (step.type === "thanks") return;
      step.skip.forEach((rule, r) => {
        const target = index.get(rule.goto);
        if (target === undefined) {
          addIssue({
            message: `names no step: ${rule.goto}`,
            path: pathOf(survey, "steps", i, "skip", r, "goto"),
          });
        } else if (target <= i) {
          addIssue({
            message: "must go to a later step",
            path: pathOf(survey, "steps", i, "skip", r, "goto"),
          });
        }
        if (rule.when) {
          const problem = whenProblem(step, rule.when);
          if (problem) {
            const where = rule.when[problem.field] === undefined ? [] : [problem.field];
            addIssue({
              message: problem.message,
              path: pathOf(survey, "steps", i, "skip", r, "when", ...where),
            });
          }
        }
      });
    });
    const { startsAt, endsAt } = survey.targeting;
    if (startsAt && endsAt && Date.parse(endsAt) <= Date.parse(startsAt)) {
      addIssue({ message: "must be after startsAt", path: pathOf(survey, "targeting", "endsAt") });
    }
  }),
);
export type SurveyDefinition = v.InferOutput<typeof SurveyDefinition>;
export type SurveyDefinitionInput = v.InferInput<typeof SurveyDefinition>;

/** An answer value: a number (scales), a choice id or `{ other }` (single), a list of those (multiple), text. */
const OtherAnswer = v.strictObject({ other: v.string("must be a string") });
export const SurveyAnswerValue = v.union(
  [
    v.number(),
    v.string(),
    OtherAnswer,
    v.pipe(v.array(v.union([v.string(), OtherAnswer])), v.maxLength(SURVEY_CHOICES_MAX + 1)),
  ],
  "must be a number, text, a choice or a list of choices",
);
export type SurveyAnswerValue = v.InferOutput<typeof SurveyAnswerValue>;

export const SurveyAnswer = v.strictObject({ stepId: SurveyKey, value: SurveyAnswerValue });
export type SurveyAnswer = v.InferOutput<typeof SurveyAnswer>;

/**
 * `POST /v1/sites/{site}/surveys/{id}/responses`: the answers so far. Sent after each step so a closed tab
 * still counts; `responseId` continues an earlier partial response, `complete` marks the last step.
 */
export const SurveyResponseCreate = v.strictObject({
  responseId: v.optional(Id),
  answers: v.pipe(
    v.array(SurveyAnswer),
    v.minLength(1, "must have at least one answer"),
    v.maxLength(SURVEY_STEPS_MAX, `at most ${SURVEY_STEPS_MAX} answers`),
  ),
  complete: v.optional(v.boolean(), false),
});
export type SurveyResponseCreate = v.InferInput<typeof SurveyResponseCreate>;

const isOther = (x: unknown): x is { other: string } =>
  typeof x === "object" &&
  x !== null &&
  !Array.isArray(x) &&
  typeof (x as { other?: unknown }).other === "string";

const otherProblem = (other: string): string | null => {
  const n = [...other.trim()].length;
  if (n === 0) return "other must not be empty";
  return n > SURVEY_TEXT_ANSWER_MAX ? `other must be at most ${SURVEY_TEXT_ANSWER_MAX} characters` : null;
};

/** Checks one answer against its step: an error message for the `value` field, or null when it fits. */
export const checkAnswer = (definition: SurveyDefinition, stepId: string, value: unknown): string | null => {
  const step = definition.steps.find((s) => s.id === stepId);
  if (!step) return `names no step of this survey: ${stepId}`;
  const range = scaleRange(step);
  if (range) {
    return typeof value === "number" && Number.isInteger(value) && value >= range[0] && value <= range[1]
      ? null
      : `must be a whole number from ${range[0]} to ${range[1]}`;
  }
  switch (step.type) {
    case "single": {
      if (isOther(value)) return step.other ? otherProblem(value.other) : "this step has no other option";
      return typeof value === "string" && step.choices.some((c) => c.id === value)
        ? null
        : "must be one of the step's choice ids";
    }
    case "multiple": {
      if (!Array.isArray(value) || value.length === 0) return "must be a non-empty list of choice ids";
      const seen = new Set<string>();
      let others = 0;
      for (const item of value) {
        if (isOther(item)) {
          if (!step.other) return "this step has no other option";
          const problem = otherProblem(item.other);
          if (problem) return problem;
          others++;
        } else if (typeof item !== "string" || !step.choices.some((c) => c.id === item)) {
          return "must list only the step's choice ids";
        } else if (seen.has(item)) return "must not list a choice twice";
        else seen.add(item);
      }
      return others > 1 ? "may have only one other answer" : null;
    }
    case "text": {
      if (typeof value !== "string") return "must be text";
      const n = [...value.trim()].length;
      if (n === 0) return "must not be empty";
      return n > SURVEY_TEXT_ANSWER_MAX ? `must be at most ${SURVEY_TEXT_ANSWER_MAX} characters` : null;
    }
    default:
      return "a thank-you step takes no answer";
  }
};
