import type { Fmt } from "@corner/core";
import type { RatingMessages } from "../i18n.ts";

const fr: RatingMessages = {
  label: (f: Fmt, average: number, count: number) =>
    f.plural(count, {
      one: `${f.number(average, 1)} sur 5, # avis`,
      other: `${f.number(average, 1)} sur 5, # avis`,
    }),
  none: "Pas encore d’avis",
  loading: "Chargement de la note",
};
export default fr;
