import type { Fmt } from "@corner/core";
import type { FormMessages } from "./en.ts";

const de: FormMessages = {
  heading: "Bewertung schreiben",
  editHeading: "Ihre Bewertung bearbeiten",
  rating: "Ihre Bewertung",
  star: (f: Fmt, n: number) => f.plural(n, { one: "# Stern", other: "# Sterne" }),
  title: "Titel (optional)",
  body: "Ihr Text",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} von ${f.number(max)} Zeichen`,
  submit: "Bewertung senden",
  update: "Bewertung aktualisieren",
  sending: "Wird gesendet…",
  cancel: "Abbrechen",
  close: "Schließen",
  chooseRating: "Wählen Sie eine Sternebewertung.",
  bodyRequired: "Schreiben Sie ein paar Worte dazu.",
  bodyTooLong: (f: Fmt, max: number) => `Kürzen Sie Ihren Text auf ${f.number(max)} Zeichen.`,
  fixFields: "Bitte korrigieren Sie die markierten Felder.",
  failed:
    "Ihre Bewertung konnte nicht gesendet werden. Ihr Entwurf ist gespeichert; versuchen Sie es erneut.",
  rateLimited: (f: Fmt, seconds: number) =>
    f.plural(seconds, {
      one: "Zu viele Beiträge. Versuchen Sie es in # Sekunde erneut.",
      other: "Zu viele Beiträge. Versuchen Sie es in # Sekunden erneut.",
    }),
  published: "Danke! Ihre Bewertung ist veröffentlicht.",
  updated: "Danke! Ihre Bewertung ist aktualisiert.",
  pending: "Danke! Ihre Bewertung wird geprüft und erscheint nach der Freigabe.",
  signInPrompt: "Melden Sie sich an, um Ihre Bewertung zu senden. Ihr Entwurf bleibt erhalten.",
  expired: "Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an; Ihr Entwurf bleibt erhalten.",
  signIn: "Anmelden",
  guestName: "Ihr Name",
  continueAsGuest: "Als Gast fortfahren",
  guestFailed: "Fortfahren als Gast nicht möglich. Bitte erneut versuchen.",
  postingAs: (name: string) => `Sie schreiben als ${name}`,
  signOut: "Abmelden",
};
export default de;
