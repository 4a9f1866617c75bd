import type { Fmt } from "@corner/core";
import type { QaMessages } from "./en.ts";

const es: QaMessages = {
  heading: "Preguntas y respuestas",
  total: (f: Fmt, n: number) => f.plural(n, { one: "# pregunta", other: "# preguntas" }),
  search: "Buscar en preguntas y respuestas",
  sortBy: "Ordenar por",
  sort: { newest: "Más recientes", most_answered: "Más respondidas", unanswered: "Sin respuesta" },
  ask: "Hacer una pregunta",
  loading: "Cargando preguntas…",
  error: "No pudimos cargar las preguntas.",
  retry: "Reintentar",
  emptyTitle: "Aún no hay preguntas",
  emptyBody:
    "¿Dudas sobre la talla, el ajuste o el uso? Pregunta y otros clientes o nuestro equipo te responderán.",
  askFirst: "Haz la primera pregunta",
  noMatch: (q: string) => `Ninguna pregunta coincide con «${q}».`,
  allAnswered: "Todas las preguntas tienen respuesta.",
  askedBy: (name: string) => `Preguntado por ${name}`,
  answers: (f: Fmt, n: number) => f.plural(n, { one: "# respuesta", other: "# respuestas" }),
  noAnswers: "Aún sin respuestas: sé el primero",
  staffAnswered: "Respondida por el equipo",
  accepted: "Respuesta aceptada",
  readMore: "Leer más",
  readMoreLabel: (title: string) => `Leer todas las respuestas a «${title}»`,
  pending: "Pendiente de moderación",
  loadMore: "Mostrar más preguntas",
  loadMoreFailed: "No se pudieron cargar más preguntas.",
  loadingForm: "Cargando el formulario…",
  loadingQuestion: "Cargando la pregunta…",
  badge: {
    staff: "Equipo",
    verified_owner: "Propietario verificado",
    top_contributor: "Colaborador destacado",
  },
};
export default es;
