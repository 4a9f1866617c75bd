import type { Catalog } from "@corner/core";
import { en, type QuestionDetailMessages } from "./en.ts";

export const catalog: Catalog<QuestionDetailMessages> = {
  en,
  locales: {
    de: () => import("./de.ts"),
    fr: () => import("./fr.ts"),
    es: () => import("./es.ts"),
  },
};
