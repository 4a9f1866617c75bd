import { CornerAccount } from "./account.component.ts";

if (!customElements.get("corner-account")) customElements.define("corner-account", CornerAccount);

declare global {
  interface HTMLElementTagNameMap {
    "corner-account": CornerAccount;
  }
}

export { CornerAccount };
