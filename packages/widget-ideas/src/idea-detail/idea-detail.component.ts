import type { Idea } from "@corner/contracts";
import {
  CornerElement,
  DetailViewController,
  emit,
  I18nController,
  SharedStoreController,
  SignInController,
} from "@corner/core";
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
    categories: { state: true },
  };
  static override styles = [tokens, reset, controls, fields, ideaStyles, detailStyles];

  /** The id of the idea to show; setting another id shows that idea (cancelling the old request). */
  declare idea: string | undefined;
  /** The level of the idea's heading (default 3, under the board's h2); its sections take the next one. */
  declare headingLevel: number;
  /** Category names by id, once the board has loaded. */
  declare private categories: Map<string, string>;

  private i18n = new I18nController(this, catalog);
  private signIn = new SignInController(this, "comment", () => this.i18n.m);
  private view = new DetailViewController(this, {
    messages: () => this.i18n.m,
    signIn: this.signIn,
    back: () => this.fire("corner-idea-close", undefined),
    retry: () => this.store?.load(),
  });
  private detail = new SharedStoreController<IdeaDetailState, IdeaDetailStore>(
    this,
    () => this.idea,
    acquireIdeaDetail,
    (store) => {
      this.view.notice = "";
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
      this.view.notice = comment.status === "pending" ? m.pending : m.posted;
      this.fire("corner-idea-comment", comment);
    },
  });
  private boardShown = "";

  constructor() {
    super();
    this.headingLevel = 3;
    this.categories = new Map();
  }

  /** Moves focus to the idea's heading, once it is rendered. */
  override focus(options?: FocusOptions): void {
    this.view.focusHeading(options);
  }

  protected override updated(): void {
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

  private async vote() {
    const { m } = this.i18n;
    const out = await this.store?.toggleVote();
    if (this.view.settled(out, "vote", m.signInToVote, m.voteFailed)) {
      this.view.notice = out.value.votedByMe ? m.voted : m.unvoted;
      this.fire("corner-idea-vote", out.value);
    }
  }

  private async follow() {
    const { m } = this.i18n;
    const id = this.idea;
    const out = await this.store?.toggleFollow();
    if (id && this.view.settled(out, "follow", m.signInToFollow, m.followFailed)) {
      this.view.notice = out.value.following ? m.followed : m.unfollowed;
      this.fire("corner-idea-follow", { id, following: out.value.following });
    }
  }

  private openMerged(id: string) {
    this.idea = id;
    this.focus();
  }

  protected override render() {
    const s = this.detail.value;
    const frame = this.view.placeholder(s, !!s?.idea);
    if (frame || !s?.idea) return frame;
    return html`<article part="base" class="base" aria-labelledby="heading"
      aria-busy=${s.status === "loading" ? "true" : "false"}>${this.view.back()}${this.summary(s.idea)}${this.view.noticeRegion()}${this.comments.render(s)}</article>`;
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
          ${this.view.heading(i.title)}
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
