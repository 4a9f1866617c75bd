// One template per kind of answering step. Scales and choices are native radio buttons (checkboxes for a
// multiple choice) in a <fieldset> whose <legend> is the question: the browser gives them one tab stop,
// arrow keys and accessible names for free.
import type { SurveyStep } from "@corner/contracts";
import { SURVEY_TEXT_ANSWER_MAX } from "@corner/contracts/limits";
import type { Fmt } from "@corner/core";
import type { SurveyPick } from "@corner/state";
import { html, nothing, type TemplateResult } from "lit";
import { length, OTHER, rangeOf } from "../shared/flow.ts";
import type { SurveyMessages } from "./i18n/en.ts";
import { face, star } from "./icons.ts";

export interface StepView {
  m: SurveyMessages;
  fmt: Fmt;
  pick: SurveyPick | undefined;
  other: string;
  onPick(pick: SurveyPick): void;
  /** Turns one option of a multiple choice on or off (from the pick as it is when the event comes). */
  onToggle(id: string, on: boolean): void;
  onOther(text: string): void;
}

type Scale = Extract<SurveyStep, { type: "nps" | "csat" | "ces" | "rating" }>;
type Choices = Extract<SurveyStep, { type: "single" | "multiple" }>;

const optional = (step: Scale | Choices | Extract<SurveyStep, { type: "text" }>, m: SurveyMessages) =>
  step.required ? nothing : html` <span class="optional">(${m.optional})</span>`;

const legend = (step: Scale | Choices, m: SurveyMessages) =>
  html`<legend part="legend" class="legend">${step.question}${optional(step, m)}</legend>`;

/** The words under the two ends of a scale: the step's own, else the defaults of its type. */
function ends(step: Scale, m: SurveyMessages): [string, string] | null {
  const faces = step.type === "csat" && step.style !== "stars";
  const low =
    step.lowLabel ??
    (step.type === "nps"
      ? m.npsLow
      : step.type === "ces"
        ? m.cesLow
        : step.type === "csat" && !faces
          ? m.csat[0]
          : "");
  const high =
    step.highLabel ??
    (step.type === "nps"
      ? m.npsHigh
      : step.type === "ces"
        ? m.cesHigh
        : step.type === "csat" && !faces
          ? m.csat[4]
          : "");
  return low || high ? [low ?? "", high ?? ""] : null;
}

function scale(step: Scale, v: StepView): TemplateResult {
  const { m, fmt, pick } = v;
  const [lo, hi] = rangeOf(step)!;
  const kind = step.type === "csat" ? (step.style === "stars" ? "stars" : "faces") : "numbers";
  const words = ends(step, m);
  const values = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  const option = (n: number) => {
    // The visible part of the name (a number, or a face or star with a hidden name), and the end's words.
    const shown =
      kind === "faces"
        ? html`${face(n - 1)}<span class="visually-hidden">${m.csat[n - 1]}</span>`
        : kind === "stars"
          ? html`${star()}<span class="visually-hidden">${m.stars(fmt, n)}</span>`
          : fmt.number(n);
    const end = words && (n === lo ? words[0] : n === hi ? words[1] : "");
    const on = kind === "stars" && typeof pick === "number" && n <= pick;
    return html`<label part="option" class=${on ? "opt on" : "opt"}>
      <input type="radio" name=${step.id} .value=${String(n)} .checked=${pick === n} @change=${() => v.onPick(n)} />
      <span class="mark">${shown}</span>${end ? html`<span class="visually-hidden"> — ${end}</span>` : nothing}
    </label>`;
  };
  return html`<fieldset part="question" class="question">
    ${legend(step, m)}
    <div part="scale" class=${`scale ${kind}`}>${values.map(option)}</div>
    ${words ? html`<div part="ends" class="ends" aria-hidden="true"><span>${words[0]}</span><span>${words[1]}</span></div>` : nothing}
  </fieldset>`;
}

function choices(step: Choices, v: StepView): TemplateResult {
  const { m, pick } = v;
  const multiple = step.type === "multiple";
  const list = Array.isArray(pick) ? pick : [];
  const picked = (id: string) => (multiple ? list.includes(id) : pick === id);
  const change = (id: string, on: boolean) => (multiple ? v.onToggle(id, on) : v.onPick(id));
  const options = step.other ? [...step.choices, { id: OTHER, label: m.other }] : step.choices;
  return html`<fieldset part="question" class="question">
    ${legend(step, m)}
    <div class="choices">
      ${options.map(
        (c) => html`<label part="choice" class="choice">
          <input type=${multiple ? "checkbox" : "radio"} name=${step.id} .value=${c.id} .checked=${picked(c.id)}
            @change=${(e: Event) => change(c.id, (e.target as HTMLInputElement).checked)} />
          <span>${c.label}</span>
        </label>`,
      )}
      ${
        step.other && picked(OTHER)
          ? html`<input part="other" class="other-text" type="text" aria-label=${m.otherText} .value=${v.other}
              aria-invalid=${length(v.other) > SURVEY_TEXT_ANSWER_MAX ? "true" : "false"}
              @input=${(e: Event) => v.onOther((e.target as HTMLInputElement).value)} />`
          : nothing
      }
    </div>
  </fieldset>`;
}

function text(step: Extract<SurveyStep, { type: "text" }>, v: StepView): TemplateResult {
  const { m, fmt } = v;
  const value = typeof v.pick === "string" ? v.pick : "";
  const n = length(value);
  const max = SURVEY_TEXT_ANSWER_MAX;
  return html`<div part="question" class="question">
    <label part="legend" class="legend" for="answer">${step.question}${optional(step, m)}</label>
    <textarea id="answer" part="text" rows="4" placeholder=${step.placeholder ?? nothing} .value=${value}
      aria-describedby="count" aria-invalid=${n > max ? "true" : "false"}
      @input=${(e: Event) => v.onPick((e.target as HTMLTextAreaElement).value)}></textarea>
    <span id="count" class=${n > max ? "counter over" : "counter"} aria-label=${m.countLabel(fmt, n, max)}
      >${m.count(fmt, n, max)}</span
    >
  </div>`;
}

/** The controls of an answering step (a thank-you step is rendered by the element). */
export function stepTemplate(step: SurveyStep, v: StepView): TemplateResult | typeof nothing {
  switch (step.type) {
    case "single":
    case "multiple":
      return choices(step, v);
    case "text":
      return text(step, v);
    case "thanks":
      return nothing;
    default:
      return scale(step, v);
  }
}
