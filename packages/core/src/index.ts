export { type CornerGlobal, configContext } from "./context.ts";
export {
  DetailViewController,
  type DetailViewMessages,
  type DetailViewOptions,
} from "./controllers/detail-view-controller.ts";
export { DraftController } from "./controllers/draft-controller.ts";
export { FormController } from "./controllers/form-controller.ts";
export { InPlaceController, type InPlaceOptions } from "./controllers/in-place-controller.ts";
export { ListViewController, type ListViewMessages } from "./controllers/list-view-controller.ts";
export { type SharedStore, SharedStoreController } from "./controllers/shared-store-controller.ts";
export { SignInController, type SignInMessages } from "./controllers/sign-in-controller.ts";
export { SimilarController } from "./controllers/similar-controller.ts";
export { StoreController } from "./controllers/store-controller.ts";
export { CornerElement, type Theme } from "./corner-element.ts";
export { emit } from "./emit.ts";
export type { LoginRequiredDetail } from "./events.ts";
export { type Catalog, type Fmt, formatter, I18nController, langOf } from "./i18n/i18n.ts";
export { type CommonMessages, common } from "./i18n/messages.ts";
export { CornerProvider } from "./provider/provider.component.ts";
export { type LoginOptions, login, logout } from "./runtime.ts";
