import type { DraftStore } from "@corner/state";
import type { ReactiveControllerHost } from "lit";
import { StoreController } from "./store-controller.ts";

/**
 * Binds a form to the persisted draft of one (site, owner): read `value`, write with `set()`. The draft
 * lives in localStorage, so it survives failures, reloads and expired sign-ins.
 * @example
 * private draft = new DraftController(this, ideaDraft, { title: "", description: "", category: "" });
 * willUpdate() { if (this.draft.bind(site, board) && this.draft.value.title) this.similar.find() }
 * html`<textarea .value=${this.draft.value.description} @input=${(e) => this.draft.set("description", e.target.value)}>`
 */
export class DraftController<T extends object> extends StoreController<T> {
  draft: DraftStore<T> | null = null;
  private boundTo = "";

  constructor(
    host: ReactiveControllerHost,
    /** The draft store of a site and owner (a subject, a board), e.g. `ideaDraft`. */
    private open: (site: string, owner: string) => DraftStore<T>,
    /** What `value` is before binding. */
    private empty: T,
  ) {
    super(host);
  }

  /** Follows the draft of `owner` on `site`; true when that is another draft than before. */
  bind(site: string, owner: string): boolean {
    const key = `${site}|${owner}`;
    if (key === this.boundTo) return false;
    this.boundTo = key;
    this.draft = this.open(site, owner);
    this.store = this.draft.$draft;
    return true;
  }

  override get value(): T {
    return super.value ?? this.empty;
  }

  set<K extends keyof T>(field: K, value: T[K]): void {
    this.draft?.set(field, value);
  }
}
