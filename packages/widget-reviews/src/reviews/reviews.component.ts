import type { Review, ReviewSort } from "@corner/contracts";
import { CornerElement, I18nController } from "@corner/core";
import { isEmpty, type ReviewsStore } from "@corner/state";
import { controls, reset, tokens } from "@corner/theme";
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { ReviewsController } from "../shared/reviews-controller.ts";
import { starStyles, stars } from "../shared/stars.ts";
import { catalog } from "./i18n/catalog.ts";
import { reviewsStyles } from "./reviews.styles.ts";

const SORTS: ReviewSort[] = ["newest", "highest", "lowest", "helpful"];
const loadForm = () => import("../review-form/review-form.ts");
type Actions = typeof import("./actions.ts");

/**
 * @summary Reviews of a subject: summary with histogram filter, sort, list with helpful votes, load more,
 * and a "Write a review" form loaded on first use.
 *
 * @event corner-review-submit - A review was accepted by the server. `detail` is the review.
 * @event corner-review-helpful - A helpful mark was saved. `detail` is `{ id, helpful, helpfulByMe }`.
 * @event corner-login-required - The person must sign in first. `detail` is `{ reason, site }`.
 * @event corner-login - Someone signed in through the form (guest). `detail` is `{ site, user }`.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The heading.
 * @csspart summary - Average, stars and count.
 * @csspart histogram - The list of star-level bars.
 * @csspart histogram-bar - One star-level bar (a button that filters).
 * @csspart toolbar - Sort menu, filter chip and the write button.
 * @csspart sort - The sort `<select>`.
 * @csspart filter-chip - The active filter; clicking it clears the filter.
 * @csspart write-button - Opens the review form.
 * @csspart form - The review form (its own parts are exported: submit-button, star-input, field...).
 * @csspart list - The list of reviews.
 * @csspart review - One review.
 * @csspart helpful-button - The helpful toggle of a review.
 * @csspart report-button - The report action of a review.
 * @csspart load-more - The "load more" button.
 * @csspart notice - Status messages (also announced to screen readers).
 *
 * @cssproperty --corner-star-size - Size of the stars.
 * @cssproperty --corner-reviews-bar-color - Colour of the histogram bars.
 * @cssproperty --corner-reviews-max-width - Maximum width of the widget.
 */
export class CornerReviews extends CornerElement {
  static override properties = {
    ...CornerElement.properties,
    subject: { type: String, reflect: true },
    writing: { state: true },
    notice: { state: true },
    reporting: { state: true },
  };
  static override styles = [tokens, reset, controls, starStyles, reviewsStyles];

  /** The reviewed thing's id (a product SKU, a page id). */
  declare subject: string | undefined;
  // The members below are for `actions.ts`, this element's interaction code (not public API).
  /** @internal */
  declare writing: boolean;
  /** @internal The status message (announced). */
  declare notice: string;
  /** @internal The review whose report form is open. */
  declare reporting: string | null;
  /** @internal */
  reported = new Set<string>();
  /** @internal */
  i18n = new I18nController(this, catalog);
  /** @internal */
  reviews: ReviewsController = new ReviewsController(this, (store) => {
    this.writing = false;
    this.notice = "";
    if (store.$state.get().status === "idle") void store.load();
  });

  constructor() {
    super();
    this.writing = false;
    this.notice = "";
    this.reporting = null;
  }

  private get store(): ReviewsStore | null {
    return this.reviews.store;
  }

  /** The interaction code and its messages, once imported (on the first hover, focus or click). */
  private actions: Actions | undefined;
  private loading: Promise<Actions> | undefined;

  /** Runs `then` with the interaction code, importing it first (a failed import is tried again next time). */
  private act = (then?: (a: Actions) => unknown): Promise<unknown> => {
    this.loading ??= import("./actions.ts").then(
      (a) => {
        this.actions = a;
        this.requestUpdate();
        return a;
      },
      (e: unknown) => {
        this.loading = undefined;
        throw e;
      },
    );
    return this.loading.then(then).catch((e: unknown) => console.warn("[corner]", e));
  };

  /**
   * What only the interaction code renders (a filter set by a click, which loads it first): `nothing` until it
   * is here, which a filter set from elsewhere (another widget on the same store) makes it fetch.
   */
  private later(part: (a: Actions) => unknown): unknown {
    if (this.actions) return part(this.actions);
    void this.act();
    return nothing;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Bar lengths as custom properties through the CSSOM: allowed under a strict CSP, unlike style="".
    for (const fill of this.renderRoot.querySelectorAll<HTMLElement>(".fill[data-pct]")) {
      fill.style.setProperty("--_pct", `${fill.dataset.pct}%`);
    }
  }

  protected override render() {
    const { m } = this.i18n;
    const s = this.reviews.value;
    if (!s || s.status === "idle" || (s.status === "loading" && !s.summary)) return this.skeleton();
    if (s.status === "error" && !s.summary) return this.failed();
    const summary = s.summary!;
    const mine = s.items.find((r) => r.mine);
    return html`<section part="base" class="base" aria-labelledby="heading" @pointerover=${this.act} @focusin=${this.act}>
      <h2 id="heading" part="heading">${m.heading}</h2>
      ${summary.count ? this.summary(s.rating) : nothing}
      <div part="toolbar" class="toolbar">
        ${
          summary.count
            ? html`<label class="sort"
                ><span class="label">${m.sortBy}</span>
                <select part="sort" @change=${(e: Event) => this.store?.load((e.target as HTMLSelectElement).value as ReviewSort)}>
                  ${SORTS.map((v) => html`<option value=${v} ?selected=${s.sort === v}>${m.sort[v]}</option>`)}
                </select></label
              >`
            : nothing
        }
        ${s.rating ? this.later((a) => a.filterChip(this, s.rating!)) : nothing}
        <span class="spacer"></span>
        ${summary.count ? this.writeButton(mine) : nothing}
      </div>
      <div part="notice" class="notice" role="status">${this.notice}</div>
      ${this.writing && this.actions ? this.actions.form(this, mine) : nothing}
      ${s.status === "error" ? this.failed() : this.list()}
    </section>`;
  }

  private writeButton(mine?: Review): TemplateResult | typeof nothing {
    if (this.writing) return nothing;
    const { m } = this.i18n;
    return html`<button part="write-button" class="btn btn-primary" @click=${() => this.act((a) => a.openForm(this))} @pointerenter=${loadForm} @focus=${loadForm}>
      ${mine ? m.edit : m.write}
    </button>`;
  }

  private summary(filter: number | null): TemplateResult {
    const { m, fmt } = this.i18n;
    const { count, average, histogram } = this.reviews.value!.summary!;
    const max = Math.max(1, ...Object.values(histogram));
    return html`<div part="summary" class="summary">
      <div class="score">
        <span class="average" aria-hidden="true">${fmt.number(average, 1)}</span>
        <span class="score-detail">
          ${stars(average)}
          <span class="muted" aria-hidden="true">${m.basedOn(fmt, count)}</span>
          <span class="visually-hidden">${m.summaryLabel(fmt, average, count)}</span>
        </span>
      </div>
      <ul part="histogram" class="histogram" aria-label=${m.histogram}>
        ${[5, 4, 3, 2, 1].map((star) => {
          const n = histogram[String(star) as "1"];
          return html`<li>
            <button
              part="histogram-bar"
              class="bar"
              aria-pressed=${filter === star ? "true" : "false"}
              ?disabled=${n === 0}
              @click=${() =>
                // The filter chip is interaction code: here before the filtered list is (loaded or not).
                this.act().then(() => this.store?.load(undefined, filter === star ? null : star))}
            >
              <span class="bar-star" aria-hidden="true">${fmt.number(star)} ★</span>
              <span class="track"><span class="fill" data-pct=${Math.round((n / max) * 100)}></span></span>
              <span class="bar-count" aria-hidden="true">${fmt.number(n)}</span>
              <span class="visually-hidden">${m.bar(fmt, star, n)}</span>
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private list(): TemplateResult {
    const { m, fmt } = this.i18n;
    const s = this.reviews.value!;
    if (isEmpty(s)) {
      return s.rating
        ? html`<p class="empty" part="empty">${this.later((a) => a.messages(this).noneAtLevel(fmt, s.rating!))}</p>`
        : html`<div class="empty" part="empty">
            <p class="empty-title">${m.emptyTitle}</p>
            <p class="muted">${m.emptyBody}</p>
            ${this.writeButton()}
          </div>`;
    }
    return html`<ol part="list" class="list" aria-busy=${s.status === "loading" ? "true" : "false"}>
        ${s.items.map((r) => this.item(r))}
      </ol>
      ${
        s.next
          ? html`${s.more === "error" && this.actions ? html`<p class="error-text">${this.actions.messages(this).loadMoreFailed}</p>` : nothing}
            <button part="load-more" class="btn load-more" ?disabled=${s.more === "loading"} @click=${() => {
              void this.act();
              void this.store?.loadMore();
            }}>
              ${m.loadMore}
            </button>`
          : nothing
      }`;
  }

  private item(r: Review): TemplateResult {
    const { m, fmt } = this.i18n;
    return html`<li part="review" class="review">
      <article>
        <div class="review-head">
          ${stars(r.rating)}<span class="visually-hidden">${m.stars(fmt, r.rating)}</span>
          ${r.title ? html`<h3 class="title">${r.title}</h3>` : nothing}
        </div>
        <p class="meta">
          <span class="author">${r.author.name}</span>
          <span aria-hidden="true">·</span>
          <time datetime=${r.createdAt} title=${fmt.date(r.createdAt)}>${fmt.relative(r.createdAt)}</time>
          ${r.status === "pending" ? html`<span class="badge">${m.pending}</span>` : nothing}
        </p>
        <p class="body">${r.body}</p>
        <div class="actions">
          <button
            part="helpful-button"
            class="btn helpful"
            aria-pressed=${r.helpfulByMe ? "true" : "false"}
            aria-describedby=${`hc-${r.id}`}
            @click=${() => this.act((a) => a.toggleHelpful(this, r))}
          >
            ${m.helpful}
          </button>
          <span class="muted" id=${`hc-${r.id}`}>${m.helpfulCount(fmt, r.helpful)}</span>
          <span class="spacer"></span>
          ${
            this.reported.has(r.id) || this.reporting === r.id
              ? nothing
              : html`<button part="report-button" class="btn btn-link" @click=${() => this.act((a) => a.startReport(this, r))}>${m.report}</button>`
          }
        </div>
        ${
          this.reporting === r.id && this.actions
            ? this.actions.reportForm(
                this.actions.messages(this),
                (reason) => this.actions?.sendReport(this, r, reason),
                () => {
                  this.reporting = null;
                },
              )
            : nothing
        }
      </article>
    </li>`;
  }

  private skeleton(): TemplateResult {
    return html`<section part="base" class="base" aria-busy="true">
      <span class="visually-hidden" role="status">${this.i18n.m.loading}</span>
      <div class="skeleton" aria-hidden="true">
        <div class="sk"></div>
        <div class="sk"></div>
        <div class="sk"></div>
        <div class="sk"></div>
      </div>
    </section>`;
  }

  private failed(): TemplateResult {
    const { m } = this.i18n;
    return html`<div part="error" class="error" role="alert">
      <p>${m.error}</p>
      <button class="btn" @click=${() => this.store?.reload()}>${m.retry}</button>
    </div>`;
  }
}
