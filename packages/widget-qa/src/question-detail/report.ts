import type { ReportCreate } from "@corner/contracts";
import { html, type TemplateResult } from "lit";
import type { QuestionDetailMessages } from "./i18n/en.ts";

type Reason = ReportCreate["reason"];
const REASONS: Reason[] = ["spam", "offensive", "off_topic", "fake", "other"];

/**
 * The small form that asks why the question or an answer is reported (as under a review). `key` tells
 * the forms' fields apart; Escape cancels.
 */
export const reportForm = (
  m: QuestionDetailMessages,
  key: string,
  send: (reason: Reason) => void,
  cancel: () => void,
): TemplateResult =>
  html`<form part="report-form" class="report" @keydown=${(e: KeyboardEvent) => {
    if (e.key === "Escape") cancel();
  }} @submit=${(e: SubmitEvent) => {
    e.preventDefault();
    send(new FormData(e.target as HTMLFormElement).get("reason") as Reason);
  }}>
    <div class="field">
      <label for=${`reason-${key}`}>${m.reportReason}</label>
      <select id=${`reason-${key}`} name="reason">
        ${REASONS.map((v) => html`<option value=${v}>${m.reasons[v]}</option>`)}
      </select>
    </div>
    <button class="btn" type="submit">${m.sendReport}</button>
    <button class="btn btn-link" type="button" @click=${cancel}>${m.cancel}</button>
  </form>`;
