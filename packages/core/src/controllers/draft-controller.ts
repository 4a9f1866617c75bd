import { type DraftStore, type ReviewDraft, reviewDraft } from "@corner/state";
import { StoreController } from "./store-controller.ts";

/**
 * Binds a form to the persisted draft of one (site, subject): read `value`, write with `set()`.
 * The draft lives in localStorage, so it survives failures, reloads and expired sign-ins.
 * @example
 * private draft = new DraftController(this);
 * this.draft.bind("demo", "trail-runner-2");
 * html`<textarea .value=${this.draft.value.body} @input=${(e) => this.draft.set("body", e.target.value)}>`
 */
export class DraftController extends StoreController<ReviewDraft> {
  draft: DraftStore | null = null;

  bind(site: string, subject: string): void {
    this.draft = reviewDraft(site, subject);
    this.store = this.draft.$draft;
  }

  override get value(): ReviewDraft {
    return super.value ?? { rating: 0, title: "", body: "" };
  }

  set<K extends keyof ReviewDraft>(field: K, value: ReviewDraft[K]): void {
    this.draft?.set(field, value);
  }
}
