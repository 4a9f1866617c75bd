import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { ReadableAtom } from "nanostores";

/**
 * Keeps a host element subscribed to a nanostore while it is connected, re-rendering on every change.
 * Assign `store` to switch stores (e.g. when the subject changes).
 * @example
 * private state = new StoreController(this, reviews.$state);
 * render() { return this.state.value.status }
 */
export class StoreController<T> implements ReactiveController {
  private _store: ReadableAtom<T> | null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private host: ReactiveControllerHost,
    store: ReadableAtom<T> | null = null,
  ) {
    this._store = store;
    host.addController(this);
  }

  get value(): T | undefined {
    return this._store?.get();
  }

  get store(): ReadableAtom<T> | null {
    return this._store;
  }

  set store(store: ReadableAtom<T> | null) {
    if (store === this._store) return;
    const connected = this.unsubscribe !== null;
    this.hostDisconnected();
    this._store = store;
    if (connected) this.hostConnected();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = this._store?.listen(() => this.host.requestUpdate()) ?? (() => {});
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
