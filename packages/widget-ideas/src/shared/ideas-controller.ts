import { type CornerElement, StoreController } from "@corner/core";
import { acquireIdeas, type IdeasState, type IdeasStore } from "@corner/state";
import type { ReactiveController } from "lit";

type Host = CornerElement & { board: string | undefined };

/**
 * Connects an element to the shared ideas store of its (api, site, board): switches stores when any of them
 * changes (the old one's request is cancelled when nobody else uses it) and lets go on removal.
 */
export class IdeasController implements ReactiveController {
  store: IdeasStore | null = null;
  private key: string | null = null;
  private state: StoreController<IdeasState>;

  constructor(
    private host: Host,
    private onBind: (store: IdeasStore) => void,
  ) {
    this.state = new StoreController<IdeasState>(host);
    host.addController(this);
  }

  get value(): IdeasState | undefined {
    return this.state.value;
  }

  hostConnected(): void {
    if (!this.store) this.host.requestUpdate();
  }

  hostUpdate(): void {
    if (!this.host.isConnected) return;
    const config = this.host.config;
    const board = this.host.board;
    const key = config && board ? `${config.api}|${config.site}|${board}` : null;
    if (key === this.key) return;
    this.unbind();
    this.key = key;
    if (!config || !board) return;
    this.store = acquireIdeas(config, board);
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
