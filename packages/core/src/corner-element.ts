import type { CornerConfig } from "@corner/state";
import { ContextEvent } from "@lit/context";
import { LitElement } from "lit";
import { configContext } from "./context.ts";

export type Theme = "light" | "dark" | "auto";

/**
 * Base of every Corner element: `site`, `api` and `theme` properties, defaults from a `<corner-provider>`
 * ancestor or `window.Corner.config`. A property set on the element before it upgraded is kept (Lit saves
 * instance properties that shadow its accessors and re-applies them on the first update).
 */
export class CornerElement extends LitElement {
  static override properties = {
    site: { type: String },
    api: { type: String },
    theme: { type: String, reflect: true },
  };

  /** Site id; defaults to the provider's or the loader's `data-site`. */
  declare site: string | undefined;
  /** API origin without `/v1`; defaults to the provider's or the loader's `data-api`. */
  declare api: string | undefined;
  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  declare theme: Theme;

  private _provided: Partial<CornerConfig> | undefined;
  private _unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    this.theme = "light";
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Ask a `<corner-provider>` ancestor for its config (the context protocol that @lit/context's
    // ContextProvider answers, without its consumer controller) and follow its changes while connected.
    this.dispatchEvent(
      new ContextEvent(
        configContext,
        this,
        (value, unsubscribe) => {
          if (this._unsubscribe !== unsubscribe) this._unsubscribe?.();
          this._unsubscribe = unsubscribe;
          this._provided = value;
          this.requestUpdate();
        },
        true,
      ),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribe?.();
    this._unsubscribe = this._provided = undefined;
  }

  /** Where to read and write: attributes first, then `<corner-provider>`, then the loader. Null if unknown. */
  get config(): CornerConfig | null {
    const provided = this._provided;
    const global = globalThis.window?.Corner?.config;
    const site = this.site || provided?.site || global?.site;
    const api = this.api || provided?.api || global?.api;
    return site && api ? { site, api: api.replace(/\/+$/, "") } : null;
  }
}
