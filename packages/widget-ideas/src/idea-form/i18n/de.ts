import type { Fmt } from "@corner/core";
import type { IdeaFormMessages } from "./en.ts";

const de: IdeaFormMessages = {
  heading: "Idee vorschlagen",
  title: "Titel",
  description: "Beschreibung (optional)",
  category: "Kategorie",
  noCategory: "Keine Kategorie",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} von ${f.number(max)} Zeichen verwendet`,
  similar: "Ähnliche Ideen: lieber für eine davon stimmen?",
  votes: (f: Fmt, n: number) => f.plural(n, { one: "# Stimme", other: "# Stimmen" }),
  submit: "Idee senden",
  sending: "Wird gesendet…",
  cancel: "Abbrechen",
  close: "Schließen",
  titleRequired: "Geben Sie Ihrer Idee einen Titel.",
  titleTooLong: (f: Fmt, max: number) => `Kürzen Sie den Titel auf ${f.number(max)} Zeichen.`,
  fixFields: "Bitte korrigieren Sie die markierten Felder.",
  failed: "Ihre Idee konnte nicht gesendet werden. Ihr Entwurf ist gespeichert.",
  published: "Danke! Ihre Idee ist veröffentlicht.",
  pending: "Danke! Ihre Idee wird nach der Freigabe angezeigt.",
  signInPrompt: "Melden Sie sich an, um Ihre Idee zu senden. Ihr Entwurf bleibt erhalten.",
  expired: "Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an; Ihr Entwurf bleibt erhalten.",
  signIn: "Anmelden",
  guestName: "Ihr Name",
  continueAsGuest: "Als Gast fortfahren",
  guestFailed: "Fortfahren als Gast ist fehlgeschlagen. Bitte erneut versuchen.",
  postingAs: (name: string) => `Angemeldet als ${name}`,
  signOut: "Abmelden",
};
export default de;
