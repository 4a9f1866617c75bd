import type { Catalog } from "@corner/core";
import { en, type FormMessages } from "./en.ts";

export const catalog: Catalog<FormMessages> = {
  en,
  locales: {
    de: () => import("./de.ts"),
    fr: () => import("./fr.ts"),
    es: () => import("./es.ts"),
  },
};
