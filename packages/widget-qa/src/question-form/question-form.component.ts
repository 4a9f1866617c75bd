import { qaClient } from "@corner/client";
import type { Question, Session, SimilarQuestions } from "@corner/contracts";
import { QUESTION_DETAILS_MAX, QUESTION_TITLE_MAX } from "@corner/contracts/limits";
import {
  CornerElement,
  DraftController,
  emit,
  FormController,
  I18nController,
  logout,
  SignInController,
  SimilarController,
} from "@corner/core";
import { clientFor, type QuestionDraft, questionDraft, submitQuestion } from "@corner/state";
import { controls, fields, reset, tokens } from "@corner/theme";
import { html, nothing, type TemplateResult } from "lit";
import type { CornerQaEvents } from "../shared/events.ts";
import { catalog } from "./i18n/catalog.ts";
import { formStyles } from "./question-form.styles.ts";

type Similar = SimilarQuestions["items"][number];
const length = (s: string) => [...s].length;

/**
 * @summary The ask form used by `<corner-qa>` (loaded on first use): the question with a counter, optional
 * details, questions already asked that look similar while typing, and sign-in (guest or the host's own)
 * when posting: the question is sent as soon as the person is signed in. The draft is kept in
 * localStorage and cleared only when the server accepts the question. Escape or Cancel closes it.
 *
 * @event corner-question-submit - The server accepted the question. `detail` is `{ question }` (`question.status` is `pending` under pre-moderation).
 * @event corner-question-open - The person opened a similar question. `detail` is `{ id }`.
 * @event corner-question-form-close - The person closed the form (Cancel, Close or Escape).
 * @event corner-login-required - The person asked to sign in with the host's account. `detail` is `{ reason: "question", site }`.
 * @event corner-login - Someone continued as a guest. `detail` is `{ site, user }`.
 *
 * @csspart form-base - The form.
 * @csspart field - Each labelled field.
 * @csspart similar - The list of similar questions.
 * @csspart similar-link - A similar question: a link that opens it in the list.
 * @csspart submit-button - The submit button.
 * @csspart sign-in - The sign-in panel shown when posting while signed out.
 */
export class CornerQuestionForm extends CornerElement {
  static override properties = {
    ...CornerElement.properties,
    subject: { type: String },
    headingLevel: { type: Number, attribute: "heading-level" },
    signingIn: { state: true },
  };
  static override styles = [tokens, reset, controls, fields, formStyles];

  /** The id of what the question is about, e.g. a product's SKU. */
  declare subject: string | undefined;
  /** The level of the form's heading (default 3, under the list's h2). */
  declare headingLevel: number;
  /** Posting waits for a sign-in: `prompt` (never signed in) or `expired` (the server refused the session). */
  declare private signingIn: "" | "prompt" | "expired";

  private i18n = new I18nController(this, catalog);
  private form = new FormController<Question>(this, () => this.i18n.m);
  private draft = new DraftController(this, questionDraft, { title: "", details: "" });
  private signIn = new SignInController(this, "question", () => this.i18n.m);
  private similar = new SimilarController<Similar>(
    this,
    () => this.draft.value.title,
    (config, q, signal) =>
      this.subject ? qaClient(clientFor(config)).similarQuestions(this.subject, q, { signal }) : null,
  );
  /** Focus goes to the sign-in panel: its guest name field, which may arrive a moment after the panel. */
  private focusSignIn = false;
  /** What had focus when the sign-in panel was asked for. */
  private focusFrom: Element | null = null;

  constructor() {
    super();
    this.headingLevel = 3;
    this.signingIn = "";
  }

  override focus(options?: FocusOptions): void {
    this.form.focus("#title", options);
  }

  protected override willUpdate(): void {
    const config = this.config;
    if (config && this.subject && this.draft.bind(config.site, this.subject) && this.draft.value.title.trim())
      this.similar.find();
  }

  protected override updated(): void {
    if (!this.focusSignIn) return;
    const panel = this.renderRoot.querySelector<HTMLElement>("[part=sign-in]");
    const name = panel?.querySelector<HTMLElement>("input");
    const active = this.shadowRoot?.activeElement;
    // Where the person was when they sent it (the submit button, or a field they pressed Enter in): focus
    // moves into the panel unless they have gone elsewhere since.
    const stayed = !active || active === this.focusFrom || active.matches("[part=submit-button]");
    if (!panel) this.focusSignIn = false;
    else if (name) {
      if (stayed || panel.contains(active)) name.focus();
      this.focusSignIn = false;
    } else if (stayed) panel.querySelector<HTMLElement>("button")?.focus();
  }

  private set(field: keyof QuestionDraft, value: string) {
    this.draft.set(field, value);
    this.form.edited(field);
    if (field === "title") this.similar.find();
  }

  private validate(): Record<string, string> {
    const { m, fmt } = this.i18n;
    const d = this.draft.value;
    const title = d.title.trim();
    const errors: Record<string, string> = {};
    if (!title) errors.title = m.titleRequired;
    else if (length(title) > QUESTION_TITLE_MAX) errors.title = m.titleTooLong(fmt, QUESTION_TITLE_MAX);
    if (length(d.details.trim()) > QUESTION_DETAILS_MAX)
      errors.details = m.detailsTooLong(fmt, QUESTION_DETAILS_MAX);
    return errors;
  }

  private async onSubmit(e: SubmitEvent) {
    e.preventDefault();
    if (!this.form.sending && (await this.form.check(this.validate()))) await this.submit();
  }

  private async submit() {
    const config = this.config;
    if (!config || !this.subject) return;
    const subject = this.subject;
    const hadSession = !!this.signIn.session;
    const from = this.shadowRoot?.activeElement ?? null;
    const out = await this.form.send(() => submitQuestion(config, subject));
    if (out.kind === "ok") {
      this.form.accept(out.question);
      this.similar.clear();
      this.signingIn = "";
      emit<CornerQaEvents, "corner-question-submit">(this, "corner-question-submit", {
        question: out.question,
      });
    } else if (out.kind === "login-required") {
      // Sent as soon as someone is signed in (here as a guest, or by the host page).
      this.signingIn = hadSession ? "expired" : "prompt";
      this.signIn.afterSignIn(() => {
        this.signingIn = "";
        void this.submit();
      });
      this.focusSignIn = true;
      this.focusFrom = from;
    }
  }

  /** A similar question opens in the list (the draft stays), so the person may find the answer there. */
  private openSimilar(e: MouseEvent, id: string) {
    if (e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    emit<CornerQaEvents, "corner-question-open">(this, "corner-question-open", { id });
  }

  private close() {
    this.dispatchEvent(new CustomEvent("corner-question-form-close", { bubbles: true, composed: true }));
  }

  private onKeydown(e: KeyboardEvent) {
    if (e.key !== "Escape" || e.defaultPrevented) return;
    e.preventDefault();
    this.close();
  }

  protected override render() {
    const { m } = this.i18n;
    const { result, errors: e, message, sending } = this.form;
    if (result) {
      const pending = result.status === "pending";
      return html`<div part="form-base" class="form done" tabindex="-1" role="status" @keydown=${this.onKeydown}>
        <p class=${pending ? "pending" : "success"}>${pending ? m.pending : m.published}</p>
        <button class="btn" @click=${this.close}>${m.close}</button>
      </div>`;
    }
    const d = this.draft.value;
    if (!this.draft.draft) return nothing;
    const session = this.signIn.session;
    return html`<div part="form-base" class="form" @keydown=${this.onKeydown}>
      <form novalidate @submit=${this.onSubmit} aria-labelledby="form-heading">
        <h3 id="form-heading" aria-level=${this.headingLevel}>${m.heading}</h3>
        <p class="muted">${m.hint}</p>
        ${message ? html`<p class="message" role="alert">${message}</p>` : nothing}
        ${this.field("title", m.title, d.title, QUESTION_TITLE_MAX, e.title)}
        ${this.similarList()}
        ${this.field("details", m.details, d.details, QUESTION_DETAILS_MAX, e.details)}
        ${this.submitRow(session, sending)}
      </form>
      ${
        this.signingIn && !session
          ? this.signIn.render(this.signingIn === "expired" ? m.expired : m.signInPrompt)
          : nothing
      }
    </div>`;
  }

  private field(id: keyof QuestionDraft, label: string, value: string, max: number, error?: string) {
    const { m, fmt } = this.i18n;
    const count = length(value);
    const described = error ? `${id}-count ${id}-error` : `${id}-count`;
    const input = (ev: Event) => this.set(id, (ev.target as HTMLInputElement).value);
    return html`<div part="field" class="field">
      <label for=${id}>${label}</label>
      ${
        id === "title"
          ? html`<input id="title" type="text" autocomplete="off" .value=${value}
              aria-invalid=${error ? "true" : "false"} aria-describedby=${described} @input=${input} />`
          : html`<textarea id=${id} rows="4" .value=${value} aria-invalid=${error ? "true" : "false"}
              aria-describedby=${described} @input=${input}></textarea>`
      }
      <span id=${`${id}-count`} class=${count > max ? "counter over" : "counter"}
        aria-label=${m.countLabel(fmt, count, max)}>${m.count(fmt, count, max)}</span>
      ${error ? html`<p class="error-text" id=${`${id}-error`}>${error}</p>` : nothing}
    </div>`;
  }

  private similarList(): TemplateResult | typeof nothing {
    const { m, fmt } = this.i18n;
    if (!this.similar.items.length) return nothing;
    return html`<div part="similar" class="similar" role="status">
      <p class="muted" id="similar-label">${m.similar}</p>
      <ul aria-labelledby="similar-label">${this.similar.items.map(
        (s) => html`<li><a part="similar-link" class="similar-title" href=${`#question-${s.id}`}
            @click=${(ev: MouseEvent) => this.openSimilar(ev, s.id)}>${s.title}</a>
          <span class="muted">${s.answerCount ? m.answers(fmt, s.answerCount) : m.noAnswers}</span></li>`,
      )}</ul>
    </div>`;
  }

  private submitRow(session: Session | null, sending: boolean): TemplateResult {
    const { m } = this.i18n;
    return html`<div class="row">
      <button part="submit-button" class="btn btn-primary" type="submit" ?disabled=${sending}>
        ${sending ? m.sending : m.submit}
      </button>
      <button class="btn btn-link" type="button" @click=${this.close}>${m.cancel}</button>
      ${
        session
          ? html`<span class="spacer"></span>
            <span class="muted">${m.postingAs(session.user.name)}</span>
            <button class="btn btn-link" type="button" @click=${() => this.config && logout(this.config)}>${m.signOut}</button>`
          : nothing
      }
    </div>`;
  }
}
