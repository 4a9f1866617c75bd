import type { Fmt } from "@corner/core";
import type { QuestionFormMessages } from "./en.ts";

const de: QuestionFormMessages = {
  heading: "Frage stellen",
  hint: "Andere Kundinnen und Kunden und unser Team antworten. Nennen Sie, worauf es ankommt: Größe, Einsatz, Bedingungen.",
  title: "Ihre Frage",
  details: "Details (optional)",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} von ${f.number(max)} Zeichen verwendet`,
  similar: "Schon gefragt? Hier steht vielleicht Ihre Antwort:",
  answers: (f: Fmt, n: number) => f.plural(n, { one: "# Antwort", other: "# Antworten" }),
  noAnswers: "Noch keine Antworten",
  submit: "Frage veröffentlichen",
  sending: "Wird gesendet…",
  cancel: "Abbrechen",
  close: "Schließen",
  titleRequired: "Schreiben Sie Ihre Frage.",
  titleTooLong: (f: Fmt, max: number) => `Kürzen Sie Ihre Frage auf ${f.number(max)} Zeichen.`,
  detailsTooLong: (f: Fmt, max: number) => `Kürzen Sie die Details auf ${f.number(max)} Zeichen.`,
  fixFields: "Bitte korrigieren Sie die markierten Felder.",
  failed: "Ihre Frage konnte nicht gesendet werden. Ihr Entwurf ist gespeichert, versuchen Sie es erneut.",
  published: "Danke — Ihre Frage ist veröffentlicht.",
  pending: "Ihre Frage erscheint, sobald sie freigegeben ist.",
  signInPrompt:
    "Melden Sie sich an, um Ihre Frage zu senden. Sie wird gleich nach der Anmeldung gesendet; Ihr Entwurf bleibt erhalten.",
  expired:
    "Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, dann wird Ihre Frage gesendet; Ihr Entwurf bleibt erhalten.",
  signIn: "Anmelden",
  guestName: "Ihr Name",
  continueAsGuest: "Als Gast fortfahren",
  guestFailed: "Fortfahren als Gast ist fehlgeschlagen. Bitte versuchen Sie es erneut.",
  postingAs: (name: string) => `Sie schreiben als ${name}`,
  signOut: "Abmelden",
};
export default de;
