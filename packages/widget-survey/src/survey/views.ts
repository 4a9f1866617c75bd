// What <corner-survey> shows instead of a question: the thanks, and the states before or without questions.
import type { SurveyStep } from "@corner/contracts";
import { html, nothing, type TemplateResult } from "lit";
import { safeUrl } from "../shared/flow.ts";
import type { SurveyMessages } from "./i18n/en.ts";

/** The thank-you step (its link only if http or https, or a path on this site), or the default thanks when the survey has none. */
export function thanksView(step: SurveyStep | undefined, m: SurveyMessages): TemplateResult {
  const link = step?.type === "thanks" ? step.link : undefined;
  const href = safeUrl(link?.url);
  return html`<div part="thanks" class="thanks" tabindex="-1" role="status">
    <p>${step?.question ?? m.thanks}</p>
    ${
      link && href
        ? // Another site's page opens in a new tab, so the visitor does not leave the shop.
          html`<a part="thanks-link" class="btn" href=${href} target=${new URL(href).origin === location.origin ? nothing : "_blank"} rel="noopener">${link.label}</a>`
        : nothing
    }
  </div>`;
}

/** Already answered in this browser, not available (404, or nothing to ask), failed to load, loading. */
export function stateView(
  state: "answered" | "missing" | "error" | "loading" | "idle",
  m: SurveyMessages,
  retry: () => void,
): TemplateResult {
  switch (state) {
    case "answered":
      return html`<p part="thanks" class="thanks" tabindex="-1">${m.answered}</p>`;
    case "missing":
      return html`<p part="notice" class="notice">${m.missing}</p>`;
    case "error":
      return html`<div part="error" class="failure" role="alert">
        <p>${m.error}</p>
        <button class="btn" type="button" @click=${retry}>${m.retry}</button>
      </div>`;
    default:
      return html`<p class="muted" role="status">${m.loading}</p>`;
  }
}
