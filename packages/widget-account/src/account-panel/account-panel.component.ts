import { siteClient } from "@corner/client";
import type { User } from "@corner/contracts";
import { CornerElement, emit, I18nController, type LoginRequiredDetail } from "@corner/core";
import { login } from "@corner/core/runtime";
import { clientFor } from "@corner/state";
import { controls, fields, reset, tokens } from "@corner/theme";
import { html, nothing, type TemplateResult } from "lit";
import { panelStyles } from "./account-panel.styles.ts";
import { catalog } from "./i18n/catalog.ts";

/** The events of `<corner-account>` (its choices panel dispatches the sign-in ones). */
export interface CornerAccountEvents {
  "corner-login-required": LoginRequiredDetail;
  "corner-login": { site: string; user: User };
  "corner-logout": { site: string };
}

/**
 * @summary The sign-in choices of `<corner-account>`, loaded on its first click: "Sign in with <site>"
 * (the host page's own sign-in, asked for with `corner-login-required`) and, where the site allows guests,
 * a name and "Continue as a guest", which solves the site's proof-of-work challenge first (a fraction of a
 * second; Cancel or Escape stops it). Focusing the element focuses its first choice.
 *
 * @event corner-login-required - "Sign in with …" was chosen. `detail` is `{ reason: "account", site }`.
 * @event corner-login - A guest signed in. `detail` is `{ site, user }` (dispatched on `document`).
 *
 * @csspart panel-base - The choices' box.
 * @csspart sso-button - "Sign in with <site>".
 * @csspart guest-form - The guest's name and "Continue as a guest".
 * @csspart guest-button - "Continue as a guest".
 * @csspart cancel-button - Stops a guest sign-in under way.
 * @csspart status - What the panel is doing ("Checking you are not a robot…"), announced.
 */
export class CornerAccountPanel extends CornerElement {
  static override shadowRootOptions = { ...CornerElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    ...CornerElement.properties,
    siteName: { state: true },
    allowGuests: { state: true },
    busy: { state: true },
    status: { state: true },
    failed: { state: true },
    nameMissing: { state: true },
  };
  static override styles = [tokens, reset, controls, fields, panelStyles];

  declare private siteName: string;
  declare private allowGuests: boolean;
  declare private busy: boolean;
  declare private status: string;
  declare private failed: boolean;
  declare private nameMissing: boolean;

  private i18n = new I18nController(this, catalog);
  /** Stops the config read when the panel closes, and the guest sign-in on Cancel, Escape or close. */
  private closing = new AbortController();
  private signingIn: AbortController | null = null;

  constructor() {
    super();
    this.siteName = "";
    this.allowGuests = false;
    this.busy = false;
    this.status = "";
    this.failed = false;
    this.nameMissing = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.closing = new AbortController();
    const config = this.config;
    if (!config) return;
    // The site's name for "Sign in with …", and whether it takes guests.
    siteClient(clientFor(config))
      .getConfig({ signal: this.closing.signal })
      .then(
        (c) => {
          this.siteName = c.site.name;
          this.allowGuests = c.allowGuests;
        },
        () => {}, // without the config, "Sign in" alone still works
      );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closing.abort();
    this.signingIn?.abort();
  }

  private askHost = () => {
    emit<CornerAccountEvents, "corner-login-required">(this, "corner-login-required", {
      reason: "account",
      site: this.config?.site ?? "",
    });
  };

  private continueAsGuest = async (e: SubmitEvent) => {
    e.preventDefault();
    const config = this.config;
    const input = this.input;
    const name = input?.value.trim() ?? "";
    this.nameMissing = !name;
    this.failed = false;
    if (!name) return input?.focus();
    if (!config || this.busy) return;
    const attempt = new AbortController();
    this.signingIn = attempt;
    this.busy = true;
    this.status = this.i18n.m.checking;
    // The guest button is disabled meanwhile: focus goes to Cancel, which stays reachable.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("[part=cancel-button]")?.focus();
    try {
      // The session store changes: <corner-account> (and every widget of the site) shows the person.
      await login(config, { guest: { name } }, attempt.signal);
      this.status = "";
    } catch {
      if (attempt.signal.aborted) return;
      this.failed = true;
      this.status = "";
      this.input?.focus();
    } finally {
      if (this.signingIn === attempt) {
        this.signingIn = null;
        this.busy = false;
      }
    }
  };

  /** Stops a guest sign-in under way and puts focus back on the name. */
  private cancel = async () => {
    if (!this.signingIn) return;
    this.signingIn.abort();
    this.signingIn = null;
    this.busy = false;
    this.status = this.i18n.m.cancelled;
    await this.updateComplete;
    this.input?.focus();
  };

  // Escape while a guest sign-in is under way stops it; otherwise <corner-account> closes the panel.
  private onKeydown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && this.busy) {
      e.preventDefault();
      void this.cancel();
    }
  };

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>("#guest-name");
  }

  protected override render() {
    const { m } = this.i18n;
    return html`<div part="panel-base" class="sign-in panel" role="group" aria-label=${m.choices}
      @keydown=${this.onKeydown}>
      <button part="sso-button" class="btn btn-primary" type="button" @click=${this.askHost}
        >${this.siteName ? m.signInWith(this.siteName) : m.signIn}</button
      >
      ${this.allowGuests ? this.guest() : nothing}
      <p part="status" class="status muted" role="status">${this.status}</p>
    </div>`;
  }

  private guest(): TemplateResult {
    const { m } = this.i18n;
    return html`<p class="separator muted" aria-hidden="true">${m.separator}</p>
      <form part="guest-form" class="guest" aria-busy=${this.busy ? "true" : "false"} @submit=${this.continueAsGuest}>
        <div class="field">
          <label for="guest-name">${m.guestName}</label>
          <input id="guest-name" name="name" type="text" maxlength="60" autocomplete="name" ?readonly=${this.busy}
            aria-invalid=${this.nameMissing ? "true" : "false"}
            aria-describedby=${this.nameMissing || this.failed ? "guest-error" : nothing} />
        </div>
        <button part="guest-button" class="btn" type="submit" ?disabled=${this.busy}
          aria-busy=${this.busy ? "true" : "false"}>${m.continueAsGuest}</button>
        ${
          this.busy
            ? html`<button part="cancel-button" class="btn btn-link" type="button" @click=${this.cancel}>${m.cancel}</button>`
            : nothing
        }
      </form>
      ${
        this.nameMissing || this.failed
          ? html`<p id="guest-error" class="error-text" role="alert">${this.nameMissing ? m.nameMissing : m.guestFailed}</p>`
          : nothing
      }`;
  }
}
