import type { Catalog, Fmt } from "@corner/core";

export const en = {
  label: (f: Fmt, average: number, count: number) =>
    f.plural(count, {
      one: `${f.number(average, 1)} out of 5, # review`,
      other: `${f.number(average, 1)} out of 5, # reviews`,
    }),
  none: "No reviews yet",
  loading: "Loading rating",
};
export type RatingMessages = typeof en;

export const catalog: Catalog<RatingMessages> = {
  en,
  locales: {
    de: () => import("./locales/de.ts"),
    fr: () => import("./locales/fr.ts"),
    es: () => import("./locales/es.ts"),
  },
};
