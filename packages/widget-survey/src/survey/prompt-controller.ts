import { type CornerElement, emit } from "@corner/core";
import { recordSurveyEvent } from "@corner/state";
import type { ReactiveController } from "lit";
import type { CornerSurveyEvents } from "../shared/events.ts";
import { remember } from "../shared/history.ts";

const deepActive = (): HTMLElement | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a as HTMLElement | null;
};

const dispatch = <K extends keyof CornerSurveyEvents & string>(
  host: Element,
  name: K,
  detail: CornerSurveyEvents[K],
) => emit<CornerSurveyEvents, K>(host, name, detail);

/** What a prompt needs of its element. */
export interface PromptHost extends CornerElement {
  display: string;
  autoClose: number;
}

/**
 * What makes `<corner-survey>` a prompt when it is a `slide-in` or `popover` card: shown and dismissed are
 * remembered in this browser and reported; Escape anywhere, or the close button, closes it (a dismissal
 * until the response is complete); a popover takes focus to its first control and gives it back on close;
 * the thanks closes itself after `autoClose` ms unless the pointer or focus is on it.
 */
export class PromptController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private returnFocus: HTMLElement | null = null;
  private closed = false;

  constructor(
    private host: PromptHost,
    /** The survey shown and whether its response is complete. */
    private state: () => { surveyId: string | undefined; complete: boolean },
  ) {
    host.addController(this);
    host.addEventListener("pointerenter", this.hold);
    host.addEventListener("focusin", this.hold);
    host.addEventListener("pointerleave", this.closeLater);
    host.addEventListener("focusout", () => setTimeout(this.closeLater));
  }

  /** A `slide-in` or `popover` (not `inline`). */
  get active(): boolean {
    return this.host.display === "slide-in" || this.host.display === "popover";
  }

  hostConnected(): void {
    document.addEventListener("keydown", this.onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener("keydown", this.onKey);
    clearTimeout(this.timer);
  }

  /** The questions are on screen: a prompt counts as shown; a popover takes focus (`focus` moves it). */
  opened(surveyId: string, focus: () => void): void {
    const config = this.host.config;
    if (!this.active || !config) return;
    remember(config.site, surveyId, "shown");
    void recordSurveyEvent(config, surveyId, "shown");
    if (this.host.display === "popover") {
      this.returnFocus = deepActive();
      focus();
    }
  }

  /** Closes the prompt: a dismissal before completion. The element hides itself; the launcher removes it. */
  close(): void {
    const { surveyId, complete } = this.state();
    const config = this.host.config;
    if (this.closed || !surveyId) return;
    this.closed = true;
    clearTimeout(this.timer);
    if (!complete) {
      if (config) {
        remember(config.site, surveyId, "dismissed");
        void recordSurveyEvent(config, surveyId, "dismissed");
      }
      dispatch(this.host, "corner-survey-dismiss", { surveyId });
    }
    const host = this.host;
    const hadFocus = host.matches(":focus-within") || document.activeElement === document.body;
    if (host.matches(":popover-open")) host.hidePopover();
    host.hidden = true;
    if (hadFocus && this.returnFocus?.isConnected) this.returnFocus.focus();
    dispatch(host, "corner-survey-close", { surveyId, complete });
  }

  /** Escape anywhere closes a prompt, except while a composition or a select menu has it. */
  private onKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !this.active || e.isComposing || e.defaultPrevented || this.host.hidden) return;
    if (e.composedPath()[0] instanceof HTMLSelectElement) return;
    this.close();
  };

  private hold = () => clearTimeout(this.timer);

  /** After completion, the thanks goes by itself unless the pointer or focus is on it. */
  closeLater = (): void => {
    clearTimeout(this.timer);
    const { autoClose } = this.host;
    if (!this.active || !this.state().complete || !autoClose || this.host.matches(":hover, :focus-within"))
      return;
    this.timer = setTimeout(() => this.close(), autoClose);
  };
}
