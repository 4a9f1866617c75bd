import type { Fmt } from "@corner/core";
import type { FormMessages } from "./en.ts";

const es: FormMessages = {
  heading: "Escribir una reseña",
  editHeading: "Editar tu reseña",
  rating: "Tu valoración",
  star: (f: Fmt, n: number) => f.plural(n, { one: "# estrella", other: "# estrellas" }),
  title: "Título (opcional)",
  body: "Tu reseña",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} de ${f.number(max)} caracteres`,
  submit: "Publicar reseña",
  update: "Actualizar reseña",
  sending: "Publicando…",
  cancel: "Cancelar",
  close: "Cerrar",
  chooseRating: "Elige una valoración.",
  bodyRequired: "Escribe unas palabras.",
  bodyTooLong: (f: Fmt, max: number) => `Acorta tu reseña a ${f.number(max)} caracteres.`,
  fixFields: "Corrige los campos marcados.",
  failed: "No se pudo publicar tu reseña. Tu borrador está guardado; inténtalo de nuevo.",
  rateLimited: (f: Fmt, seconds: number) =>
    f.plural(seconds, {
      one: "Demasiadas publicaciones. Inténtalo en # segundo.",
      other: "Demasiadas publicaciones. Inténtalo en # segundos.",
    }),
  published: "¡Gracias! Tu reseña está publicada.",
  updated: "¡Gracias! Tu reseña está actualizada.",
  pending: "¡Gracias! Tu reseña está pendiente de moderación y aparecerá cuando se apruebe.",
  signInPrompt: "Inicia sesión para publicar tu reseña. Tu borrador se conserva.",
  expired: "Tu sesión ha caducado. Inicia sesión de nuevo; tu borrador se conserva.",
  signIn: "Iniciar sesión",
  guestName: "Tu nombre",
  continueAsGuest: "Continuar como invitado",
  guestFailed: "No se pudo continuar como invitado. Inténtalo de nuevo.",
  postingAs: (name: string) => `Publicando como ${name}`,
  signOut: "Cerrar sesión",
};
export default es;
