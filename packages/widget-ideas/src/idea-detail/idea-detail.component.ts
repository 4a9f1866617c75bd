import type { Idea } from "@corner/contracts";
import { CornerElement, emit, I18nController, SharedStoreController, SignInController } from "@corner/core";
import { acquireIdeaDetail, type IdeaDetailState, type IdeaDetailStore } from "@corner/state";
import { controls, fields, reset, tokens } from "@corner/theme";
import { html, nothing, type TemplateResult } from "lit";
import { boardOf } from "../shared/board.ts";
import type { CornerIdeasEvents } from "../shared/events.ts";
import { ideaStyles } from "../shared/idea-styles.ts";
import { CommentsController, when } from "./comments.ts";
import { catalog } from "./i18n/catalog.ts";
import { detailStyles } from "./idea-detail.styles.ts";

/**
 * @summary One idea of an ideas board: description, status, official response, votes, following, and
 * comments with one level of replies. Shown by `<corner-ideas>` when an idea is opened (loaded on first
 * use); also works alone with `site`, `api` and `idea`. Unsent comments are kept in localStorage and sent
 * after sign-in.
 *
 * @event corner-idea-close - The person pressed "Back to all ideas". No detail.
 * @event corner-idea-vote - A vote was saved. `detail` is `{ id, votes, votedByMe }` (`id` is the idea whose count it is: a merged idea's vote counts on its target).
 * @event corner-idea-comment - A comment or reply was saved. `detail` is the comment (its `status` is `pending` under pre-moderation).
 * @event corner-idea-follow - Following was turned on or off. `detail` is `{ id, following }`.
 * @event corner-login-required - The person must sign in first. `detail` is `{ reason, site }` (`vote`, `follow` or `comment`).
 *
 * @csspart base - The whole detail.
 * @csspart back-button - "Back to all ideas".
 * @csspart heading - The idea's title.
 * @csspart vote-button - The vote toggle.
 * @csspart status-badge - The idea's status.
 * @csspart description - The idea's description.
 * @csspart merged - The note that the idea was merged into another one.
 * @csspart response - The official response.
 * @csspart follow-button - The follow toggle.
 * @csspart notice - Status messages (also announced to screen readers).
 * @csspart comments - The comments section.
 * @csspart comment - One comment or reply.
 * @csspart reply-button - Opens the reply form of a comment.
 * @csspart load-more - The "load more comments" button.
 * @csspart comment-form - The comment form and the reply form.
 * @csspart submit-button - The button that posts a comment or reply.
 * @csspart sign-in - The sign-in panel shown when posting while signed out.
 * @csspart error - The error shown when the idea could not be loaded.
 */
export class CornerIdeaDetail extends CornerElement {
  static override properties = {
    ...CornerElement.properties,
    idea: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: "heading-level" },
    notice: { state: true },
    categories: { state: true },
  };
  static override styles = [tokens, reset, controls, fields, ideaStyles, detailStyles];

  /** The id of the idea to show; setting another id shows that idea (cancelling the old request). */
  declare idea: string | undefined;
  /** The level of the idea's heading (default 3, under the board's h2); its sections take the next one. */
  declare headingLevel: number;
  declare private notice: string;
  /** Category names by id, once the board has loaded. */
  declare private categories: Map<string, string>;

  private i18n = new I18nController(this, catalog);
  private signIn = new SignInController(this, "comment", () => this.i18n.m);
  private detail = new SharedStoreController<IdeaDetailState, IdeaDetailStore>(
    this,
    () => this.idea,
    acquireIdeaDetail,
    (store) => {
      this.notice = "";
      this.comments.reset();
      if (store.$state.get().status === "idle") void store.load();
    },
  );
  private comments = new CommentsController(this, {
    store: () => this.store,
    i18n: this.i18n,
    signIn: this.signIn,
    posted: (comment) => {
      const { m } = this.i18n;
      this.notice = comment.status === "pending" ? m.pending : m.posted;
      this.fire("corner-idea-comment", comment);
    },
  });
  private focusWanted: FocusOptions | null = null;
  private boardShown = "";

  constructor() {
    super();
    this.headingLevel = 3;
    this.notice = "";
    this.categories = new Map();
  }

  /** Moves focus to the idea's heading, once it is rendered. */
  override focus(options?: FocusOptions): void {
    this.focusWanted = options ?? {};
    this.requestUpdate();
  }

  protected override updated(): void {
    const heading = this.focusWanted && this.renderRoot.querySelector<HTMLElement>("#heading");
    if (heading) {
      heading.focus(this.focusWanted!);
      this.focusWanted = null;
    }
    const idea = this.detail.value?.idea;
    const config = this.config;
    if (idea && config && idea.board !== this.boardShown) {
      this.boardShown = idea.board;
      void boardOf(config, idea.board).then((b) => {
        if (b) this.categories = new Map(b.categories.map((c) => [c.id, c.name]));
      });
    }
  }

  private get store(): IdeaDetailStore | null {
    return this.detail.store;
  }

  private fire<K extends keyof CornerIdeasEvents & string>(name: K, detail: CornerIdeasEvents[K]) {
    emit<CornerIdeasEvents, K>(this, name, detail);
  }

  private loginRequired(reason: "vote" | "follow", notice: string) {
    this.notice = notice;
    this.signIn.askHost(reason);
  }

  private async vote() {
    const { m } = this.i18n;
    const out = await this.store?.toggleVote();
    if (!out) return;
    if (out.kind === "login-required") this.loginRequired("vote", m.signInToVote);
    else if (out.kind !== "ok") this.notice = m.voteFailed;
    else {
      this.notice = out.value.votedByMe ? m.voted : m.unvoted;
      this.fire("corner-idea-vote", out.value);
    }
  }

  private async follow() {
    const { m } = this.i18n;
    const id = this.idea;
    const out = await this.store?.toggleFollow();
    if (!out || !id) return;
    if (out.kind === "login-required") this.loginRequired("follow", m.signInToFollow);
    else if (out.kind !== "ok") this.notice = m.followFailed;
    else {
      this.notice = out.value.following ? m.followed : m.unfollowed;
      this.fire("corner-idea-follow", { id, following: out.value.following });
    }
  }

  private openMerged(id: string) {
    this.idea = id;
    this.focus();
  }

  protected override render() {
    const { m } = this.i18n;
    const s = this.detail.value;
    const back = html`<button part="back-button" class="btn btn-link back"
      @click=${() => this.fire("corner-idea-close", undefined)}><span aria-hidden="true">←</span> ${m.back}</button>`;
    const notice = html`<div part="notice" class="notice" role="status">${this.notice}</div>`;
    if (!s || s.status === "idle" || (s.status === "loading" && !s.idea))
      return html`<div part="base" class="base" aria-busy="true">${back}
        <span class="visually-hidden" role="status">${m.loading}</span>
        <div class="skeleton" aria-hidden="true"><div class="sk sk-title"></div><div class="sk"></div><div class="sk"></div></div>
      </div>`;
    if (s.status === "missing")
      return html`<div part="base" class="base">${back}
        <div class="empty"><h3 id="heading" part="heading" tabindex="-1" aria-level=${this.headingLevel}>${m.missing}</h3><p class="muted">${m.missingBody}</p></div>
      </div>`;
    if (s.status === "error" && !s.idea)
      return html`<div part="base" class="base">${back}
        <div part="error" class="error" role="alert"><p>${m.error}</p>
          <button class="btn" @click=${() => this.store?.load()}>${m.retry}</button></div>
      </div>`;
    return html`<article part="base" class="base" aria-labelledby="heading"
      aria-busy=${s.status === "loading" ? "true" : "false"}>${back}${this.summary(s.idea!)}${notice}${this.comments.render(s)}</article>`;
  }

  private summary(i: Idea): TemplateResult {
    const { m, fmt } = this.i18n;
    return html`<div class="head">
        <button part="vote-button" class="vote" aria-pressed=${i.votedByMe ? "true" : "false"}
          aria-label=${`${m.voteFor(i.title)}, ${m.votes(fmt, i.votes)}`} @click=${this.vote}>
          <span class="arrow" aria-hidden="true">▲</span>
          <span class="count" aria-hidden="true">${fmt.number(i.votes)}</span>
        </button>
        <div class="title-block">
          <h3 id="heading" part="heading" tabindex="-1" aria-level=${this.headingLevel}>${i.title}</h3>
          <p class="meta">
            <span part="status-badge" class=${`badge status-${i.status}`}>${m.status[i.status]}</span>
            ${i.category ? html`<span class="category">${this.categories.get(i.category) ?? i.category}</span>` : nothing}
            ${i.moderation === "pending" ? html`<span class="badge">${m.awaitingModeration}</span>` : nothing}
            <span>${m.suggestedBy(i.author.name)} · ${when(fmt, i.createdAt)}</span>
          </p>
        </div>
      </div>
      ${
        i.mergedInto
          ? html`<p part="merged" class="merged">${m.mergedInto}
              <button class="btn btn-link" @click=${() => this.openMerged(i.mergedInto!)}>${m.openMerged}</button></p>`
          : nothing
      }
      ${i.description ? html`<p part="description" class="text">${i.description}</p>` : nothing}
      ${
        i.response
          ? html`<section part="response" class="response" aria-labelledby="response-heading">
              <h4 id="response-heading" aria-level=${this.headingLevel + 1}>${m.response}</h4>
              <p class="text">${i.response.body}</p>
              <p class="muted">${i.response.author.name} · ${when(fmt, i.response.at)}</p>
            </section>`
          : nothing
      }
      <div class="actions">
        <button part="follow-button" class="btn follow" aria-pressed=${i.following ? "true" : "false"}
          @click=${this.follow}>${i.following ? m.following : m.follow}</button>
      </div>`;
  }
}
