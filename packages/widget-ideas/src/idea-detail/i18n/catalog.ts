import type { Catalog } from "@corner/core";
import { en, type IdeaDetailMessages } from "./en.ts";

export const catalog: Catalog<IdeaDetailMessages> = {
  en,
  locales: {
    de: () => import("./de.ts"),
    fr: () => import("./fr.ts"),
    es: () => import("./es.ts"),
  },
};
