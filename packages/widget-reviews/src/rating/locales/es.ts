import type { Fmt } from "@corner/core";
import type { RatingMessages } from "../i18n.ts";

const es: RatingMessages = {
  label: (f: Fmt, average: number, count: number) =>
    f.plural(count, {
      one: `${f.number(average, 1)} de 5, # reseña`,
      other: `${f.number(average, 1)} de 5, # reseñas`,
    }),
  none: "Aún no hay reseñas",
  loading: "Cargando valoración",
};
export default es;
