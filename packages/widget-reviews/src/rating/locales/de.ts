import type { Fmt } from "@corner/core";
import type { RatingMessages } from "../i18n.ts";

const de: RatingMessages = {
  label: (f: Fmt, average: number, count: number) =>
    f.plural(count, {
      one: `${f.number(average, 1)} von 5, # Bewertung`,
      other: `${f.number(average, 1)} von 5, # Bewertungen`,
    }),
  none: "Noch keine Bewertungen",
  loading: "Bewertung wird geladen",
};
export default de;
