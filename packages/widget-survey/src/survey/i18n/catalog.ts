import type { Catalog } from "@corner/core";
import { en, type SurveyMessages } from "./en.ts";

export const catalog: Catalog<SurveyMessages> = {
  en,
  locales: {
    de: () => import("./de.ts"),
    fr: () => import("./fr.ts"),
    es: () => import("./es.ts"),
  },
};
