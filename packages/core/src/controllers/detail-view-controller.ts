import type { WriteOutcome } from "@corner/state";
import { html, type ReactiveController, type TemplateResult } from "lit";
import type { CornerElement } from "../corner-element.ts";
import type { LoginRequiredDetail } from "../events.ts";
import type { SignInController } from "./sign-in-controller.ts";

export interface DetailViewMessages {
  back: string;
  loading: string;
  missing: string;
  missingBody: string;
  error: string;
  retry: string;
}

export interface DetailViewOptions {
  messages: () => DetailViewMessages;
  signIn: SignInController;
  /** Back was pressed (the host tells the list). */
  back: () => void;
  /** Retry after a failed load. */
  retry: () => void;
}

/** Where a detail's thing stands (a `DetailStatus` of `@corner/state`). */
interface Loaded {
  status: "idle" | "loading" | "ready" | "error" | "missing";
}

/**
 * What the idea and question details share around their content: the status message (`notice`, role=status),
 * focus on the heading once it is rendered (after opening or switching), the Back button, the heading at the
 * host's `headingLevel`, the frames before the thing is there (skeleton, missing, error with Retry), and what
 * a write's outcome says (sign in, or why it failed). The host re-renders when `notice` changes.
 * @example
 * private view = new DetailViewController(this, { messages: () => this.i18n.m, signIn: this.signIn,
 *   back: () => this.fire("corner-idea-close"), retry: () => this.store?.load() });
 * render() { return this.view.placeholder(s, !!s?.idea) ?? html`<article>${this.view.back()}…` }
 */
export class DetailViewController implements ReactiveController {
  private wanted: FocusOptions | null = null;
  private said = "";

  constructor(
    private host: CornerElement & { headingLevel: number },
    private options: DetailViewOptions,
  ) {
    host.addController(this);
  }

  /** The status message, announced by the region `noticeRegion()` renders. */
  get notice(): string {
    return this.said;
  }

  set notice(text: string) {
    this.said = text;
    this.host.requestUpdate();
  }

  /** Moves focus to the heading once it is rendered (the thing may still be loading). */
  focusHeading(options?: FocusOptions): void {
    this.wanted = options ?? {};
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const heading = this.wanted && this.host.renderRoot.querySelector<HTMLElement>("#heading");
    if (heading) {
      heading.focus(this.wanted!);
      this.wanted = null;
    }
  }

  /** Says what a write ended with: asks for sign-in (`signIn` as the notice) or `failed`; true when it succeeded. */
  settled<R>(
    out: WriteOutcome<R> | undefined,
    reason: LoginRequiredDetail["reason"],
    signIn: string,
    failed: string,
  ): out is Extract<WriteOutcome<R>, { kind: "ok" }> {
    if (!out) return false;
    if (out.kind === "login-required") {
      this.notice = signIn;
      this.options.signIn.askHost(reason);
    } else if (out.kind !== "ok") this.notice = failed;
    return out.kind === "ok";
  }

  back(): TemplateResult {
    return html`<button part="back-button" class="btn btn-link back" @click=${this.options.back}
      ><span aria-hidden="true">←</span> ${this.options.messages().back}</button>`;
  }

  heading(text: string): TemplateResult {
    return html`<h3 id="heading" part="heading" tabindex="-1" aria-level=${this.host.headingLevel}>${text}</h3>`;
  }

  noticeRegion(): TemplateResult {
    return html`<div part="notice" class="notice" role="status">${this.notice}</div>`;
  }

  /** The skeleton while loading, "not available" (404), or the error with Retry; null once `loaded`. */
  placeholder(s: Loaded | null | undefined, loaded: boolean): TemplateResult | null {
    const m = this.options.messages();
    if (!s || s.status === "idle" || (s.status === "loading" && !loaded))
      return html`<div part="base" class="base" aria-busy="true">${this.back()}
        <span class="visually-hidden" role="status">${m.loading}</span>
        <div class="skeleton" aria-hidden="true"><div class="sk sk-title"></div><div class="sk"></div><div class="sk"></div></div>
      </div>`;
    if (s.status === "missing")
      return html`<div part="base" class="base">${this.back()}
        <div class="empty">${this.heading(m.missing)}<p class="muted">${m.missingBody}</p></div>
      </div>`;
    if (!loaded)
      return html`<div part="base" class="base">${this.back()}
        <div part="error" class="error" role="alert"><p>${m.error}</p>
          <button class="btn" @click=${this.options.retry}>${m.retry}</button></div>
      </div>`;
    return null;
  }
}
