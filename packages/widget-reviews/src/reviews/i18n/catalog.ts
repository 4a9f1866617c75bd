import type { Catalog } from "@corner/core";
import { en, type ReviewsMessages } from "./en.ts";

export const catalog: Catalog<ReviewsMessages> = {
  en,
  locales: {
    de: () => import("./de.ts"),
    fr: () => import("./fr.ts"),
    es: () => import("./es.ts"),
  },
};
