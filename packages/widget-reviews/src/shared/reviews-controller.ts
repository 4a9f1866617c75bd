import { type CornerElement, StoreController } from "@corner/core";
import { acquireReviews, type ReviewsState, type ReviewsStore } from "@corner/state";
import type { ReactiveController } from "lit";

type Host = CornerElement & { subject: string | undefined };

/**
 * Connects an element to the shared reviews store of its (api, site, subject): switches stores when any of
 * them changes (the old one's request is cancelled when nobody else uses it) and lets go on removal.
 */
export class ReviewsController implements ReactiveController {
  store: ReviewsStore | null = null;
  private key: string | null = null;
  private state: StoreController<ReviewsState>;

  constructor(
    private host: Host,
    private onBind: (store: ReviewsStore) => void,
  ) {
    this.state = new StoreController<ReviewsState>(host);
    host.addController(this);
  }

  get value(): ReviewsState | undefined {
    return this.state.value;
  }

  hostConnected(): void {
    // Lit does not re-render on re-connection; the next update re-binds the store.
    if (!this.store) this.host.requestUpdate();
  }

  hostUpdate(): void {
    // An update can still run after removal (unbinding asks for one): a removed element takes no store.
    if (!this.host.isConnected) return;
    const config = this.host.config;
    const subject = this.host.subject;
    const key = config && subject ? `${config.api}|${config.site}|${subject}` : null;
    if (key === this.key) return;
    this.unbind();
    this.key = key;
    if (!config || !subject) return;
    this.store = acquireReviews(config, subject);
    this.state.store = this.store.$state;
    this.onBind(this.store);
  }

  hostDisconnected(): void {
    this.unbind();
  }

  private unbind(): void {
    this.store?.release();
    this.store = null;
    this.key = null;
    this.state.store = null;
  }
}
