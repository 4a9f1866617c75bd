import { CornerProvider } from "./provider.component.ts";

if (!customElements.get("corner-provider")) customElements.define("corner-provider", CornerProvider);

declare global {
  interface HTMLElementTagNameMap {
    "corner-provider": CornerProvider;
  }
}

export { CornerProvider };
