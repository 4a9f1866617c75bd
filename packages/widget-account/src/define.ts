// Registers <corner-account> (for bundlers; the CDN loader imports the element's module on demand). Its
// sign-in panel registers itself when first opened.
import "./account/account.ts";
import "./account-panel/account-panel.ts";
