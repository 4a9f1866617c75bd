import type { Session, User } from "@corner/contracts";
import { CornerElement, I18nController, StoreController } from "@corner/core";
import { sessionStore } from "@corner/state";
import { controls, reset, tokens } from "@corner/theme";
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { accountStyles } from "./account.styles.ts";
import { catalog } from "./i18n/catalog.ts";

// The first view is the button alone: the choices (and with them the sign-in code) load on first use,
// sign-out (the same code) on the click that needs it.
const loadPanel = () => import("../account-panel/account-panel.ts");
const loadSignOut = () => import("./sign-out.ts");

/** An avatar URL the page may load: https only (the API checks it too; this is the widget's own guard). */
function avatarUrl(user: User): string | null {
  try {
    return user.avatar && new URL(user.avatar).protocol === "https:" ? user.avatar : null;
  } catch {
    return null;
  }
}

/** The first letter of a name, for the circle shown without a picture. */
const initial = (name: string): string => ([...name.trim()][0] ?? "?").toLocaleUpperCase();

/**
 * @summary Who is signed in on the site, with sign-out; signed out, a "Sign in" button that opens the
 * sign-in choices (the site's own sign-in, and "Continue as a guest" where the site allows guests). It
 * follows the site's session: a sign-in or sign-out in another widget, by `Corner.login()`/`logout()` or
 * in another tab shows at once. The choices load on first click.
 *
 * @event corner-login-required - "Sign in with …" was chosen: the host page signs the person in (`Corner.login({ sso })`). `detail` is `{ reason: "account", site }`.
 * @event corner-login - Someone signed in as a guest here. `detail` is `{ site, user }` (dispatched on `document`).
 * @event corner-logout - The person signed out here. `detail` is `{ site }` (dispatched on `document`).
 *
 * @attr align - `start` opens the choices flush with the button's start edge (by default they open flush with its end edge, for an account at the end of a header).
 * @csspart base - The whole element.
 * @csspart sign-in-button - "Sign in" (signed out); opens and closes the choices.
 * @csspart panel - The sign-in choices (`<corner-account-panel>`).
 * @csspart panel-base - The choices' box.
 * @csspart sso-button - "Sign in with <site>".
 * @csspart guest-form - The guest's name and "Continue as a guest".
 * @csspart guest-button - "Continue as a guest".
 * @csspart cancel-button - Stops a guest sign-in under way.
 * @csspart status - What the choices are doing ("Checking you are not a robot…").
 * @csspart avatar - The person's picture, or their initial in a circle.
 * @csspart name - The person's name.
 * @csspart badge - The "Staff" badge.
 * @csspart sign-out-button - "Sign out".
 * @csspart notice - Status messages (also announced to screen readers).
 *
 * @cssproperty --corner-account-avatar-size - Diameter of the avatar (default 32px).
 */
export class CornerAccount extends CornerElement {
  static override properties = {
    ...CornerElement.properties,
    open: { state: true },
    notice: { state: true },
    signingOut: { state: true },
    brokenAvatar: { state: true },
  };
  static override styles = [tokens, reset, controls, accountStyles];

  declare private open: boolean;
  declare private notice: string;
  declare private signingOut: boolean;
  /** An avatar URL that failed to load: the initial is shown instead. */
  declare private brokenAvatar: string;

  private i18n = new I18nController(this, catalog);
  private session = new StoreController<Session | null>(this);
  /** Whether the person was signed in at the last render, whether this render switches view, and whether focus was inside us before it. */
  private wasSignedIn = false;
  private switched = false;
  private hadFocus = false;

  constructor() {
    super();
    this.open = false;
    this.notice = "";
    this.signingOut = false;
    this.brokenAvatar = "";
  }

  /** The signed-in person, or null. */
  get user(): User | null {
    return this.session.value?.user ?? null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const config = this.config;
    this.session.store = config ? sessionStore(config.site) : null;
    // Focus inside us is lost when the view it sat in is replaced; put it on the new view's button.
    this.hadFocus = this.matches(":focus-within");
    const signedIn = this.user !== null;
    this.switched = signedIn !== this.wasSignedIn;
    this.wasSignedIn = signedIn;
    if (this.switched) this.signingOut = false;
    if (signedIn) this.open = false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.switched && this.hadFocus)
      this.renderRoot
        .querySelector<HTMLElement>(this.user ? "[part=sign-out-button]" : "[part=sign-in-button]")
        ?.focus();
  }

  private toggle = async () => {
    if (this.open) return this.close();
    const { m } = this.i18n;
    this.notice = m.loadingChoices;
    try {
      await loadPanel();
    } catch {
      this.notice = m.loadFailed;
      return;
    }
    this.notice = "";
    if (this.user) return;
    this.open = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("[part=panel]")?.focus();
  };

  /** Closes the choices (which stops a guest sign-in under way) and puts focus back on "Sign in". */
  private async close() {
    this.open = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("[part=sign-in-button]")?.focus();
  }

  private onKeydown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && this.open && !e.defaultPrevented) {
      e.preventDefault();
      void this.close();
    }
  };

  private signOut = async () => {
    const config = this.config;
    if (!config || this.signingOut) return;
    this.signingOut = true;
    try {
      const { signOut } = await loadSignOut();
      await signOut(config);
    } catch {
      // Only the chunk can fail (signing out itself never does): stay signed in and let them retry.
      this.signingOut = false;
      this.notice = this.i18n.m.loadFailed;
    }
  };

  protected override render() {
    const user = this.user;
    return html`<div part="base" class="base" @keydown=${this.onKeydown}>
      ${user ? this.signedIn(user) : this.signedOut()}
      <div part="notice" class="notice visually-hidden" role="status">${this.notice}</div>
    </div>`;
  }

  private signedOut(): TemplateResult {
    const { m } = this.i18n;
    return html`<button part="sign-in-button" class="btn" type="button" aria-expanded=${this.open ? "true" : "false"}
        aria-controls="panel" @click=${this.toggle} @pointerenter=${loadPanel} @focus=${loadPanel}>${m.signIn}</button>
      ${
        this.open
          ? html`<corner-account-panel id="panel" part="panel"
              exportparts="panel-base, sso-button, guest-form, guest-button, cancel-button, status"
              .site=${this.site} .api=${this.api} theme=${this.theme}></corner-account-panel>`
          : nothing
      }`;
  }

  private signedIn(user: User): TemplateResult {
    const { m } = this.i18n;
    const url = avatarUrl(user);
    return html`<div class="person" role="group" aria-label=${m.signedInAs(user.name)}>
      ${
        url && url !== this.brokenAvatar
          ? html`<img part="avatar" class="avatar" src=${url} alt="" referrerpolicy="no-referrer"
              @error=${() => {
                this.brokenAvatar = url;
              }} />`
          : html`<span part="avatar" class="avatar initial" aria-hidden="true">${initial(user.name)}</span>`
      }
      <span part="name" class="name">${user.name}</span>
      ${user.staff ? html`<span part="badge" class="badge">${m.staff}</span>` : nothing}
      <button part="sign-out-button" class="btn btn-link" type="button" aria-busy=${this.signingOut ? "true" : "false"}
        @click=${this.signOut}>${m.signOut}</button>
    </div>`;
  }
}
