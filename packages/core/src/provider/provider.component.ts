import type { CornerConfig } from "@corner/state";
import { ContextProvider } from "@lit/context";
import { css, html, LitElement, type PropertyValues } from "lit";
import { configContext } from "../context.ts";

/**
 * @summary Gives every Corner element inside it a site and API, so they need no attributes of their own.
 * @slot - The page content with Corner elements.
 */
export class CornerProvider extends LitElement {
  static override properties = { site: { type: String }, api: { type: String } };
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  declare site: string | undefined;
  declare api: string | undefined;

  private provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("site") || changed.has("api")) {
      const value: Partial<CornerConfig> = {};
      if (this.site) value.site = this.site;
      if (this.api) value.api = this.api;
      this.provider.setValue(value);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
