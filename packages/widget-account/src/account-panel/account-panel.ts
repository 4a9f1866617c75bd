import { CornerAccountPanel } from "./account-panel.component.ts";

if (!customElements.get("corner-account-panel"))
  customElements.define("corner-account-panel", CornerAccountPanel);

declare global {
  interface HTMLElementTagNameMap {
    "corner-account-panel": CornerAccountPanel;
  }
}

export { CornerAccountPanel };
