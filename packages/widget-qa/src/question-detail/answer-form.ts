import type { Answer } from "@corner/contracts";
import { ANSWER_BODY_MAX } from "@corner/contracts/limits";
import type { CornerElement, I18nController, SignInController } from "@corner/core";
import { answerDraft, type QuestionDetailStore } from "@corner/state";
import { html, nothing, type ReactiveController, type TemplateResult } from "lit";
import type { QuestionDetailMessages } from "./i18n/en.ts";

export interface AnswerFormOptions {
  store: () => QuestionDetailStore | null;
  i18n: I18nController<QuestionDetailMessages>;
  signIn: SignInController;
  /** The server accepted the answer. */
  posted: (answer: Answer) => void;
}

/**
 * The answer form at the bottom of a question: a textarea bound to the question's persisted answer draft,
 * a counter, and the sign-in panel when the person posts while signed out (or their session expired); the
 * answer is then sent once someone is signed in, and the text is kept through every failure.
 */
export class AnswerFormController implements ReactiveController {
  private sending = false;
  private error = "";
  /** The answer waits for a sign-in; `expired`: the session ran out on the way. */
  private signingIn: { expired: boolean } | null = null;

  constructor(
    private host: CornerElement & { question: string | undefined; headingLevel: number },
    private o: AnswerFormOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Forgets the form's state (another question is shown); the drafts stay. */
  reset(): void {
    this.sending = false;
    this.error = "";
    this.signingIn = null;
  }

  private set(p: { sending?: boolean; error?: string; signingIn?: { expired: boolean } | null }) {
    Object.assign(this, p);
    this.host.requestUpdate();
  }

  private get draft() {
    const config = this.host.config;
    const id = this.host.question;
    return config && id ? answerDraft(config.site, id) : null;
  }

  private field() {
    return this.host.renderRoot.querySelector<HTMLTextAreaElement>("#answer-body");
  }

  private async onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const { m, fmt } = this.o.i18n;
    const body = this.draft?.$draft.get().body.trim() ?? "";
    const error = !body
      ? m.bodyRequired
      : [...body].length > ANSWER_BODY_MAX
        ? m.bodyTooLong(fmt, ANSWER_BODY_MAX)
        : "";
    this.set({ error });
    if (!error) return this.send();
    await this.host.updateComplete;
    this.field()?.focus();
  }

  private async send() {
    const store = this.o.store();
    if (!store || this.sending) return;
    const hadSession = !!this.o.signIn.session;
    this.set({ sending: true, error: "" });
    const out = await store.addAnswer();
    this.set({ sending: false });
    const { m } = this.o.i18n;
    if (out.kind === "ok") this.o.posted(out.value);
    else if (out.kind === "login-required") {
      // Signed out, or the session expired: the text stays in the draft and is sent after sign-in.
      this.set({ signingIn: { expired: hadSession } });
      this.o.signIn.afterSignIn(() => {
        this.set({ signingIn: null });
        void this.send();
      });
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>("[part=sign-in] input, [part=sign-in] button")?.focus();
    } else {
      this.set({
        error: out.kind === "invalid" ? out.fields.body || out.error.detail || m.failed : m.failed,
      });
    }
  }

  render(): TemplateResult {
    const { m, fmt } = this.o.i18n;
    const body = this.draft?.$draft.get().body ?? "";
    const count = [...body].length;
    const session = this.o.signIn.session;
    const error = this.error;
    return html`<section part="answer-form" class="answer-form" aria-labelledby="answer-heading">
      <h4 id="answer-heading" aria-level=${this.host.headingLevel + 1}>${m.answerHeading}</h4>
      <form class="form" novalidate @submit=${(e: SubmitEvent) => this.onSubmit(e)}>
        <div class="field">
          <label for="answer-body">${m.yourAnswer}</label>
          <p class="muted" id="answer-hint">${m.answerHint}</p>
          <textarea id="answer-body" rows="4" .value=${body}
            aria-invalid=${error ? "true" : "false"}
            aria-describedby=${error ? "answer-hint answer-count answer-error" : "answer-hint answer-count"}
            @input=${(e: Event) => {
              this.draft?.set("body", (e.target as HTMLTextAreaElement).value);
              this.set({ error: "" });
            }}></textarea>
          <span id="answer-count" class=${count > ANSWER_BODY_MAX ? "counter over" : "counter"}
            ><span aria-hidden="true">${m.count(fmt, count, ANSWER_BODY_MAX)}</span
            ><span class="visually-hidden">${m.countLabel(fmt, count, ANSWER_BODY_MAX)}</span></span>
          ${error ? html`<p class="error-text" id="answer-error">${error}</p>` : nothing}
        </div>
        <div class="row">
          <button part="submit-button" class="btn btn-primary" type="submit" ?disabled=${this.sending}>
            ${this.sending ? m.posting : m.post}
          </button>
          ${session ? html`<span class="muted">${m.postingAs(session.user.name)}</span>` : nothing}
        </div>
      </form>
      ${
        this.signingIn && !session
          ? this.o.signIn.render(this.signingIn.expired ? m.expired : m.signInToAnswer)
          : nothing
      }
    </section>`;
  }
}
