/** The element classes, without registering them (import `@corner/widget-account/define` for that). */
export { CornerAccount } from "./account/account.component.ts";
export type { CornerAccountEvents } from "./account-panel/account-panel.component.ts";
export { CornerAccountPanel } from "./account-panel/account-panel.component.ts";
