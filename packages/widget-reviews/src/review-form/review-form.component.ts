import { RateLimitError, siteClient } from "@corner/client";
import type { Review, Session, SiteConfig } from "@corner/contracts";
import {
  CornerElement,
  DraftController,
  emit,
  FormController,
  I18nController,
  login,
  logout,
  StoreController,
} from "@corner/core";
import { clientFor, reviewDraft, sessionStore, submitReview } from "@corner/state";
import { controls, fields, reset, tokens } from "@corner/theme";
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import type { CornerReviewsEvents } from "../shared/events.ts";
import { starStyles } from "../shared/stars.ts";
import { catalog } from "./i18n/catalog.ts";
import { formStyles } from "./review-form.styles.ts";
import { starInput } from "./star-input.ts";

const BODY_MAX = 5000;
const siteConfigs = new Map<string, Promise<SiteConfig | null>>();

/**
 * @summary The review form used by `<corner-reviews>` (loaded on first use): star input, title, body with
 * counter, inline validation, sign-in (guest or the host's own), pending-moderation confirmation.
 * The draft is kept per field in localStorage and cleared only when the server accepts the review.
 *
 * @event corner-review-submit - The server accepted the review. `detail` is the review.
 * @event corner-login-required - The person asked to sign in with the host's account. `detail` is `{ reason, site }`.
 * @event corner-review-form-close - The person closed the form.
 *
 * @csspart form-base - The form.
 * @csspart star-input - The star radio group.
 * @csspart field - Each labelled field.
 * @csspart submit-button - The submit button.
 * @csspart sign-in - The sign-in panel shown when signed out.
 */
export class CornerReviewForm extends CornerElement {
  static override properties = {
    ...CornerElement.properties,
    subject: { type: String },
    existing: { attribute: false },
    expired: { state: true },
    allowGuests: { state: true },
  };
  static override styles = [tokens, reset, controls, fields, starStyles, formStyles];

  declare subject: string | undefined;
  /** The person's existing review of this subject: the form then edits it. */
  declare existing: Review | null;
  declare private expired: boolean;
  declare private allowGuests: boolean;

  private i18n = new I18nController(this, catalog);
  private form = new FormController<Review>(this, () => this.i18n.m);
  private draft = new DraftController(this, reviewDraft, { rating: 0, title: "", body: "" });
  private session = new StoreController<Session | null>(this);
  /** Send as soon as the person is signed in again (after a 401). */
  private sendAfterLogin = false;

  constructor() {
    super();
    this.existing = null;
    this.expired = false;
    this.allowGuests = false;
  }

  /** Moves focus into the form: to the star input, or to the confirmation once sent. */
  override focus(options?: FocusOptions): void {
    this.form.focus("[role=radio][tabindex='0']", options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const config = this.config;
    if (!config || !this.subject) return;
    if (this.draft.bind(config.site, this.subject)) {
      this.session.store = sessionStore(config.site);
      this.loadSiteConfig();
    }
    const d = this.draft.value;
    // Not once this form has posted: the list reloads with the new review as `existing`, and the draft
    // the server just accepted must stay cleared.
    if (changed.has("existing") && this.existing && !this.form.result && !d.rating && !d.body) {
      this.draft.set("rating", this.existing.rating);
      this.draft.set("title", this.existing.title ?? "");
      this.draft.set("body", this.existing.body);
    }
    if (this.sendAfterLogin && this.session.value && !this.form.sending) {
      this.sendAfterLogin = false;
      void this.submit();
    }
  }

  private loadSiteConfig() {
    const config = this.config!;
    let p = siteConfigs.get(`${config.api}|${config.site}`);
    if (!p) {
      p = siteClient(clientFor(config))
        .getConfig()
        .catch(() => null);
      siteConfigs.set(`${config.api}|${config.site}`, p);
    }
    void p.then((c) => {
      this.allowGuests = !!c?.allowGuests;
    });
  }

  /** Client-side checks first, so obvious mistakes need no round trip. */
  private validate(): Record<string, string> {
    const { m, fmt } = this.i18n;
    const d = this.draft.value;
    const errors: Record<string, string> = {};
    if (!d.rating) errors.rating = m.chooseRating;
    if (!d.body.trim()) errors.body = m.bodyRequired;
    else if ([...d.body].length > BODY_MAX) errors.body = m.bodyTooLong(fmt, BODY_MAX);
    return errors;
  }

  private async onSubmit(e: SubmitEvent) {
    e.preventDefault();
    if (await this.form.check(this.validate())) await this.submit();
  }

  private async submit() {
    const config = this.config;
    if (!config || !this.subject) return;
    const { m, fmt } = this.i18n;
    const subject = this.subject;
    const out = await this.form.send(() => submitReview(config, subject));
    if (out.kind === "ok") {
      this.form.accept(out.review);
      emit<CornerReviewsEvents, "corner-review-submit">(this, "corner-review-submit", out.review);
    } else if (out.kind === "login-required") {
      this.expired = true;
      this.sendAfterLogin = true;
      this.form.say(m.expired);
    } else if (out.kind === "failed" && out.error instanceof RateLimitError) {
      this.form.say(m.rateLimited(fmt, out.error.retryAfter));
    }
  }

  private async continueAsGuest(e: SubmitEvent) {
    e.preventDefault();
    const config = this.config;
    const name = String(new FormData(e.target as HTMLFormElement).get("name") ?? "").trim();
    if (!config) return;
    if (!name) {
      this.form.setErrors({ ...this.form.errors, name: this.i18n.m.guestName });
      return;
    }
    try {
      await login(config, { guest: { name } });
      const { name: _, ...rest } = this.form.errors;
      this.form.setErrors(rest);
      this.expired = false;
    } catch {
      this.form.say(this.i18n.m.guestFailed);
    }
  }

  private askHostToSignIn() {
    emit<CornerReviewsEvents, "corner-login-required">(this, "corner-login-required", {
      reason: "review",
      site: this.config?.site ?? "",
    });
  }

  private close() {
    this.dispatchEvent(new CustomEvent("corner-review-form-close", { bubbles: true, composed: true }));
  }

  protected override render() {
    const { m } = this.i18n;
    const r = this.form.result;
    if (r) {
      const text = r.status === "pending" ? m.pending : r.createdAt !== r.updatedAt ? m.updated : m.published;
      return html`<div part="form-base" class="form done" tabindex="-1" role="status">
        <p class=${r.status === "pending" ? "pending" : "success"}>${text}</p>
        <button class="btn" @click=${this.close}>${m.close}</button>
      </div>`;
    }
    return this.editor();
  }

  private editor(): TemplateResult {
    const { m, fmt } = this.i18n;
    const d = this.draft.value;
    const { errors: e, message } = this.form;
    const count = [...d.body].length;
    const err = (field: string) =>
      e[field] ? html`<p class="error-text" id=${`${field}-error`}>${e[field]}</p>` : nothing;
    const signedIn = this.session.value;
    return html`<div part="form-base" class="form"><form novalidate @submit=${this.onSubmit} aria-labelledby="form-heading">
      <h3 id="form-heading">${this.existing ? m.editHeading : m.heading}</h3>
      ${message ? html`<p class="message" role="alert">${message}</p>` : nothing}
      <div part="field" class="field">
        <span class="label" id="rating-label">${m.rating}</span>
        ${starInput({
          value: d.rating,
          label: m.rating,
          optionLabel: (n) => m.star(fmt, n),
          invalid: !!e.rating,
          describedBy: e.rating ? "rating-error" : "",
          onChange: (n) => {
            this.draft.set("rating", n);
            this.form.edited("rating");
          },
        })}
        ${err("rating")}
      </div>
      <div part="field" class="field">
        <label for="title">${m.title}</label>
        <input id="title" type="text" maxlength="150" autocomplete="off" .value=${d.title}
          aria-invalid=${e.title ? "true" : "false"} aria-describedby=${e.title ? "title-error" : ""}
          @input=${(ev: Event) => this.draft.set("title", (ev.target as HTMLInputElement).value)} />
        ${err("title")}
      </div>
      <div part="field" class="field">
        <label for="body">${m.body}</label>
        <textarea id="body" rows="5" .value=${d.body}
          aria-invalid=${e.body ? "true" : "false"}
          aria-describedby=${e.body ? "body-count body-error" : "body-count"}
          @input=${(ev: Event) => this.draft.set("body", (ev.target as HTMLTextAreaElement).value)}></textarea>
        <span id="body-count" class=${count > BODY_MAX ? "counter over" : "counter"} aria-label=${m.countLabel(fmt, count, BODY_MAX)}>
          ${m.count(fmt, count, BODY_MAX)}</span>
        ${err("body")}
      </div>
      ${signedIn ? this.submitRow(signedIn) : nothing}
    </form>${signedIn ? nothing : this.signIn()}</div>`;
  }

  private submitRow(session: Session): TemplateResult {
    const { m } = this.i18n;
    return html`<div class="row">
      <button part="submit-button" class="btn btn-primary" type="submit" ?disabled=${this.form.sending}>
        ${this.form.sending ? m.sending : this.existing ? m.update : m.submit}
      </button>
      <button class="btn btn-link" type="button" @click=${this.close}>${m.cancel}</button>
      <span class="spacer"></span>
      <span class="muted">${m.postingAs(session.user.name)}</span>
      <button class="btn btn-link" type="button" @click=${() => this.config && logout(this.config)}>${m.signOut}</button>
    </div>`;
  }

  private signIn(): TemplateResult {
    const { m } = this.i18n;
    return html`<div part="sign-in" class="sign-in">
      <p>${this.expired ? m.expired : m.signInPrompt}</p>
      ${
        this.allowGuests
          ? html`<form class="guest" @submit=${this.continueAsGuest}>
              <div class="field">
                <label for="guest-name">${m.guestName}</label>
                <input id="guest-name" name="name" type="text" maxlength="60" autocomplete="name"
                  aria-invalid=${this.form.errors.name ? "true" : "false"} />
              </div>
              <button class="btn btn-primary" type="submit">${m.continueAsGuest}</button>
            </form>`
          : nothing
      }
      <div class="row">
        <button class="btn" type="button" @click=${this.askHostToSignIn}>${m.signIn}</button>
        <button class="btn btn-link" type="button" @click=${this.close}>${m.cancel}</button>
      </div>
    </div>`;
  }
}
