import type { Catalog } from "@corner/core";
import { en, type IdeaFormMessages } from "./en.ts";

export const catalog: Catalog<IdeaFormMessages> = {
  en,
  locales: {
    de: () => import("./de.ts"),
    fr: () => import("./fr.ts"),
    es: () => import("./es.ts"),
  },
};
