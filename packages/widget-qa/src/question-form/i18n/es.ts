import type { Fmt } from "@corner/core";
import type { QuestionFormMessages } from "./en.ts";

const es: QuestionFormMessages = {
  heading: "Hacer una pregunta",
  hint: "Responden otros clientes y nuestro equipo. Menciona lo importante: talla, uso, condiciones.",
  title: "Tu pregunta",
  details: "Detalles (opcional)",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} de ${f.number(max)} caracteres usados`,
  similar: "¿Ya se preguntó? Quizá aquí esté tu respuesta:",
  answers: (f: Fmt, n: number) => f.plural(n, { one: "# respuesta", other: "# respuestas" }),
  noAnswers: "Aún sin respuestas",
  submit: "Publicar pregunta",
  sending: "Publicando…",
  cancel: "Cancelar",
  close: "Cerrar",
  titleRequired: "Escribe tu pregunta.",
  titleTooLong: (f: Fmt, max: number) => `Acorta tu pregunta a ${f.number(max)} caracteres.`,
  detailsTooLong: (f: Fmt, max: number) => `Acorta los detalles a ${f.number(max)} caracteres.`,
  fixFields: "Corrige los campos marcados.",
  failed: "No se pudo publicar tu pregunta. Tu borrador está guardado; inténtalo de nuevo.",
  published: "Gracias: tu pregunta está publicada.",
  pending: "Tu pregunta aparecerá cuando un moderador la apruebe.",
  signInPrompt:
    "Inicia sesión para publicar tu pregunta. Se enviará en cuanto inicies sesión; tu borrador se conserva.",
  expired: "Tu sesión ha caducado. Vuelve a iniciarla y tu pregunta se enviará; tu borrador se conserva.",
  signIn: "Iniciar sesión",
  guestName: "Tu nombre",
  continueAsGuest: "Continuar como invitado",
  guestFailed: "No se pudo continuar como invitado. Inténtalo de nuevo.",
  postingAs: (name: string) => `Publicas como ${name}`,
  signOut: "Cerrar sesión",
};
export default es;
