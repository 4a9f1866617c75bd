import { reviewsClient } from "@corner/client";
import type { ReportCreate, Review } from "@corner/contracts";
import { emit } from "@corner/core";
import { clientFor, getToken, toggleHelpful as toggle } from "@corner/state";
import { html, type TemplateResult } from "lit";
import type { CornerReviewsEvents } from "../shared/events.ts";
import type { AllReviewsMessages } from "./i18n/en.ts";
import { later } from "./i18n/en-later.ts";
import type { CornerReviews } from "./reviews.component.ts";

// What <corner-reviews> does once someone acts (votes, reports, writes, loads more), with the messages it
// then announces. Its own module, imported on the first hover, focus or click, so the first view does not
// carry it.
export { reportForm } from "./report.ts";

const loadForm = () => import("../review-form/review-form.ts");

/** Every message in the widget's language: other languages' catalogues hold the later ones too. */
export const messages = (host: CornerReviews): AllReviewsMessages => ({ ...later, ...host.i18n.m });

function loginRequired(host: CornerReviews, reason: "helpful" | "report", message: string) {
  host.notice = message;
  emit<CornerReviewsEvents, "corner-login-required">(host, "corner-login-required", {
    reason,
    site: host.config?.site ?? "",
  });
}

export async function toggleHelpful(host: CornerReviews, review: Review): Promise<void> {
  const config = host.config;
  const store = host.reviews.store;
  if (!config || !store) return;
  const out = await toggle(config, store, review.id);
  const m = messages(host);
  if (out.kind === "login-required") loginRequired(host, "helpful", m.signInToVote);
  else if (out.kind === "failed") host.notice = m.helpfulFailed;
  else {
    host.notice = out.helpfulByMe ? m.helpfulOn : m.helpfulOff;
    emit<CornerReviewsEvents, "corner-review-helpful">(host, "corner-review-helpful", {
      id: out.id,
      helpful: out.helpful,
      helpfulByMe: out.helpfulByMe,
    });
  }
}

/** Opens the report form under a review, or asks a signed-out reader to sign in. */
export function startReport(host: CornerReviews, review: Review): void {
  const config = host.config;
  if (config && getToken(config.site)) host.reporting = review.id;
  else loginRequired(host, "report", messages(host).signInToReport);
}

export async function sendReport(
  host: CornerReviews,
  review: Review,
  reason: ReportCreate["reason"],
): Promise<void> {
  const config = host.config;
  if (!config) return;
  const m = messages(host);
  try {
    await reviewsClient(clientFor(config)).reportReview(review.id, { reason });
    host.reported.add(review.id);
    host.reporting = null;
    host.notice = m.reported;
  } catch {
    host.notice = m.reportFailed;
  }
}

export async function openForm(host: CornerReviews): Promise<void> {
  host.notice = messages(host).loadingForm;
  await loadForm();
  host.notice = "";
  host.writing = true;
  await host.updateComplete;
  (host.renderRoot.querySelector("corner-review-form") as HTMLElement | null)?.focus();
}

export function submitted(host: CornerReviews, review: Review): void {
  const m = messages(host);
  host.notice = review.status === "pending" ? m.postedPending : m.posted;
  void host.reviews.store?.reload();
}

/** The review form (its module is loaded by `openForm`), for the person's own review when they have one. */
export const form = (host: CornerReviews, mine: Review | undefined): TemplateResult =>
  html`<corner-review-form
    part="form"
    exportparts="form-base, star-input, field, submit-button, sign-in"
    .site=${host.site}
    .api=${host.api}
    .subject=${host.subject}
    .existing=${mine ?? null}
    theme=${host.theme}
    @corner-review-submit=${(e: CustomEvent<Review>) => submitted(host, e.detail)}
    @corner-review-form-close=${() => {
      host.writing = false;
    }}
  ></corner-review-form>`;

/** The active star filter as a chip that clears it (shown only after a click on a bar set the filter). */
export function filterChip(host: CornerReviews, rating: number): TemplateResult {
  const m = messages(host);
  const label = m.filtered(host.i18n.fmt, rating);
  return html`<button part="filter-chip" class="chip" aria-label=${`${m.clearFilter}: ${label}`}
    @click=${() => host.reviews.store?.load(undefined, null)}>
    ${label} <span aria-hidden="true">✕</span>
  </button>`;
}
