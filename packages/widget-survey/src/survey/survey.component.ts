import { type CornerError, surveysClient } from "@corner/client";
import type { SurveyPublic, SurveyStep } from "@corner/contracts";
import { CornerElement, emit, I18nController, StoreController } from "@corner/core";
import {
  clientFor,
  type SurveyDraft,
  type SurveyDraftStore,
  type SurveyPick,
  surveyDraft,
  writeSurveyAnswers,
} from "@corner/state";
import { controls, reset, tokens } from "@corner/theme";
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import type { CornerSurveyEvents } from "../shared/events.ts";
import {
  after,
  answerOf,
  answersUpTo,
  backward,
  blocked,
  completes,
  currentStep,
  forward,
  progress,
  stepById,
} from "../shared/flow.ts";
import { answeredHere, remember } from "../shared/history.ts";
import { catalog } from "./i18n/catalog.ts";
import { cross } from "./icons.ts";
import { PromptController } from "./prompt-controller.ts";
import { stepTemplate } from "./steps.ts";
import { surveyStyles } from "./survey.styles.ts";
import { stateView, thanksView } from "./views.ts";

export type SurveyDisplayMode = "inline" | "slide-in" | "popover";
type Status = "idle" | "loading" | "missing" | "error" | "ready";
type View = "questions" | "finished" | "answered" | Status;

const EMPTY: SurveyDraft = { responseId: "", key: "", step: "", path: [], picks: {}, other: {} };
/**
 * @summary A feedback survey: NPS, CSAT (faces or stars), CES and rating scales, single and multiple choice
 * with "Other", free text and a thank-you step, one step at a time with skip logic. The answers so far are
 * sent after every step and kept in localStorage until the response is complete. Placed in the page
 * (`display="inline"`), or shown by the loader as a slide-in or popover card when a survey's trigger fires.
 *
 * @event corner-survey-show - The questions are on screen (once per element). `detail` is `{ surveyId }`.
 * @event corner-survey-response - The server accepted the answers so far. `detail` is `{ surveyId, responseId, complete, answers }`.
 * @event corner-survey-dismiss - A slide-in or popover was closed before completion (close button, Escape). `detail` is `{ surveyId }`.
 * @event corner-survey-close - A slide-in or popover asks to go (dismissed, thanks closed or timed out); the element hides itself. `detail` is `{ surveyId, complete }`.
 *
 * @csspart survey - The card.
 * @csspart progress - "Question 2 of 3".
 * @csspart close - The close button of a slide-in or popover.
 * @csspart question - A step's fieldset (its question and controls).
 * @csspart legend - The question.
 * @csspart scale - The values of a scale step.
 * @csspart option - One value of a scale (a radio button with its number, face or star).
 * @csspart ends - The words under the two ends of a scale.
 * @csspart choice - One option of a choice step.
 * @csspart other - The text field of the "Other" option.
 * @csspart text - The text area of a free-text step.
 * @csspart next - Next, Skip or Send.
 * @csspart back - Back to the previous step.
 * @csspart error - Why the answer could not be sent (with Retry), or why the survey could not load.
 * @csspart thanks - The thank-you step, or "you already answered".
 * @csspart thanks-link - The thank-you step's link.
 * @csspart notice - The survey is not available.
 *
 * @cssproperty --corner-survey-max-width - Maximum width of an inline survey.
 * @cssproperty --corner-survey-card-width - Width of the slide-in and popover card.
 */
export class CornerSurvey extends CornerElement {
  static override properties = {
    ...CornerElement.properties,
    survey: { type: String, reflect: true },
    definition: { attribute: false },
    display: { type: String, reflect: true },
    autoClose: { attribute: false },
    status: { state: true },
    failure: { state: true },
    sending: { state: true },
    finished: { state: true },
  };
  static override styles = [tokens, reset, controls, surveyStyles];

  /** The survey's id: fetched from `GET /v1/sites/{site}/surveys/{id}` unless `definition` is set. */
  declare survey: string | undefined;
  /** The survey itself (as `eligible` lists it); no request is made for it then. */
  declare definition: SurveyPublic | undefined;
  /** `inline` (in the page's flow), or a prompt card: `slide-in` or `popover` (with a close button). */
  declare display: SurveyDisplayMode;
  /** Milliseconds a prompt's thanks stays before it closes itself, unless hovered or focused (0: never). */
  declare autoClose: number;
  declare private status: Status;
  declare private failure: { message: string; retry: boolean } | null;
  declare private sending: boolean;
  /** Once complete: the thank-you step shown ("" for the default thanks). */
  declare private finished: string | null;

  private i18n = new I18nController(this, catalog);
  private draftState = new StoreController<SurveyDraft>(this);
  private draftStore: SurveyDraftStore | null = null;
  private loaded: SurveyPublic | undefined;
  private loadedFor = "";
  private abort: AbortController | null = null;
  private shown = false;
  private prompt = new PromptController(this, () => ({
    surveyId: this.current?.id,
    complete: this.finished !== null,
  }));

  constructor() {
    super();
    this.display = "inline";
    this.autoClose = 8000;
    this.status = "idle";
    this.failure = null;
    this.sending = false;
    this.finished = null;
  }

  /** The survey in progress (empty before binding). */
  private get d(): SurveyDraft {
    return this.draftState.value ?? EMPTY;
  }

  private get current(): SurveyPublic | undefined {
    return this.definition ?? this.loaded;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.loadedFor = "";
  }

  protected override willUpdate(): void {
    const config = this.config;
    const id = this.definition?.id ?? this.survey;
    if (config && id) {
      const store = surveyDraft(config.site, id);
      if (store !== this.draftStore) {
        this.draftStore = store;
        this.draftState.store = store.$draft;
      }
    }
    if (this.definition) this.status = "ready";
    else if (config && id && this.loadedFor !== `${config.api}|${config.site}|${id}`) {
      this.loadedFor = `${config.api}|${config.site}|${id}`;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const config = this.config;
    const id = this.survey;
    if (!config || !id) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.status = "loading";
    this.loaded = undefined;
    try {
      this.loaded = await surveysClient(clientFor(config)).getSurvey(id, { signal: abort.signal });
      this.status = "ready";
    } catch (e) {
      if (!abort.signal.aborted) this.status = (e as CornerError).status === 404 ? "missing" : "error";
    }
  }

  /** What shows: the questions, or a state instead of them. */
  private get view(): View {
    const survey = this.current;
    const config = this.config;
    if (this.finished !== null) return "finished";
    if (!survey || !config || this.status !== "ready") return this.status;
    if (!survey.steps.some((s) => s.type !== "thanks")) return "missing";
    return answeredHere(config.site, survey.id) ? "answered" : "questions";
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const survey = this.current;
    const config = this.config;
    if (this.shown || !survey || !config || this.view !== "questions") return;
    this.shown = true;
    this.prompt.opened(survey.id, () => this.focusStep());
    emit<CornerSurveyEvents, "corner-survey-show">(this, "corner-survey-show", { surveyId: survey.id });
  }

  /**
   * Closes a slide-in or popover: before the response is complete that is a dismissal (remembered in this
   * browser, reported, `corner-survey-dismiss`). Then `corner-survey-close`, and the element hides itself.
   */
  close(): void {
    this.prompt.close();
  }

  /** Moves focus, once rendered, to the thanks, else the step's picked or first control. */
  private focusStep(): void {
    void this.updateComplete.then(() => {
      const root = this.renderRoot;
      const target =
        root.querySelector<HTMLElement>(".thanks") ??
        root.querySelector<HTMLElement>(".question input:checked") ??
        root.querySelector<HTMLElement>(".question input, .question textarea");
      target?.focus();
    });
  }

  private pick(step: SurveyStep, pick: SurveyPick): void {
    this.draftStore?.update({ picks: { ...this.d.picks, [step.id]: pick } });
    this.failure = null;
    if (step.type === "single" && pick === "other") this.focusOther();
    if (step.type === "multiple" && Array.isArray(pick) && pick.at(-1) === "other") this.focusOther();
  }

  private focusOther(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(".other-text")?.focus());
  }

  /** Next, Skip or Send: writes the answers so far (when this step has one), then moves on or finishes. */
  private async next(): Promise<void> {
    const survey = this.current;
    const config = this.config;
    if (!survey || !config || this.sending) return;
    const d = this.d;
    const step = currentStep(survey, d);
    if (blocked(step, d)) return;
    const value = answerOf(step, d.picks[step.id], d.other[step.id]);
    const hadFocus = this.matches(":focus-within");
    const complete = completes(survey, d, step);
    const answers = answersUpTo(survey, d, step);
    if (value !== undefined || (complete && answers.length)) {
      this.sending = true;
      this.failure = null;
      const out = await writeSurveyAnswers(config, survey.id, answers, {
        complete,
        context: {
          url: (location.pathname + location.search).slice(0, 2048),
          language: (document.documentElement.lang || navigator.language || "").slice(0, 35) || undefined,
          device: matchMedia("(pointer: coarse)").matches ? "mobile" : "desktop",
        },
      });
      this.sending = false;
      if (out.kind === "failed" || out.kind === "invalid") {
        const { m } = this.i18n;
        this.failure =
          out.kind === "failed"
            ? { message: m.failed, retry: true }
            : { message: m.refused(out.message), retry: false };
        return;
      }
      if (out.kind === "ok") {
        emit<CornerSurveyEvents, "corner-survey-response">(this, "corner-survey-response", {
          surveyId: survey.id,
          responseId: out.result.responseId,
          complete,
          answers,
        });
      }
      if (complete) remember(config.site, survey.id, "answered");
    }
    const to = after(survey, d, step);
    if (complete) {
      this.draftStore?.clear();
      this.finished = stepById(survey, to)?.type === "thanks" ? to! : "";
      this.prompt.closeLater();
    } else {
      this.draftStore?.update(forward(d, step.id, to!));
    }
    if (hadFocus) this.focusStep();
  }

  private back(): void {
    this.draftStore?.update(backward(this.d));
    this.failure = null;
    this.focusStep();
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    void this.next();
  }

  /** Enter on a radio button or checkbox moves on, as it does in a text field. */
  private onKeydown(e: KeyboardEvent): void {
    const t = e.target as HTMLInputElement;
    if (e.key === "Enter" && (t.type === "radio" || t.type === "checkbox")) {
      e.preventDefault();
      void this.next();
    }
  }

  protected override render(): TemplateResult {
    const survey = this.current;
    const { m } = this.i18n;
    const view = this.view;
    const role = this.display === "popover" ? "dialog" : this.prompt.active ? "region" : nothing;
    return html`<section part="survey" class="survey" role=${role} aria-modal=${role === "dialog" ? "false" : nothing}
      aria-label=${survey?.name || nothing} aria-busy=${this.sending || view === "loading" ? "true" : "false"}>
      <div class="head">
        ${view === "questions" && survey ? this.progressText(survey) : html`<span class="progress"></span>`}
        ${
          this.prompt.active
            ? html`<button part="close" class="close" type="button" aria-label=${m.close} @click=${() => this.close()}>${cross()}</button>`
            : nothing
        }
      </div>
      <div class="body">${this.content(view, survey)}</div>
    </section>`;
  }

  private progressText(survey: SurveyPublic): TemplateResult {
    const { index, total } = progress(survey, this.d);
    return html`<p part="progress" class="progress">${this.i18n.m.progress(this.i18n.fmt, index, total)}</p>`;
  }

  private content(view: View, survey: SurveyPublic | undefined): TemplateResult {
    if (view === "questions") return this.questions(survey!);
    if (view === "finished") return thanksView(stepById(survey!, this.finished), this.i18n.m);
    return stateView(view === "ready" ? "loading" : view, this.i18n.m, () => this.load());
  }

  private questions(survey: SurveyPublic): TemplateResult {
    const { m, fmt } = this.i18n;
    const d = this.d;
    const step = currentStep(survey, d);
    const held = blocked(step, d);
    const answered = answerOf(step, d.picks[step.id], d.other[step.id]) !== undefined;
    const label = answered || held ? (completes(survey, d, step) ? m.send : m.next) : m.skip;
    const failure = this.failure;
    return html`<form class="step" novalidate @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      ${stepTemplate(step, {
        m,
        fmt,
        pick: d.picks[step.id],
        other: d.other[step.id] ?? "",
        onPick: (pick) => this.pick(step, pick),
        onToggle: (id, on) => {
          const now = this.d.picks[step.id];
          const list = Array.isArray(now) ? now.filter((x) => x !== id) : [];
          this.pick(step, on ? [...list, id] : list);
        },
        onOther: (text) => {
          this.draftStore?.update({ other: { ...this.d.other, [step.id]: text } });
          this.failure = null;
        },
      })}
      ${
        failure
          ? html`<div part="error" class="failure" role="alert">
              <p>${failure.message}</p>
              ${failure.retry ? html`<button class="btn" type="button" @click=${() => this.next()}>${m.retry}</button>` : nothing}
            </div>`
          : nothing
      }
      <div class="actions">
        ${d.path.length ? html`<button part="back" class="btn btn-link" type="button" @click=${this.back}>${m.back}</button>` : nothing}
        <span class="visually-hidden" role="status">${this.sending ? m.sending : ""}</span>
        <button part="next" class="btn btn-primary" type="submit" ?disabled=${held}>
          ${label}
        </button>
      </div>
    </form>`;
  }
}
