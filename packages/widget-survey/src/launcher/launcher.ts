// The loader's entry into the survey chunk: corner.js fetches `eligible` and, when the list is not empty,
// imports this chunk and calls launch(). Triggers are armed here; the first to fire shows its survey in a
// <corner-survey> card in the top layer (Popover API), so the page's layout never moves.
import type { SurveyPublic, SurveyTrigger } from "@corner/contracts";
import type { CornerConfig } from "@corner/state";
import { CornerSurvey } from "../survey/survey.component.ts";

/** Removes what the armed triggers listen to. */
let disarm: (() => void) | null = null;
/** The survey on screen, if any. */
let open: CornerSurvey | null = null;
/** At most one survey per page view. */
let shownThisPage = false;

type Off = () => void;

/** Calls `fire` when `trigger` happens; what it set up goes into `offs`. Fires at once when it already has. */
function arm(trigger: SurveyTrigger, fire: () => void, offs: Off[], tracked: readonly string[]): void {
  const on = (target: EventTarget, type: string, fn: (e: Event) => void, opts?: AddEventListenerOptions) => {
    target.addEventListener(type, fn, opts);
    offs.push(() => target.removeEventListener(type, fn, opts));
  };
  switch (trigger.type) {
    case "pageview":
      fire();
      return;
    case "delay": {
      const timer = setTimeout(fire, trigger.ms);
      offs.push(() => clearTimeout(timer));
      return;
    }
    case "scroll": {
      // The share of the page scrolled past: 100 at the bottom. A page too short to scroll never gets there.
      const check = () => {
        const max = document.documentElement.scrollHeight - innerHeight;
        if (max > 0 && (scrollY / max) * 100 >= trigger.percent - 0.5) fire();
      };
      on(window, "scroll", check, { passive: true });
      check();
      return;
    }
    case "exit":
      // Leaving through the top of the window (for the address bar or the tabs): only with a mouse.
      if (matchMedia("(pointer: fine)").matches)
        on(document, "mouseout", (e) => {
          const m = e as MouseEvent;
          if (!m.relatedTarget && m.clientY <= 0) fire();
        });
      return;
    case "click": {
      const { selector } = trigger;
      try {
        document.querySelector(selector);
      } catch {
        return; // Not a CSS selector this browser understands: this trigger never fires.
      }
      on(document, "click", (e) => {
        if (e.composedPath().some((n) => n instanceof Element && n.matches(selector))) fire();
      });
      return;
    }
    case "event":
      if (tracked.includes(trigger.name)) {
        fire();
        return;
      }
      on(document, "corner-track", (e) => {
        if ((e as CustomEvent<{ name?: string }>).detail?.name === trigger.name) fire();
      });
      return;
  }
}

function show(config: CornerConfig, survey: SurveyPublic): void {
  if (!customElements.get("corner-survey")) customElements.define("corner-survey", CornerSurvey);
  const el = document.createElement("corner-survey") as CornerSurvey;
  el.site = config.site;
  el.api = config.api;
  el.definition = survey;
  el.setAttribute("display", survey.display === "popover" ? "popover" : "slide-in");
  el.setAttribute("popover", "manual");
  el.addEventListener(
    "corner-survey-close",
    () => {
      el.remove();
      if (open === el) open = null;
    },
    { once: true },
  );
  open = el;
  document.body.append(el);
  try {
    el.showPopover();
  } catch {
    // No Popover API: the card is fixed above the page instead.
  }
}

/**
 * corner.js's `Corner.track` only records names (`tracked`) until this chunk is here; from now on each name
 * is also announced as a `corner-track` event on `document`, which armed `event` triggers listen to.
 */
function takeOverTrack(tracked: readonly string[]): void {
  const corner = (window as { Corner?: { track(name: string): void } }).Corner;
  if (!corner || !Array.isArray(tracked)) return;
  corner.track = (name: string) => {
    (tracked as string[]).push(name);
    document.dispatchEvent(new CustomEvent("corner-track", { detail: { name } }));
  };
}

/**
 * Arms the triggers of the eligible surveys (highest priority first) and shows the first survey whose
 * trigger fires, at most one per page view. Called again (after `Corner.identify()`), it replaces the armed
 * triggers, unless a survey was already shown. `tracked` lists the `Corner.track()` names of this page so
 * far; later ones arrive as `corner-track` events on `document`.
 * @example
 * launch(window.Corner.config, eligible.surveys, tracked);
 */
export function launch(
  config: CornerConfig,
  surveys: readonly SurveyPublic[],
  tracked: readonly string[] = [],
): void {
  takeOverTrack(tracked);
  if (shownThisPage) return;
  disarm?.();
  const offs: Off[] = [];
  let fired = false;
  const stop = () => {
    for (const off of offs.splice(0)) off();
    if (disarm === stop) disarm = null;
  };
  disarm = stop;
  for (const survey of surveys) {
    if (fired) break;
    if (survey.display === "inline") continue;
    arm(
      survey.trigger,
      () => {
        if (fired) return;
        fired = shownThisPage = true;
        stop();
        show(config, survey);
      },
      offs,
      tracked,
    );
  }
}

/**
 * A new page view (a single-page app's navigation): disarms the triggers and removes a survey on screen
 * (not a dismissal), so the next `launch()` starts over.
 */
export function resetSurveys(): void {
  disarm?.();
  open?.remove();
  open = null;
  shownThisPage = false;
}
