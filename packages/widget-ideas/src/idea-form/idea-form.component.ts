import { ideasClient } from "@corner/client";
import type { Idea, Session, SimilarIdeas } from "@corner/contracts";
import { IDEA_TITLE_MAX } from "@corner/contracts/limits";
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
import { clientFor, type IdeaDraft, ideaDraft, submitIdea } from "@corner/state";
import { controls, fields, reset, tokens } from "@corner/theme";
import { html, nothing, type TemplateResult } from "lit";
import { boardOf } from "../shared/board.ts";
import type { CornerIdeasEvents } from "../shared/events.ts";
import { catalog } from "./i18n/catalog.ts";
import { formStyles } from "./idea-form.styles.ts";

type Similar = SimilarIdeas["items"][number];

/**
 * @summary The idea form used by `<corner-ideas>` (loaded on first use): title with counter, description,
 * category, similar ideas while typing, and sign-in (guest or the host's own). The draft is kept in
 * localStorage and cleared only when the server accepts the idea.
 *
 * @event corner-idea-submit - The server accepted the idea. `detail` is the idea.
 * @event corner-login-required - The person asked to sign in with the host's account. `detail` is `{ reason, site }`.
 * @event corner-idea-form-close - The person closed the form.
 * @event corner-idea-open - The person opened a similar idea. `detail` is `{ id }`.
 *
 * @csspart form-base - The form.
 * @csspart field - Each labelled field.
 * @csspart similar - The list of similar ideas.
 * @csspart similar-link - A similar idea: a link that opens it in the board.
 * @csspart submit-button - The submit button.
 * @csspart sign-in - The sign-in panel shown when signed out.
 */
export class CornerIdeaForm extends CornerElement {
  static override properties = {
    ...CornerElement.properties,
    board: { type: String },
    headingLevel: { type: Number, attribute: "heading-level" },
    expired: { state: true },
    categories: { state: true },
  };
  static override styles = [tokens, reset, controls, fields, formStyles];

  declare board: string | undefined;
  /** The level of the form's heading (default 3, under the board's h2; 2 in the compact dialog). */
  declare headingLevel: number;
  declare private expired: boolean;
  declare private categories: { id: string; name: string }[];

  private i18n = new I18nController(this, catalog);
  private form = new FormController<Idea>(this, () => this.i18n.m);
  private draft = new DraftController(this, ideaDraft, { title: "", description: "", category: "" });
  private signIn = new SignInController(this, "idea", () => this.i18n.m);
  private similar = new SimilarController<Similar>(
    this,
    () => this.draft.value.title,
    (config, q, signal) =>
      this.board ? ideasClient(clientFor(config)).similarIdeas(this.board, q, { signal }) : null,
  );

  constructor() {
    super();
    this.headingLevel = 3;
    this.expired = false;
    this.categories = [];
  }

  override focus(options?: FocusOptions): void {
    this.form.focus("#title", options);
  }

  protected override willUpdate(): void {
    const config = this.config;
    if (config && this.board && this.draft.bind(config.site, this.board)) {
      void boardOf(config, this.board).then((b) => {
        this.categories = b?.categories ?? [];
      });
      if (this.draft.value.title.trim()) this.similar.find();
    }
  }

  private set(field: keyof IdeaDraft, value: string) {
    this.draft.set(field, value);
    this.form.edited(field);
    if (field === "title") this.similar.find();
  }

  private validate(): Record<string, string> {
    const { m, fmt } = this.i18n;
    const title = this.draft.value.title.trim();
    if (!title) return { title: m.titleRequired };
    if ([...title].length > IDEA_TITLE_MAX) return { title: m.titleTooLong(fmt, IDEA_TITLE_MAX) };
    return {};
  }

  private async onSubmit(e: SubmitEvent) {
    e.preventDefault();
    if (await this.form.check(this.validate())) await this.submit();
  }

  private async submit() {
    const config = this.config;
    if (!config || !this.board) return;
    const board = this.board;
    const out = await this.form.send(() => submitIdea(config, board));
    if (out.kind === "ok") {
      this.form.accept(out.idea);
      this.similar.clear();
      emit<CornerIdeasEvents, "corner-idea-submit">(this, "corner-idea-submit", out.idea);
    } else if (out.kind === "login-required") {
      this.expired = true;
      this.form.say(this.i18n.m.expired);
      this.signIn.afterSignIn(() => {
        this.expired = false;
        void this.submit();
      });
    }
  }

  /** A similar idea opens in the board (the draft stays), so the person can vote for it instead. */
  private openSimilar(e: MouseEvent, id: string) {
    if (e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    emit<CornerIdeasEvents, "corner-idea-open">(this, "corner-idea-open", { id });
  }

  private close() {
    this.dispatchEvent(new CustomEvent("corner-idea-form-close", { bubbles: true, composed: true }));
  }

  protected override render() {
    const { m } = this.i18n;
    const { result, errors: e, message, sending } = this.form;
    if (result) {
      const pending = result.moderation === "pending";
      return html`<div part="form-base" class="form done" tabindex="-1" role="status">
        <p class=${pending ? "pending" : "success"}>${pending ? m.pending : m.published}</p>
        <button class="btn" @click=${this.close}>${m.close}</button>
      </div>`;
    }
    if (!this.draft.draft) return nothing;
    const d = this.draft.value;
    const { fmt } = this.i18n;
    const count = [...d.title].length;
    const signedIn = this.signIn.session;
    return html`<div part="form-base" class="form"><form novalidate @submit=${this.onSubmit} aria-labelledby="form-heading">
      <h3 id="form-heading" aria-level=${this.headingLevel}>${m.heading}</h3>
      ${message ? html`<p class="message" role="alert">${message}</p>` : nothing}
      <div part="field" class="field">
        <label for="title">${m.title}</label>
        <input id="title" type="text" autocomplete="off" .value=${d.title}
          aria-invalid=${e.title ? "true" : "false"}
          aria-describedby=${e.title ? "title-count title-error" : "title-count"}
          @input=${(ev: Event) => this.set("title", (ev.target as HTMLInputElement).value)} />
        <span id="title-count" class=${count > IDEA_TITLE_MAX ? "counter over" : "counter"}
          aria-label=${m.countLabel(fmt, count, IDEA_TITLE_MAX)}>${m.count(fmt, count, IDEA_TITLE_MAX)}</span>
        ${e.title ? html`<p class="error-text" id="title-error">${e.title}</p>` : nothing}
      </div>
      ${
        this.similar.items.length
          ? html`<div part="similar" class="similar" role="status">
              <p class="muted">${m.similar}</p>
              <ul>${this.similar.items.map(
                (s) => html`<li><a part="similar-link" class="similar-title" href=${`#idea-${s.id}`}
                    @click=${(ev: MouseEvent) => this.openSimilar(ev, s.id)}>${s.title}</a>
                  <span class="muted">${m.votes(fmt, s.votes)}</span></li>`,
              )}</ul>
            </div>`
          : nothing
      }
      <div part="field" class="field">
        <label for="description">${m.description}</label>
        <textarea id="description" rows="4" .value=${d.description}
          aria-invalid=${e.description ? "true" : "false"}
          @input=${(ev: Event) => this.set("description", (ev.target as HTMLTextAreaElement).value)}></textarea>
        ${e.description ? html`<p class="error-text">${e.description}</p>` : nothing}
      </div>
      ${
        this.categories.length
          ? html`<div part="field" class="field">
              <label for="category">${m.category}</label>
              <select id="category" @change=${(ev: Event) => this.set("category", (ev.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!d.category}>${m.noCategory}</option>
                ${this.categories.map((c) => html`<option value=${c.id} ?selected=${d.category === c.id}>${c.name}</option>`)}
              </select>
            </div>`
          : nothing
      }
      ${signedIn ? this.submitRow(signedIn, sending) : nothing}
    </form>${
      signedIn
        ? nothing
        : this.signIn.render(this.expired ? m.expired : m.signInPrompt, {
            extra: html`<button class="btn btn-link" type="button" @click=${this.close}>${m.cancel}</button>`,
          })
    }</div>`;
  }

  private submitRow(session: Session, sending: boolean): TemplateResult {
    const { m } = this.i18n;
    return html`<div class="row">
      <button part="submit-button" class="btn btn-primary" type="submit" ?disabled=${sending}>
        ${sending ? m.sending : m.submit}
      </button>
      <button class="btn btn-link" type="button" @click=${this.close}>${m.cancel}</button>
      <span class="spacer"></span>
      <span class="muted">${m.postingAs(session.user.name)}</span>
      <button class="btn btn-link" type="button" @click=${() => this.config && logout(this.config)}>${m.signOut}</button>
    </div>`;
  }
}
