import type { Idea, IdeaComment, IdeaSort, IdeaStatus } from "@corner/contracts";
import { CornerElement, emit, I18nController, InPlaceController, ListViewController } from "@corner/core";
import { type IdeasState, type IdeasStore, ideasEmpty } from "@corner/state";
import { controls, reset, tokens } from "@corner/theme";
import { html, nothing, type TemplateResult } from "lit";
import { boardOf } from "../shared/board.ts";
import type { CornerIdeasEvents, VoteDetail } from "../shared/events.ts";
import { ideaStyles } from "../shared/idea-styles.ts";
import { IdeasController } from "../shared/ideas-controller.ts";
import { catalog } from "./i18n/catalog.ts";
import { ideasStyles } from "./ideas.styles.ts";

const SORTS: IdeaSort[] = ["trending", "top", "new"];
const TABS: (IdeaStatus | null)[] = [null, "open", "under_review", "planned", "in_progress", "done"];
const loadForm = () => import("../idea-form/idea-form.ts");
const loadDetail = () => import("../idea-detail/idea-detail.ts");
/** `#idea-<id>` in the page's address opens that idea (the links of the list carry it). */
const IDEA_HASH = /^#idea-([\w-]{1,64})$/;

/**
 * @summary An ideas board: sort, status and category filters, search, a list of ideas with optimistic votes,
 * load more, an idea's detail with comments, and a "Suggest an idea" form loaded on first use. With `compact`,
 * only the "Suggest an idea" button, which opens the form in a dialog.
 *
 * @event corner-idea-submit - An idea was accepted by the server. `detail` is the idea.
 * @event corner-idea-vote - A vote was saved. `detail` is `{ id, votes, votedByMe }`.
 * @event corner-login-required - The person must sign in first. `detail` is `{ reason, site }`.
 * @event corner-login - Someone signed in through the form (guest). `detail` is `{ site, user }`.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The heading.
 * @csspart toolbar - Sort, search and the suggest button.
 * @csspart sort - The sort `<select>`.
 * @csspart search - The search input.
 * @csspart category - The category filter `<select>` (when the board has categories).
 * @csspart tabs - The status filter buttons.
 * @csspart tab - One status filter button.
 * @csspart suggest-button - Opens the idea form.
 * @csspart form - The idea form.
 * @csspart list - The list of ideas.
 * @csspart idea - One idea.
 * @csspart idea-link - The title of an idea, a link that opens its detail.
 * @csspart detail - The idea detail (`<corner-idea-detail>`).
 * @csspart dialog - The dialog of compact mode.
 * @csspart close-button - The close button of the dialog.
 * @csspart vote-button - The vote toggle of an idea.
 * @csspart status-badge - The status of an idea.
 * @csspart load-more - The "load more" button.
 * @csspart notice - Status messages (also announced to screen readers).
 *
 * @cssproperty --corner-ideas-max-width - Maximum width of the widget.
 */
export class CornerIdeas extends CornerElement {
  static override properties = {
    ...CornerElement.properties,
    board: { type: String, reflect: true },
    compact: { type: Boolean, reflect: true },
    notice: { state: true },
    categories: { state: true },
  };
  static override styles = [tokens, reset, controls, ideaStyles, ideasStyles];

  /** The board's id, e.g. `feedback`. */
  declare board: string | undefined;
  /** Shows only a "Suggest an idea" button that opens the form in a dialog, for pages without room for the board. */
  declare compact: boolean;
  declare private notice: string;
  /** Category names by id, once the board has loaded. */
  declare private categories: Map<string, string>;

  private i18n = new I18nController(this, catalog);
  private list = new ListViewController(
    this,
    () => this.store,
    () => this.i18n.m,
  );
  private ideas = new IdeasController(this, (store) => {
    this.view.set({ writing: false });
    this.notice = "";
    this.list.follow(store.$state.get().q);
    if (store.$state.get().status === "idle") void store.load();
    const { config, board } = this;
    if (config && board)
      void boardOf(config, board).then((b) => {
        if (b && this.board === board) this.categories = new Map(b.categories.map((c) => [c.id, c.name]));
      });
  });
  private view = new InPlaceController(this, {
    detail: "corner-idea-detail",
    loadDetail,
    form: "corner-idea-form",
    loadForm,
    link: "idea-link",
    hash: IDEA_HASH,
    followHash: false,
    closesForm: false,
    acceptsHash: () => !this.compact,
    loading: (what) => {
      const { m } = this.i18n;
      this.notice = what === "detail" ? m.loadingIdea : what === "form" ? m.loadingForm : "";
    },
    // In the dialog, Back returns to the form the similar idea came from.
    back: () => (this.compact ? this.renderRoot.querySelector<HTMLElement>("corner-idea-form") : undefined),
  });

  constructor() {
    super();
    this.compact = false;
    this.notice = "";
    this.categories = new Map();
  }

  private get store(): IdeasStore | null {
    return this.ideas.store;
  }

  private async vote(idea: Idea) {
    const { m } = this.i18n;
    const out = await this.store?.toggleVote(idea.id);
    if (!out) return;
    if (out.kind === "login-required") {
      this.notice = m.signInToVote;
      emit<CornerIdeasEvents, "corner-login-required">(this, "corner-login-required", {
        reason: "vote",
        site: this.config?.site ?? "",
      });
    } else if (out.kind === "failed") this.notice = m.voteFailed;
    else {
      this.notice = out.votedByMe ? m.voted : m.unvoted;
      emit<CornerIdeasEvents, "corner-idea-vote">(this, "corner-idea-vote", {
        id: out.id,
        votes: out.votes,
        votedByMe: out.votedByMe,
      });
    }
  }

  /** A similar idea from the form: in the dialog it replaces the form (Back returns to it, the draft kept). */
  private onSimilar(e: CustomEvent<{ id: string }>) {
    if (!this.compact) this.view.set({ writing: false });
    void this.view.openDetail(e.detail.id);
  }

  /** The detail reported a saved vote or comment: the list shows the same numbers without a reload. */
  private onDetailVote(e: CustomEvent<VoteDetail>) {
    this.store?.patchIdea(e.detail.id, { votes: e.detail.votes, votedByMe: e.detail.votedByMe });
  }

  private onDetailComment(e: CustomEvent<IdeaComment>) {
    const idea = this.ideas.value?.items.find((i) => i.id === e.detail.ideaId);
    if (idea && e.detail.status === "published")
      this.store?.patchIdea(idea.id, { commentCount: idea.commentCount + 1 });
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector("dialog");
  }

  /** Closing the form: the dialog closes too (its `close` event puts focus back on the button). */
  private closeForm() {
    if (this.compact) this.dialog?.close();
    else this.view.set({ writing: false });
  }

  private dialogClosed() {
    this.view.set({ writing: false, opened: null });
    this.renderRoot.querySelector<HTMLElement>("[part=suggest-button]")?.focus();
  }

  private submitted(idea: Idea) {
    const { m } = this.i18n;
    this.notice = idea.moderation === "pending" ? m.postedPending : m.posted;
    void this.store?.reload();
  }

  protected override render() {
    if (this.compact) return this.compactView();
    const { m } = this.i18n;
    const s = this.ideas.value;
    if (!s || s.status === "idle") return this.list.skeleton();
    return html`<section part="base" class="base" aria-labelledby="heading">
      <div class="head">
        <h2 id="heading" part="heading">${m.heading}</h2>
        ${
          this.view.writing
            ? nothing
            : html`<button part="suggest-button" class="btn btn-primary" @click=${() => this.view.openForm(() => this.compact && this.dialog?.showModal())}
                @pointerenter=${loadForm} @focus=${loadForm}>${m.suggest}</button>`
        }
      </div>
      ${this.view.writing ? this.form() : nothing}
      ${
        this.view.opened
          ? html`<div part="notice" class="notice" role="status">${this.notice}</div>${this.detail(this.view.opened)}`
          : this.browse(s)
      }
    </section>`;
  }

  private browse(s: IdeasState): TemplateResult {
    const { m } = this.i18n;
    return html`<div part="toolbar" class="toolbar">
        <label class="sort"
          ><span class="label">${m.sortBy}</span>
          <select part="sort" @change=${(e: Event) => this.store?.load({ sort: (e.target as HTMLSelectElement).value as IdeaSort })}>
            ${SORTS.map((v) => html`<option value=${v} ?selected=${s.sort === v}>${m.sort[v]}</option>`)}
          </select></label
        >
        ${
          this.categories.size
            ? html`<label class="sort"
                ><span class="label">${m.category}</span>
                <select part="category" @change=${(e: Event) => this.store?.load({ category: (e.target as HTMLSelectElement).value || null })}>
                  <option value="" ?selected=${!s.category}>${m.allCategories}</option>
                  ${[...this.categories].map(([id, name]) => html`<option value=${id} ?selected=${s.category === id}>${name}</option>`)}
                </select></label
              >`
            : nothing
        }
        ${this.list.search()}
      </div>
      <div part="tabs" class="tabs" role="group" aria-label=${m.statusFilter}>
        ${TABS.map(
          (t) => html`<button part="tab" class="tab" aria-pressed=${s.ideaStatus === t ? "true" : "false"}
            @click=${() => this.store?.load({ ideaStatus: t })}>${t ? m.status[t] : m.all}</button>`,
        )}
      </div>
      <div part="notice" class="notice" role="status">${this.notice}</div>
      ${this.list.body(s, () => this.ideaList())}`;
  }

  private form(): TemplateResult {
    return html`<corner-idea-form
      part="form"
      exportparts="form-base, field, submit-button, sign-in, similar"
      .site=${this.site}
      .api=${this.api}
      .board=${this.board}
      .headingLevel=${this.compact ? 2 : 3}
      theme=${this.theme}
      @corner-idea-submit=${(e: CustomEvent<Idea>) => this.submitted(e.detail)}
      @corner-idea-form-close=${this.closeForm}
      @corner-idea-open=${this.onSimilar}
    ></corner-idea-form>`;
  }

  private detail(id: string): TemplateResult {
    return html`<corner-idea-detail
      part="detail"
      idea=${id}
      .headingLevel=${this.compact ? 2 : 3}
      .site=${this.site}
      .api=${this.api}
      theme=${this.theme}
      @corner-idea-close=${() => this.view.closeDetail()}
      @corner-idea-vote=${this.onDetailVote}
      @corner-idea-comment=${this.onDetailComment}
    ></corner-idea-detail>`;
  }

  /** Compact mode: the button, and the dialog with the form (or an idea the form found similar). */
  private compactView(): TemplateResult {
    const { m } = this.i18n;
    return html`<div part="base" class="compact">
      <button part="suggest-button" class="btn btn-primary" aria-haspopup="dialog" @click=${() => this.view.openForm(() => this.compact && this.dialog?.showModal())}
        @pointerenter=${loadForm} @focus=${loadForm}>${m.suggest}</button>
      <div part="notice" class="notice" role="status">${this.notice}</div>
      <dialog part="dialog" class="dialog" aria-label=${m.suggest} @close=${this.dialogClosed}>
        <div class="dialog-head">
          <button part="close-button" class="btn btn-link close" aria-label=${m.close}
            @click=${() => this.dialog?.close()}><span aria-hidden="true">✕</span></button>
        </div>
        ${this.view.writing ? (this.view.opened ? this.detail(this.view.opened) : this.form()) : nothing}
      </dialog>
    </div>`;
  }

  private ideaList(): TemplateResult {
    const { m } = this.i18n;
    const s = this.ideas.value!;
    if (ideasEmpty(s)) {
      return s.q || s.ideaStatus || s.category
        ? html`<p class="empty" part="empty">${m.noMatch}</p>`
        : html`<div class="empty" part="empty">
            <p class="empty-title">${m.emptyTitle}</p>
            <p class="muted">${m.emptyBody}</p>
          </div>`;
    }
    return this.list.items(s, (i) => this.item(i));
  }

  private item(i: Idea): TemplateResult {
    const { m, fmt } = this.i18n;
    return html`<li part="idea" class="idea">
      <button part="vote-button" class="vote" aria-pressed=${i.votedByMe ? "true" : "false"}
        aria-label=${`${m.voteFor(i.title)}, ${m.votes(fmt, i.votes)}`} @click=${() => this.vote(i)}>
        <span class="arrow" aria-hidden="true">▲</span>
        <span class="count" aria-hidden="true">${fmt.number(i.votes)}</span>
      </button>
      <div class="idea-body">
        <h3 class="title"><a part="idea-link" href=${`#idea-${i.id}`} data-id=${i.id}
          @click=${(e: MouseEvent) => this.view.onLink(e, i.id)}>${i.title}</a></h3>
        <p class="meta">
          <span part="status-badge" class=${`badge status-${i.status}`}>${m.status[i.status]}</span>
          ${i.category ? html`<span class="category">${this.categories.get(i.category) ?? i.category}</span>` : nothing}
          <span class="muted">${m.comments(fmt, i.commentCount)}</span>
          ${i.moderation === "pending" ? html`<span class="badge">${m.pending}</span>` : nothing}
        </p>
      </div>
    </li>`;
  }
}
