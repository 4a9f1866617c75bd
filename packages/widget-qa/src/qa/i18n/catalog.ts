import type { Catalog } from "@corner/core";
import { en, type QaMessages } from "./en.ts";

export const catalog: Catalog<QaMessages> = {
  en,
  locales: {
    de: () => import("./de.ts"),
    fr: () => import("./fr.ts"),
    es: () => import("./es.ts"),
  },
};
