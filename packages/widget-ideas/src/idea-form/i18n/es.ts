import type { Fmt } from "@corner/core";
import type { IdeaFormMessages } from "./en.ts";

const es: IdeaFormMessages = {
  heading: "Proponer una idea",
  title: "Título",
  description: "Descripción (opcional)",
  category: "Categoría",
  noCategory: "Sin categoría",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} de ${f.number(max)} caracteres usados`,
  similar: "Ideas parecidas: ¿votar por una de ellas?",
  votes: (f: Fmt, n: number) => f.plural(n, { one: "# voto", other: "# votos" }),
  submit: "Publicar idea",
  sending: "Publicando…",
  cancel: "Cancelar",
  close: "Cerrar",
  titleRequired: "Ponle un título a tu idea.",
  titleTooLong: (f: Fmt, max: number) => `Acorta el título a ${f.number(max)} caracteres.`,
  fixFields: "Corrige los campos marcados.",
  failed: "No se pudo publicar tu idea. Tu borrador está guardado.",
  published: "¡Gracias! Tu idea está publicada.",
  pending: "¡Gracias! Tu idea aparecerá cuando se apruebe.",
  signInPrompt: "Inicia sesión para publicar tu idea. Tu borrador se conserva.",
  expired: "Tu sesión ha caducado. Vuelve a iniciarla y tu idea se enviará; tu borrador se conserva.",
  signIn: "Iniciar sesión",
  guestName: "Tu nombre",
  continueAsGuest: "Continuar como invitado",
  guestFailed: "No se pudo continuar como invitado. Inténtalo de nuevo.",
  postingAs: (name: string) => `Publicando como ${name}`,
  signOut: "Cerrar sesión",
};
export default es;
