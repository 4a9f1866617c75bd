import type { Catalog } from "@corner/core";
import { type AccountMessages, en } from "./en.ts";

export const catalog: Catalog<AccountMessages> = {
  en,
  locales: {
    de: () => import("./de.ts"),
    fr: () => import("./fr.ts"),
    es: () => import("./es.ts"),
  },
};
