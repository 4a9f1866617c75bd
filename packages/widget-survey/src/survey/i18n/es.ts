import type { Fmt } from "@corner/core";
import type { SurveyMessages } from "./en.ts";

const es: SurveyMessages = {
  loading: "Cargando la encuesta…",
  missing: "Esta encuesta no está disponible.",
  error: "No pudimos cargar la encuesta.",
  retry: "Reintentar",
  answered: "Gracias: ya respondiste esta encuesta.",
  progress: (f: Fmt, index: number, total: number) => `Pregunta ${f.number(index)} de ${f.number(total)}`,
  next: "Siguiente",
  skip: "Omitir",
  send: "Enviar",
  back: "Atrás",
  close: "Cerrar la encuesta",
  optional: "Opcional",
  sending: "Enviando…",
  failed: "No se pudo enviar tu respuesta. Se conserva aquí: inténtalo de nuevo.",
  refused: (why: string) => `No se pudo guardar tu respuesta: ${why}`,
  thanks: "¡Gracias por tu opinión!",
  other: "Otro",
  otherText: "Tu otra respuesta",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} de ${f.number(max)} caracteres usados`,
  npsLow: "Nada probable",
  npsHigh: "Muy probable",
  cesLow: "Muy difícil",
  cesHigh: "Muy fácil",
  csat: ["Muy insatisfecho", "Insatisfecho", "Ni satisfecho ni insatisfecho", "Satisfecho", "Muy satisfecho"],
  stars: (f: Fmt, n: number) => f.plural(n, { one: "# estrella", other: "# estrellas" }),
};
export default es;
