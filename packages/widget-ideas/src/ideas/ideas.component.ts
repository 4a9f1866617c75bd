import type { Idea, IdeaSort, IdeaStatus } from "@corner/contracts";
import { CornerElement, emit, I18nController } from "@corner/core";
import { type IdeasStore, ideasEmpty } from "@corner/state";
import { controls, reset, tokens } from "@corner/theme";
import { html, nothing, type TemplateResult } from "lit";
import { boardOf } from "../shared/board.ts";
import type { CornerIdeasEvents } from "../shared/events.ts";
import { IdeasController } from "../shared/ideas-controller.ts";
import { catalog } from "./i18n/catalog.ts";
import { ideasStyles } from "./ideas.styles.ts";

const SORTS: IdeaSort[] = ["trending", "top", "new"];
const TABS: (IdeaStatus | null)[] = [null, "open", "under_review", "planned", "in_progress", "done"];
const SEARCH_DELAY = 300;
const loadForm = () => import("../idea-form/idea-form.ts");

/**
 * @summary An ideas board: sort, status filter, search, a list of ideas with optimistic votes, load more,
 * and a "Suggest an idea" form loaded on first use.
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
 * @csspart tabs - The status filter buttons.
 * @csspart tab - One status filter button.
 * @csspart suggest-button - Opens the idea form.
 * @csspart form - The idea form.
 * @csspart list - The list of ideas.
 * @csspart idea - One idea.
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
    writing: { state: true },
    notice: { state: true },
    query: { state: true },
    categories: { state: true },
  };
  static override styles = [tokens, reset, controls, ideasStyles];

  /** The board's id, e.g. `feedback`. */
  declare board: string | undefined;
  declare private writing: boolean;
  declare private notice: string;
  /** What is typed in the search box (the list follows it after a pause). */
  declare private query: string;
  /** Category names by id, once the board has loaded. */
  declare private categories: Map<string, string>;

  private i18n = new I18nController(this, catalog);
  private ideas = new IdeasController(this, (store) => {
    this.writing = false;
    this.notice = "";
    this.query = store.$state.get().q;
    if (store.$state.get().status === "idle") void store.load();
    const { config, board } = this;
    if (config && board)
      void boardOf(config, board).then((b) => {
        if (b && this.board === board) this.categories = new Map(b.categories.map((c) => [c.id, c.name]));
      });
  });
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.writing = false;
    this.notice = "";
    this.query = "";
    this.categories = new Map();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  private get store(): IdeasStore | null {
    return this.ideas.store;
  }

  private onSearch(e: Event) {
    this.query = (e.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    // The store aborts the request of the previous query when the next one starts.
    this.searchTimer = setTimeout(() => void this.store?.load({ q: this.query.trim() }), SEARCH_DELAY);
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

  private async openForm() {
    this.notice = this.i18n.m.loadingForm;
    try {
      await loadForm();
    } catch (e) {
      this.notice = "";
      console.warn("[corner]", e);
      return;
    }
    this.notice = "";
    this.writing = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("corner-idea-form")?.focus();
  }

  private submitted(idea: Idea) {
    const { m } = this.i18n;
    this.notice = idea.moderation === "pending" ? m.postedPending : m.posted;
    void this.store?.reload();
  }

  protected override render() {
    const { m } = this.i18n;
    const s = this.ideas.value;
    if (!s || s.status === "idle") return this.skeleton();
    return html`<section part="base" class="base" aria-labelledby="heading">
      <div class="head">
        <h2 id="heading" part="heading">${m.heading}</h2>
        ${
          this.writing
            ? nothing
            : html`<button part="suggest-button" class="btn btn-primary" @click=${this.openForm}
                @pointerenter=${loadForm} @focus=${loadForm}>${m.suggest}</button>`
        }
      </div>
      ${
        this.writing
          ? html`<corner-idea-form
              part="form"
              exportparts="form-base, field, submit-button, sign-in, similar"
              .site=${this.site}
              .api=${this.api}
              .board=${this.board}
              theme=${this.theme}
              @corner-idea-submit=${(e: CustomEvent<Idea>) => this.submitted(e.detail)}
              @corner-idea-form-close=${() => {
                this.writing = false;
              }}
            ></corner-idea-form>`
          : nothing
      }
      <div part="toolbar" class="toolbar">
        <label class="sort"
          ><span class="label">${m.sortBy}</span>
          <select part="sort" @change=${(e: Event) => this.store?.load({ sort: (e.target as HTMLSelectElement).value as IdeaSort })}>
            ${SORTS.map((v) => html`<option value=${v} ?selected=${s.sort === v}>${m.sort[v]}</option>`)}
          </select></label
        >
        <input part="search" class="search" type="search" aria-label=${m.search} placeholder=${m.search}
          .value=${this.query} @input=${this.onSearch} />
      </div>
      <div part="tabs" class="tabs" role="group" aria-label=${m.statusFilter}>
        ${TABS.map(
          (t) => html`<button part="tab" class="tab" aria-pressed=${s.ideaStatus === t ? "true" : "false"}
            @click=${() => this.store?.load({ ideaStatus: t })}>${t ? m.status[t] : m.all}</button>`,
        )}
      </div>
      <div part="notice" class="notice" role="status">${this.notice}</div>
      ${s.status === "error" ? this.failed() : s.status === "loading" && !s.items.length ? this.skeletonRows() : this.list()}
    </section>`;
  }

  private list(): TemplateResult {
    const { m } = this.i18n;
    const s = this.ideas.value!;
    if (ideasEmpty(s)) {
      return s.q || s.ideaStatus
        ? html`<p class="empty" part="empty">${m.noMatch}</p>`
        : html`<div class="empty" part="empty">
            <p class="empty-title">${m.emptyTitle}</p>
            <p class="muted">${m.emptyBody}</p>
          </div>`;
    }
    return html`<ol part="list" class="list" aria-busy=${s.status === "loading" ? "true" : "false"}>
        ${s.items.map((i) => this.item(i))}
      </ol>
      ${
        s.next
          ? html`${s.more === "error" ? html`<p class="error-text">${m.loadMoreFailed}</p>` : nothing}
            <button part="load-more" class="btn load-more" ?disabled=${s.more === "loading"}
              @click=${() => this.store?.loadMore()}>${m.loadMore}</button>`
          : nothing
      }`;
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
        <h3 class="title">${i.title}</h3>
        <p class="meta">
          <span part="status-badge" class=${`badge status-${i.status}`}>${m.status[i.status]}</span>
          ${i.category ? html`<span class="category">${this.categories.get(i.category) ?? i.category}</span>` : nothing}
          <span class="muted">${m.comments(fmt, i.commentCount)}</span>
          ${i.moderation === "pending" ? html`<span class="badge">${m.pending}</span>` : nothing}
        </p>
      </div>
    </li>`;
  }

  private skeletonRows(): TemplateResult {
    return html`<span class="visually-hidden" role="status">${this.i18n.m.loading}</span>
      <div class="skeleton" aria-hidden="true"><div class="sk"></div><div class="sk"></div><div class="sk"></div></div>`;
  }

  private skeleton(): TemplateResult {
    return html`<section part="base" class="base" aria-busy="true">${this.skeletonRows()}</section>`;
  }

  private failed(): TemplateResult {
    const { m } = this.i18n;
    return html`<div part="error" class="error" role="alert">
      <p>${m.error}</p>
      <button class="btn" @click=${() => this.store?.reload()}>${m.retry}</button>
    </div>`;
  }
}
