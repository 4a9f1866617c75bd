import { siteClient } from "@corner/client";
import type { Session } from "@corner/contracts";
import { clientFor, sessionStore } from "@corner/state";
import { html, nothing, type ReactiveController, type TemplateResult } from "lit";
import type { CornerElement } from "../corner-element.ts";
import { emit } from "../emit.ts";
import type { LoginRequiredDetail } from "../events.ts";
import { login } from "../runtime.ts";
import { StoreController } from "./store-controller.ts";

/** What the sign-in panel says, from the host element's catalogue. */
export interface SignInMessages {
  signIn: string;
  guestName: string;
  continueAsGuest: string;
  guestFailed: string;
}

/**
 * The signed-out side of a form (the idea form, a comment form, the ask and answer forms): the site's session, a panel with a prompt,
 * a guest name form when the site allows guests, and a "Sign in" button that asks the host page
 * (`corner-login-required`). An action queued with `afterSignIn` runs once someone is signed in, so what
 * the person wrote is sent without a second click.
 * @example
 * private signIn = new SignInController(this, "comment", () => this.i18n.m);
 * render() { return this.signIn.session ? this.form() : this.signIn.render(m.signInToComment) }
 */
export class SignInController implements ReactiveController {
  /** Whether the site lets people continue as a guest (from its public config). */
  allowGuests = false;
  private state: StoreController<Session | null>;
  private boundTo = "";
  private pending: (() => void) | null = null;
  private nameMissing = false;
  private failed = false;
  /** A guest sign-in is under way (it solves a proof-of-work challenge first, about half a second). */
  private busy = false;

  constructor(
    private host: CornerElement,
    private reason: LoginRequiredDetail["reason"],
    private messages: () => SignInMessages,
  ) {
    this.state = new StoreController<Session | null>(host);
    host.addController(this);
  }

  /** The signed-in session of the host's site, or null. */
  get session(): Session | null {
    return this.state.value ?? null;
  }

  hostUpdate(): void {
    const config = this.host.config;
    const key = config ? `${config.api}|${config.site}` : "";
    if (key !== this.boundTo) {
      this.boundTo = key;
      this.state.store = config ? sessionStore(config.site) : null;
      if (config)
        void siteClient(clientFor(config))
          .getConfig()
          .then(
            (c) => {
              this.allowGuests = c.allowGuests;
              this.host.requestUpdate();
            },
            () => {},
          );
    }
    const run = this.session && this.pending;
    if (run) {
      this.pending = null;
      // After this render: the action changes the host's state.
      queueMicrotask(run);
    }
  }

  /** Runs `action` once someone is signed in here (as a guest) or by the host page. */
  afterSignIn(action: () => void): void {
    this.pending = action;
  }

  /** Asks the host page to sign the person in. */
  askHost(reason: LoginRequiredDetail["reason"] = this.reason): void {
    emit<{ "corner-login-required": LoginRequiredDetail }, "corner-login-required">(
      this.host,
      "corner-login-required",
      {
        reason,
        site: this.host.config?.site ?? "",
      },
    );
  }

  // An arrow function: Lit calls event listeners with the host element as `this`.
  private continueAsGuest = async (e: SubmitEvent) => {
    e.preventDefault();
    const config = this.host.config;
    const input = (e.target as HTMLFormElement).elements.namedItem("name") as HTMLInputElement;
    const name = input.value.trim();
    this.nameMissing = !name;
    this.failed = false;
    this.host.requestUpdate();
    if (!name) return input.focus();
    if (!config || this.busy) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      await login(config, { guest: { name } });
    } catch {
      this.failed = true;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  };

  /**
   * The panel. `id` tells its fields apart when a host shows more than one; `extra` is added beside the
   * "Sign in" button (e.g. a Cancel button).
   */
  render(prompt: string, opts: { id?: string; extra?: TemplateResult } = {}): TemplateResult {
    const m = this.messages();
    const id = `guest-name${opts.id ? `-${opts.id}` : ""}`;
    return html`<div part="sign-in" class="sign-in">
      <p>${prompt}</p>
      ${
        this.allowGuests
          ? html`<form class="guest" @submit=${this.continueAsGuest}>
              <div class="field">
                <label for=${id}>${m.guestName}</label>
                <input id=${id} name="name" type="text" maxlength="60" autocomplete="name"
                  aria-invalid=${this.nameMissing ? "true" : "false"} />
              </div>
              <button class="btn btn-primary" type="submit" aria-busy=${this.busy ? "true" : "false"}
                ?disabled=${this.busy}>${m.continueAsGuest}</button>
            </form>`
          : nothing
      }
      ${this.failed ? html`<p class="error-text" role="alert">${m.guestFailed}</p>` : nothing}
      <div class="row">
        <button class="btn" type="button" @click=${() => this.askHost()}>${m.signIn}</button>
        ${opts.extra ?? nothing}
      </div>
    </div>`;
  }
}
