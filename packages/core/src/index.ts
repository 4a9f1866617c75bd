export { type CornerGlobal, configContext } from "./context.ts";
export { DraftController } from "./controllers/draft-controller.ts";
export { StoreController } from "./controllers/store-controller.ts";
export { CornerElement, type Theme } from "./corner-element.ts";
export { emit } from "./emit.ts";
export { type Catalog, type Fmt, formatter, I18nController, langOf } from "./i18n/i18n.ts";
export { type CommonMessages, common } from "./i18n/messages.ts";
export { CornerProvider } from "./provider/provider.component.ts";
export { type LoginOptions, login, logout } from "./runtime.ts";
