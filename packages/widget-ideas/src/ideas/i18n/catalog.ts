import type { Catalog } from "@corner/core";
import { en, type IdeasMessages } from "./en.ts";

export const catalog: Catalog<IdeasMessages> = {
  en,
  locales: {
    de: () => import("./de.ts"),
    fr: () => import("./fr.ts"),
    es: () => import("./es.ts"),
  },
};
