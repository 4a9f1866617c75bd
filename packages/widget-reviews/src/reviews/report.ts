import type { ReportCreate } from "@corner/contracts";
import { html, type TemplateResult } from "lit";
import type { LaterMessages } from "./i18n/en-later.ts";

type Reason = ReportCreate["reason"];
const REASONS: Reason[] = ["spam", "offensive", "off_topic", "fake", "other"];

/**
 * The form under a review that asks why it is reported. Its own module, imported on the first "Report"
 * click, so the first view of `<corner-reviews>` does not carry it.
 */
export const reportForm = (
  m: LaterMessages,
  send: (reason: Reason) => void,
  cancel: () => void,
): TemplateResult =>
  html`<form class="report" @submit=${(e: SubmitEvent) => {
    e.preventDefault();
    send(new FormData(e.target as HTMLFormElement).get("reason") as Reason);
  }}>
    <label class="field"
      ><span>${m.reportReason}</span>
      <select name="reason">
        ${REASONS.map((v) => html`<option value=${v}>${m.reasons[v]}</option>`)}
      </select></label
    >
    <button class="btn" type="submit">${m.sendReport}</button>
    <button class="btn btn-link" type="button" @click=${cancel}>${m.cancel}</button>
  </form>`;
