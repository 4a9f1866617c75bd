import type { Question, QuestionSort } from "@corner/contracts";
import {
  CornerElement,
  type Fmt,
  I18nController,
  InPlaceController,
  ListViewController,
  SharedStoreController,
} from "@corner/core";
import { acquireQuestions, type QuestionsState, type QuestionsStore, questionsEmpty } from "@corner/state";
import { controls, reset, tokens } from "@corner/theme";
import { html, nothing, type TemplateResult } from "lit";
import { badges } from "../shared/badges.ts";
import type { CornerQaEvents } from "../shared/events.ts";
import { qaStyles } from "../shared/qa-styles.ts";
import { catalog } from "./i18n/catalog.ts";
import { listStyles } from "./qa.styles.ts";

const SORTS: QuestionSort[] = ["newest", "most_answered", "unanswered"];
/** How much of the accepted answer a question of the list previews, in characters. */
const PREVIEW = 240;
const loadForm = () => import("../question-form/question-form.ts");
const loadDetail = () => import("../question-detail/question-detail.ts");
/** `#question-<id>` in the page's address opens that question (the links of the list carry it). */
const QUESTION_HASH = /^#question-([\w-]{1,64})$/;

/** The start of a text, cut at a word and whitespace collapsed; `cut` says whether anything was left out. */
function excerpt(body: string, max: number): { text: string; cut: boolean } {
  const flat = body.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  if (chars.length <= max) return { text: flat, cut: false };
  const head = chars.slice(0, max).join("");
  const space = head.lastIndexOf(" ");
  return { text: `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`, cut: true };
}

/** A relative time ("3 days ago") with the calendar date as its tooltip. */
const when = (fmt: Fmt, iso: string): TemplateResult =>
  html`<time datetime=${iso} title=${fmt.date(iso)}>${fmt.relative(iso)}</time>`;

/**
 * @summary Questions and answers about one subject (a product): search, sort, a list of questions with
 * their answer counts and accepted answer, load more, a question's detail with its answers (loaded on
 * first use), and an "Ask a question" form loaded on first use.
 *
 * @event corner-question-submit - A question was accepted by the server. `detail` is `{ question }` (`question.status` is `pending` under pre-moderation).
 * @event corner-answer-submit - An answer was saved in a question's detail. `detail` is `{ answer, questionId }`.
 * @event corner-answer-vote - A helpful vote was saved in a question's detail. `detail` is `{ id, votes, votedByMe }`.
 * @event corner-answer-accept - An answer was accepted (or the choice cleared) in a question's detail. `detail` is `{ questionId, answerId }`.
 * @event corner-question-follow - Following a question was turned on or off. `detail` is `{ id, following }`.
 * @event corner-login-required - The person must sign in first. `detail` is `{ reason, site }`.
 * @event corner-login - Someone signed in through a form (guest). `detail` is `{ site, user }`.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The heading with the number of questions.
 * @csspart toolbar - Search and sort.
 * @csspart search - The search input.
 * @csspart sort - The sort `<select>`.
 * @csspart ask-button - Opens the ask form (also in the empty state).
 * @csspart form - The ask form (`<corner-question-form>`).
 * @csspart list - The list of questions.
 * @csspart question - One question.
 * @csspart question-link - The title of a question, a link that opens its detail.
 * @csspart answer-count - The number of answers of a question, or the invitation to answer it.
 * @csspart staff-answered - The "Staff answered" marker.
 * @csspart accepted - The accepted answer's preview.
 * @csspart badge - An author's badge (staff, verified owner, top contributor).
 * @csspart detail - A question's detail (`<corner-question-detail>`).
 * @csspart load-more - The "Show more questions" button.
 * @csspart empty - The empty state.
 * @csspart error - The error shown when the questions could not be loaded, with Retry.
 * @csspart notice - Status messages (also announced to screen readers).
 *
 * @cssproperty --corner-qa-max-width - Maximum width of the widget.
 * @cssproperty --corner-qa-padding - Space inside the widget.
 */
export class CornerQa extends CornerElement {
  static override properties = {
    ...CornerElement.properties,
    subject: { type: String, reflect: true },
    notice: { state: true },
  };
  static override styles = [tokens, reset, controls, qaStyles, listStyles];

  /** The id of what the questions are about, e.g. a product's SKU. */
  declare subject: string | undefined;
  declare private notice: string;

  private i18n = new I18nController(this, catalog);
  private list = new ListViewController(
    this,
    () => this.store,
    () => this.i18n.m,
  );
  private questions = new SharedStoreController<QuestionsState, QuestionsStore>(
    this,
    () => this.subject,
    acquireQuestions,
    (store) => {
      this.view.set({ writing: false, opened: null });
      this.notice = "";
      this.list.follow(store.$state.get().q);
      if (store.$state.get().status === "idle") void store.load();
    },
  );
  private view = new InPlaceController(this, {
    detail: "corner-question-detail",
    loadDetail,
    form: "corner-question-form",
    loadForm,
    link: "question-link",
    hash: QUESTION_HASH,
    followHash: true,
    closesForm: true,
    loading: (what) => {
      const { m } = this.i18n;
      this.notice = what === "detail" ? m.loadingQuestion : what === "form" ? m.loadingForm : "";
    },
  });

  constructor() {
    super();
    this.notice = "";
  }

  private get store(): QuestionsStore | null {
    return this.questions.store;
  }

  /** An answer posted in the detail counts in the list at once (a pending one only once it is approved). */
  private onAnswer(e: CustomEvent<CornerQaEvents["corner-answer-submit"]>) {
    const { answer, questionId } = e.detail;
    const q = this.questions.value?.items.find((i) => i.id === questionId);
    if (q && answer.status === "published")
      this.store?.patchQuestion(q.id, {
        answerCount: q.answerCount + 1,
        hasOfficialAnswer: q.hasOfficialAnswer || answer.official,
      });
  }

  /** The accepted answer changed in the detail: the list previews the new one (read again) or none. */
  private onAccept(e: CustomEvent<CornerQaEvents["corner-answer-accept"]>) {
    const { questionId, answerId } = e.detail;
    if (answerId) void this.store?.refreshQuestion(questionId);
    else this.store?.patchQuestion(questionId, { acceptedAnswer: null });
  }

  private async closeForm() {
    this.view.set({ writing: false });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("[part=ask-button]")?.focus();
  }

  /** A similar question from the form: its detail replaces the list (the draft stays for later). */
  private onSimilar(e: CustomEvent<{ id: string }>) {
    void this.view.openDetail(e.detail.id);
  }

  protected override render() {
    const { m, fmt } = this.i18n;
    const s = this.questions.value;
    if (!s || s.status === "idle") return this.list.skeleton();
    // Nothing asked yet: no search or sort, and the empty state's invitation is the only ask button.
    const bare = questionsEmpty(s) && !s.q && s.sort === "newest";
    return html`<section part="base" class="base" aria-labelledby="heading"
      aria-busy=${s.status === "loading" ? "true" : "false"}>
      <div class="head">
        <h2 id="heading" part="heading" tabindex="-1">
          ${m.heading}${s.total ? html`<span class="total">${` (${fmt.number(s.total)})`}</span>` : nothing}
        </h2>
        ${this.view.writing || this.view.opened || bare ? nothing : this.askButton(m.ask)}
      </div>
      ${this.view.writing ? this.form() : nothing}
      <div part="notice" class="notice" role="status">${this.notice}</div>
      ${this.view.opened ? this.detail(this.view.opened) : this.browse(s, bare)}
    </section>`;
  }

  private askButton(label: string): TemplateResult {
    return html`<button part="ask-button" class="btn btn-primary" @click=${() => this.view.openForm()}
      @pointerenter=${loadForm} @focus=${loadForm}>${label}</button>`;
  }

  private browse(s: QuestionsState, bare: boolean): TemplateResult {
    const { m } = this.i18n;
    if (bare) return this.questionList(s);
    return html`<div part="toolbar" class="toolbar">
        ${this.list.search()}
        <label class="sort"
          ><span class="label">${m.sortBy}</span>
          <select part="sort" @change=${(e: Event) => this.store?.load({ sort: (e.target as HTMLSelectElement).value as QuestionSort })}>
            ${SORTS.map((v) => html`<option value=${v} ?selected=${s.sort === v}>${m.sort[v]}</option>`)}
          </select></label
        >
      </div>
      ${this.list.body(s, () => this.questionList(s))}`;
  }

  private form(): TemplateResult {
    return html`<corner-question-form
      part="form"
      exportparts="form-base, field, submit-button, sign-in, similar, similar-link"
      .site=${this.site}
      .api=${this.api}
      .subject=${this.subject}
      .headingLevel=${3}
      theme=${this.theme}
      @corner-question-submit=${(e: CustomEvent<CornerQaEvents["corner-question-submit"]>) => this.store?.prependQuestion(e.detail.question)}
      @corner-question-form-close=${this.closeForm}
      @corner-question-open=${this.onSimilar}
    ></corner-question-form>`;
  }

  private detail(id: string): TemplateResult {
    return html`<corner-question-detail
      part="detail"
      question=${id}
      .headingLevel=${3}
      .site=${this.site}
      .api=${this.api}
      theme=${this.theme}
      @corner-question-close=${() => this.view.closeDetail()}
      @corner-answer-submit=${this.onAnswer}
      @corner-answer-accept=${this.onAccept}
    ></corner-question-detail>`;
  }

  private questionList(s: QuestionsState): TemplateResult {
    const { m } = this.i18n;
    if (questionsEmpty(s)) {
      if (s.q) return html`<p class="empty" part="empty">${m.noMatch(s.q)}</p>`;
      if (s.sort === "unanswered") return html`<p class="empty" part="empty">${m.allAnswered}</p>`;
      return html`<div class="empty" part="empty">
        <p class="empty-title">${m.emptyTitle}</p>
        <p class="muted">${m.emptyBody}</p>
        ${this.view.writing ? nothing : this.askButton(m.askFirst)}
      </div>`;
    }
    return this.list.items(s, (q) => this.item(q));
  }

  private item(q: Question): TemplateResult {
    const { m, fmt } = this.i18n;
    const a = q.acceptedAnswer;
    const preview = a && excerpt(a.body, PREVIEW);
    const href = `#question-${q.id}`;
    const open = (e: MouseEvent) => this.view.onLink(e, q.id);
    return html`<li part="question" class="question">
      <h3 class="title"><a part="question-link" href=${href} data-id=${q.id} @click=${open}>${q.title}</a></h3>
      <p class="meta">
        <span>${m.askedBy(q.author.name)}</span>${badges(q.author, m)}<span>· ${when(fmt, q.createdAt)}</span>
        ${q.status === "pending" ? html`<span class="badge">${m.pending}</span>` : nothing}
      </p>
      <p class="facts">
        <span part="answer-count" class=${q.answerCount ? "count" : "count none"}
          >${q.answerCount ? m.answers(fmt, q.answerCount) : m.noAnswers}</span
        >
        ${q.hasOfficialAnswer ? html`<span part="staff-answered" class="marker marker-official"><span aria-hidden="true">★</span> ${m.staffAnswered}</span>` : nothing}
      </p>
      ${
        a && preview
          ? html`<div part="accepted" class="accepted">
              <p class="marker marker-accepted"><span aria-hidden="true">✓</span> ${m.accepted}</p>
              <p class="preview">${preview.text}${
                preview.cut
                  ? html` <a class="more" href=${href} aria-label=${m.readMoreLabel(q.title)} @click=${open}>${m.readMore}</a>`
                  : nothing
              }</p>
              <p class="meta"><span class="author">${a.author.name}</span>${badges(a.author, m)}</p>
            </div>`
          : nothing
      }
    </li>`;
  }
}
