import type { Fmt } from "@corner/core";
import type { AllReviewsMessages } from "./en.ts";

const es: AllReviewsMessages = {
  heading: "Reseñas de clientes",
  summaryLabel: (f: Fmt, average: number, count: number) =>
    f.plural(count, {
      one: `${f.number(average, 1)} de 5, # reseña`,
      other: `${f.number(average, 1)} de 5, # reseñas`,
    }),
  basedOn: (f: Fmt, count: number) =>
    f.plural(count, { one: "Basado en # reseña", other: "Basado en # reseñas" }),
  histogram: "Distribución de valoraciones",
  bar: (f: Fmt, star: number, count: number) =>
    `${f.plural(star, { one: "# estrella", other: "# estrellas" })}: ${f.plural(count, { one: "# reseña", other: "# reseñas" })}`,
  stars: (f: Fmt, n: number) => f.plural(n, { one: "# de 5 estrellas", other: "# de 5 estrellas" }),
  filtered: (f: Fmt, n: number) => f.plural(n, { one: "Solo # estrella", other: "Solo # estrellas" }),
  clearFilter: "Quitar filtro",
  sortBy: "Ordenar por",
  sort: {
    newest: "Más recientes",
    highest: "Mejor valoradas",
    lowest: "Peor valoradas",
    helpful: "Más útiles",
  },
  loading: "Cargando reseñas…",
  error: "No se pudieron cargar las reseñas.",
  retry: "Reintentar",
  emptyTitle: "Sé el primero en opinar",
  emptyBody: "Cuenta a otros clientes qué te parece.",
  noneAtLevel: (f: Fmt, n: number) =>
    f.plural(n, { one: "Aún no hay reseñas de # estrella.", other: "Aún no hay reseñas de # estrellas." }),
  write: "Escribir una reseña",
  edit: "Editar tu reseña",
  pending: "Pendiente de moderación",
  helpful: "Útil",
  helpfulCount: (f: Fmt, n: number) =>
    f.plural(n, { one: "A # persona le resultó útil", other: "A # personas les resultó útil" }),
  helpfulOn: "Marcada como útil.",
  helpfulOff: "Marca eliminada.",
  helpfulFailed: "No se pudo guardar tu voto. Inténtalo de nuevo.",
  signInToVote: "Inicia sesión para marcar reseñas como útiles.",
  report: "Denunciar",
  reportReason: "Motivo",
  reasons: { spam: "Spam", offensive: "Ofensiva", off_topic: "Fuera de tema", fake: "Falsa", other: "Otro" },
  sendReport: "Enviar denuncia",
  cancel: "Cancelar",
  reported: "Gracias, lo revisaremos.",
  reportFailed: "No se pudo enviar la denuncia. Inténtalo de nuevo.",
  signInToReport: "Inicia sesión para denunciar una reseña.",
  loadMore: "Cargar más reseñas",
  loadMoreFailed: "No se pudieron cargar más reseñas.",
  posted: "Gracias, tu reseña está publicada.",
  postedPending: "Gracias, tu reseña aparecerá cuando se apruebe.",
  loadingForm: "Cargando el formulario…",
};
export default es;
