import type { Catalog } from "@corner/core";
import { en, type QuestionFormMessages } from "./en.ts";

export const catalog: Catalog<QuestionFormMessages> = {
  en,
  locales: {
    de: () => import("./de.ts"),
    fr: () => import("./fr.ts"),
    es: () => import("./es.ts"),
  },
};
