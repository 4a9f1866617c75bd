import type { Catalog } from "@corner/core";
import { type AccountPanelMessages, en } from "./en.ts";

export const catalog: Catalog<AccountPanelMessages> = {
  en,
  locales: {
    de: () => import("./de.ts"),
    fr: () => import("./fr.ts"),
    es: () => import("./es.ts"),
  },
};
