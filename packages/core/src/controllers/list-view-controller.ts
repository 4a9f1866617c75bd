import { html, nothing, type ReactiveController, type TemplateResult } from "lit";
import type { CornerElement } from "../corner-element.ts";

/** A pause in typing long enough to search. */
const SEARCH_DELAY = 300;

/** What a list view shows of its store's state (a `ListState` of `@corner/state`). */
interface Paged {
  status: "idle" | "loading" | "error" | "ready";
  items: readonly unknown[];
  next: string | null;
  more: "idle" | "loading" | "error";
}

/** The store calls it makes: search, load more and retry. */
interface Pager {
  load(query: { q: string }): unknown;
  loadMore(): unknown;
  reload(): unknown;
}

export interface ListViewMessages {
  search: string;
  loading: string;
  error: string;
  retry: string;
  loadMore: string;
  loadMoreFailed: string;
}

/**
 * What the ideas board and the Q&A list show around their items: the search box (the list follows it after
 * a pause in typing, the store cancelling the previous query's request), the skeleton while the first page
 * loads, the error panel with Retry, and "load more" with its failure. The host renders its own items.
 * @example
 * private list = new ListViewController(this, () => this.store, () => this.i18n.m);
 * render() { return html`${this.list.search()} ${this.list.body(s, () => this.list.items(s, (i) => this.item(i)))}` }
 */
export class ListViewController implements ReactiveController {
  /** What is typed in the search box. */
  query = "";
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private host: CornerElement,
    private store: () => Pager | null,
    private messages: () => ListViewMessages,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Another store is shown: the box shows its query and nothing typed before is still to be searched. */
  follow(q: string): void {
    clearTimeout(this.timer);
    this.query = q;
    this.host.requestUpdate();
  }

  search(): TemplateResult {
    const { search } = this.messages();
    return html`<input part="search" class="search" type="search" aria-label=${search} placeholder=${search}
      .value=${this.query} @input=${this.onSearch} />`;
  }

  private onSearch = (e: Event) => {
    this.follow((e.target as HTMLInputElement).value);
    this.timer = setTimeout(() => void this.store()?.load({ q: this.query.trim() }), SEARCH_DELAY);
  };

  /** The error panel, the skeleton while the first page loads, else what `list` renders. */
  body(s: Paged, list: () => TemplateResult): TemplateResult {
    return s.status === "error"
      ? this.failed()
      : s.status === "loading" && !s.items.length
        ? this.rows()
        : list();
  }

  /** The items, then "load more" while there is a next page. */
  items<T>(s: Paged & { items: readonly T[] }, item: (i: T) => TemplateResult): TemplateResult {
    const m = this.messages();
    return html`<ol part="list" class="list" aria-busy=${s.status === "loading" ? "true" : "false"}>
        ${s.items.map(item)}
      </ol>
      ${
        s.next
          ? html`${s.more === "error" ? html`<p class="error-text">${m.loadMoreFailed}</p>` : nothing}
            <button part="load-more" class="btn load-more" ?disabled=${s.more === "loading"}
              @click=${() => this.store()?.loadMore()}>${m.loadMore}</button>`
          : nothing
      }`;
  }

  /** The whole widget before its store has loaded anything. */
  skeleton(): TemplateResult {
    return html`<section part="base" class="base" aria-busy="true">${this.rows()}</section>`;
  }

  private rows(): TemplateResult {
    return html`<span class="visually-hidden" role="status">${this.messages().loading}</span>
      <div class="skeleton" aria-hidden="true"><div class="sk"></div><div class="sk"></div><div class="sk"></div></div>`;
  }

  private failed(): TemplateResult {
    const m = this.messages();
    return html`<div part="error" class="error" role="alert">
      <p>${m.error}</p>
      <button class="btn" @click=${() => this.store()?.reload()}>${m.retry}</button>
    </div>`;
  }
}
