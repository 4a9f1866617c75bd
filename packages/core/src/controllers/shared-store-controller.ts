import type { ReactiveController } from "lit";
import type { ReadableAtom } from "nanostores";
import type { CornerElement } from "../corner-element.ts";
import { StoreController } from "./store-controller.ts";

type Config = NonNullable<CornerElement["config"]>;

/** A store shared by every element showing the same thing, released by each when done. */
export interface SharedStore<S> {
  readonly $state: ReadableAtom<S>;
  release(): void;
}

/**
 * Connects an element to the shared store of its (api, site, id) — a subject's reviews, a board's ideas:
 * switches stores when any of them changes (the old one's request is cancelled when nobody else uses it)
 * and lets go on removal.
 * @example
 * private reviews = new SharedStoreController(this, () => this.subject, acquireReviews, (s) => void s.ensure());
 */
export class SharedStoreController<S, St extends SharedStore<S>> implements ReactiveController {
  store: St | null = null;
  private key: string | null = null;
  private state: StoreController<S>;

  constructor(
    private host: CornerElement,
    private id: () => string | undefined,
    private acquire: (config: Config, id: string) => St,
    private onBind: (store: St) => void,
  ) {
    this.state = new StoreController<S>(host);
    host.addController(this);
  }

  get value(): S | undefined {
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
    const id = this.id();
    const key = config && id ? `${config.api}|${config.site}|${id}` : null;
    if (key === this.key) return;
    this.unbind();
    this.key = key;
    if (!config || !id) return;
    this.store = this.acquire(config, id);
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
