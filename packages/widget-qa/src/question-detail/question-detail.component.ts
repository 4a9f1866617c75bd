import type { Answer, AnswerSort, Question, ReportCreate } from "@corner/contracts";
import {
  CornerElement,
  DetailViewController,
  emit,
  type Fmt,
  I18nController,
  SharedStoreController,
  SignInController,
} from "@corner/core";
import {
  acquireQuestionDetail,
  getToken,
  type QuestionDetailState,
  type QuestionDetailStore,
} from "@corner/state";
import { controls, fields, reset, tokens } from "@corner/theme";
import { html, nothing, type TemplateResult } from "lit";
import { badges } from "../shared/badges.ts";
import type { CornerQaEvents } from "../shared/events.ts";
import { qaStyles } from "../shared/qa-styles.ts";
import { AnswerFormController } from "./answer-form.ts";
import { catalog } from "./i18n/catalog.ts";
import { detailStyles } from "./question-detail.styles.ts";
import { reportForm } from "./report.ts";

/** A relative time ("3 days ago") with the calendar date as its tooltip. */
const when = (fmt: Fmt, iso: string): TemplateResult =>
  html`<time datetime=${iso} title=${fmt.date(iso)}>${fmt.relative(iso)}</time>`;

/**
 * @summary One question of a Q&A section with its answers: details, following, reports, answers sorted
 * with the accepted one first, helpful votes, accepting (by the asker or staff) and the answer form.
 * Shown by `<corner-qa>` when a question is opened (loaded on first use); also works alone with `site`,
 * `api` and `question`. An unsent answer is kept in localStorage and sent after sign-in.
 *
 * @event corner-question-close - The person pressed "Back to all questions". `detail` is `{ id }`.
 * @event corner-answer-submit - An answer was saved. `detail` is `{ answer, questionId }` (`answer.status` is `pending` under pre-moderation).
 * @event corner-answer-vote - A helpful vote was saved. `detail` is `{ id, votes, votedByMe }`.
 * @event corner-answer-accept - The accepted answer changed. `detail` is `{ questionId, answerId }` (`answerId` null: none).
 * @event corner-question-follow - Following was turned on or off. `detail` is `{ id, following }`.
 * @event corner-login-required - The person must sign in first. `detail` is `{ reason, site }` (`vote`, `accept`, `follow`, `report` or `answer`).
 *
 * @csspart base - The whole detail.
 * @csspart back-button - "Back to all questions".
 * @csspart heading - The question's title.
 * @csspart details - The question's details.
 * @csspart badge - An author's badge (staff, verified owner, top contributor).
 * @csspart follow-button - The follow toggle.
 * @csspart report-button - "Report" under the question and under each answer.
 * @csspart report-form - The form asking why something is reported.
 * @csspart notice - Status messages (also announced to screen readers).
 * @csspart answers - The answers section.
 * @csspart sort - The answer order menu.
 * @csspart answer - One answer.
 * @csspart vote-button - An answer's "Helpful" toggle.
 * @csspart accept-button - "Accept this answer" / "Accepted (undo)", for the asker and staff.
 * @csspart load-more - "Show more answers".
 * @csspart answer-form - The answer form.
 * @csspart submit-button - The button that posts the answer.
 * @csspart sign-in - The sign-in panel shown when posting while signed out.
 * @csspart error - The error shown when the question or its answers could not be loaded.
 */
export class CornerQuestionDetail extends CornerElement {
  static override properties = {
    ...CornerElement.properties,
    question: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: "heading-level" },
    reporting: { state: true },
  };
  static override styles = [tokens, reset, controls, fields, qaStyles, detailStyles];

  /** The id of the question to show; setting another id shows that question (cancelling the old request). */
  declare question: string | undefined;
  /** The level of the question's heading (default 3, under the list's h2); its sections take the next one. */
  declare headingLevel: number;
  /** What has its report form open: "question" or an answer's id. */
  declare private reporting: string | null;
  private reported = new Set<string>();

  private i18n = new I18nController(this, catalog);
  private signIn = new SignInController(this, "answer", () => this.i18n.m);
  private view = new DetailViewController(this, {
    messages: () => this.i18n.m,
    signIn: this.signIn,
    back: () => this.fire("corner-question-close", { id: this.question ?? "" }),
    retry: () => this.store?.load(),
  });
  private detail = new SharedStoreController<QuestionDetailState, QuestionDetailStore>(
    this,
    () => this.question,
    acquireQuestionDetail,
    (store) => {
      this.view.notice = "";
      this.reporting = null;
      this.reported = new Set();
      this.form.reset();
      if (store.$state.get().status === "idle") void store.load();
    },
  );
  private form = new AnswerFormController(this, {
    store: () => this.store,
    i18n: this.i18n,
    signIn: this.signIn,
    posted: (answer) => {
      const { m } = this.i18n;
      this.view.notice = answer.status === "pending" ? m.pending : m.posted;
      this.fire("corner-answer-submit", { answer, questionId: answer.questionId });
    },
  });

  constructor() {
    super();
    this.headingLevel = 3;
    this.reporting = null;
  }

  /** Moves focus to the question's heading, once it is rendered. */
  override focus(options?: FocusOptions): void {
    this.view.focusHeading(options);
  }

  private get store(): QuestionDetailStore | null {
    return this.detail.store;
  }

  private fire<K extends keyof CornerQaEvents & string>(name: K, detail: CornerQaEvents[K]) {
    emit<CornerQaEvents, K>(this, name, detail);
  }

  /** Focuses the control matching `selector` once rendered (answers may have moved, or a form closed). */
  private async refocus(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async vote(a: Answer) {
    const { m } = this.i18n;
    const out = await this.store?.toggleVote(a.id);
    const own = out?.kind === "failed" && out.error.status === 403;
    if (
      this.view.settled(out, "vote", m.signInToVote, own ? m.ownAnswer : m.voteFailed) &&
      out?.kind === "ok"
    ) {
      this.view.notice = out.value.votedByMe ? m.voted : m.unvoted;
      this.fire("corner-answer-vote", out.value);
    }
  }

  private async accept(a: Answer) {
    const { m } = this.i18n;
    const id = this.question;
    const out = await this.store?.accept(a.accepted ? null : a.id);
    const forbidden = out?.kind === "failed" && out.error.status === 403;
    if (this.view.settled(out, "accept", m.signInToAccept, forbidden ? m.acceptForbidden : m.acceptFailed))
      if (out?.kind === "ok" && id) {
        const answerId = out.value.acceptedAnswerId;
        this.view.notice = answerId ? m.acceptedNow : m.unaccepted;
        this.fire("corner-answer-accept", { questionId: id, answerId });
      }
    // In `top` order the answer moved: keep focus on its button.
    await this.refocus(`[data-accept="${a.id}"]`);
  }

  private async follow() {
    const { m } = this.i18n;
    const id = this.question;
    const out = await this.store?.toggleFollow();
    if (this.view.settled(out, "follow", m.signInToFollow, m.followFailed) && out?.kind === "ok" && id) {
      this.view.notice = out.value.following ? m.followed : m.unfollowed;
      this.fire("corner-question-follow", { id, following: out.value.following });
    }
  }

  private startReport(key: string) {
    const config = this.config;
    if (!config || !getToken(config.site)) {
      const { m } = this.i18n;
      this.view.notice = m.signInToReport;
      this.signIn.askHost("report");
      return;
    }
    this.reporting = key;
    void this.refocus(`#reason-${key}`);
  }

  private async sendReport(key: string, reason: ReportCreate["reason"]) {
    const { m } = this.i18n;
    const out = await this.store?.report(
      key === "question" ? "question" : "answer",
      this.target(key),
      reason,
    );
    if (this.view.settled(out, "report", m.signInToReport, m.reportFailed)) {
      this.reported.add(key);
      this.reporting = null;
      this.view.notice = m.reported;
    }
  }

  private target(key: string) {
    return key === "question" ? (this.question ?? "") : key;
  }

  private cancelReport(key: string) {
    this.reporting = null;
    void this.refocus(`[data-report="${key}"]`);
  }

  protected override render() {
    const { m } = this.i18n;
    const s = this.detail.value;
    const frame = this.view.placeholder(s, !!s?.question);
    if (frame || !s?.question) return frame;
    const q = s.question;
    const retry = html`<button class="btn" @click=${() => this.store?.load()}>${m.retry}</button>`;
    return html`<article part="base" class="base" aria-labelledby="heading"
      aria-busy=${s.status === "loading" ? "true" : "false"}>${this.view.back()}
      <div class="head">
        ${this.view.heading(q.title)}
        <p class="meta">${this.byline(q, m.askedBy(q.author.name))}</p>
      </div>
      ${q.details ? html`<p part="details" class="text">${q.details}</p>` : nothing}
      <div class="row">
        <button part="follow-button" class="btn follow" aria-pressed=${q.following ? "true" : "false"}
          @click=${this.follow}>${q.following ? m.following : m.follow}</button>
        ${q.mine ? nothing : this.reportControl("question", m.reportQuestion)}
      </div>
      ${this.reporting === "question" ? this.reportFormFor("question") : nothing}
      ${this.view.noticeRegion()}
      ${this.answers(s, q, retry)}
      ${this.form.render()}
    </article>`;
  }

  /** The author's name, badges, date and moderation state. */
  private byline(x: Question | Answer, name: string) {
    const { m, fmt } = this.i18n;
    return html`<span class="author">${name}</span>${badges(x.author, m)}<span>· ${when(fmt, x.createdAt)}</span>
      ${x.status === "pending" ? html`<span class="badge">${m.awaitingModeration}</span>` : nothing}`;
  }

  private reportControl(key: string, label: string) {
    const { m } = this.i18n;
    return this.reported.has(key)
      ? html`<span class="muted">${m.reportedLabel}</span>`
      : html`<button part="report-button" class="btn btn-link" data-report=${key} aria-label=${label}
          aria-expanded=${this.reporting === key ? "true" : "false"}
          @click=${() => (this.reporting === key ? this.cancelReport(key) : this.startReport(key))}>${m.report}</button>`;
  }

  private reportFormFor(key: string) {
    return reportForm(
      this.i18n.m,
      key,
      (reason) => this.sendReport(key, reason),
      () => this.cancelReport(key),
    );
  }

  private answers(s: QuestionDetailState, q: Question, retry: TemplateResult) {
    const { m, fmt } = this.i18n;
    return html`<section part="answers" class="answers" aria-labelledby="answers-heading">
      <div class="answers-head">
        <h4 id="answers-heading" aria-level=${this.headingLevel + 1}>${m.answers(fmt, q.answerCount)}</h4>
        ${
          s.answers.length > 1 || s.sort !== "top"
            ? html`<div class="sort"><label for="sort">${m.sortBy}</label>
              <select id="sort" part="sort" @change=${(e: Event) =>
                this.store?.setSort((e.target as HTMLSelectElement).value as AnswerSort)}>
                ${(["top", "newest"] as const).map(
                  (v) => html`<option value=${v} ?selected=${s.sort === v}>${m.sort[v]}</option>`,
                )}
              </select></div>`
            : nothing
        }
      </div>
      ${s.status === "error" ? html`<div part="error" class="error-text" role="alert">${m.answersError} ${retry}</div>` : nothing}
      ${
        s.answers.length
          ? html`<ol class="list">${s.answers.map((a) => this.answer(a, !!q.canAccept))}</ol>`
          : html`<p class="muted">${m.noAnswers}</p>`
      }
      ${
        s.next
          ? html`${s.more === "error" ? html`<p class="error-text">${m.loadMoreFailed}</p>` : nothing}
            <button part="load-more" class="btn load-more" ?disabled=${s.more === "loading"}
              @click=${() => this.store?.loadMore()}>${m.loadMore}</button>`
          : nothing
      }
    </section>`;
  }

  private answer(a: Answer, canAccept: boolean): TemplateResult {
    const { m, fmt } = this.i18n;
    const votes = a.votes;
    return html`<li part="answer" class=${a.accepted ? "answer accepted" : "answer"} data-id=${a.id}>
      ${
        a.accepted || a.official
          ? html`<p class="markers">
              ${a.accepted ? html`<span class="marker marker-accepted"><span aria-hidden="true">✓</span> ${m.accepted}</span>` : nothing}
              ${a.official ? html`<span class="marker marker-official">${m.official}</span>` : nothing}
            </p>`
          : nothing
      }
      <p class="text">${a.body}</p>
      <p class="meta">${this.byline(a, a.author.name)}</p>
      ${
        // An answer awaiting moderation is seen by its author alone: nothing to vote, accept or report yet.
        a.status === "pending"
          ? nothing
          : html`<div class="row">
              <button part="vote-button" class="vote" aria-pressed=${a.votedByMe ? "true" : "false"}
                @click=${() => this.vote(a)}>
                ${m.helpful} <span class="count" aria-hidden="true">${fmt.number(votes)}</span>
                <span class="visually-hidden">${m.helpfulCount(fmt, votes)}</span>
              </button>
              ${
                canAccept
                  ? html`<button part="accept-button" class="btn btn-link accept" data-accept=${a.id}
                      @click=${() => this.accept(a)}>${a.accepted ? m.undoAccept : m.accept}</button>`
                  : nothing
              }
              ${a.mine ? nothing : this.reportControl(a.id, m.reportAnswer(a.author.name))}
            </div>`
      }
      ${this.reporting === a.id ? this.reportFormFor(a.id) : nothing}
    </li>`;
  }
}
