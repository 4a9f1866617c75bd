import type { Fmt } from "@corner/core";
import type { SurveyMessages } from "./en.ts";

const de: SurveyMessages = {
  loading: "Die Umfrage wird geladen…",
  missing: "Diese Umfrage ist nicht verfügbar.",
  error: "Die Umfrage konnte nicht geladen werden.",
  retry: "Erneut versuchen",
  answered: "Danke – Sie haben an dieser Umfrage bereits teilgenommen.",
  progress: (f: Fmt, index: number, total: number) => `Frage ${f.number(index)} von ${f.number(total)}`,
  next: "Weiter",
  skip: "Überspringen",
  send: "Senden",
  back: "Zurück",
  close: "Umfrage schließen",
  optional: "Optional",
  sending: "Wird gesendet…",
  failed: "Ihre Antwort konnte nicht gesendet werden. Sie bleibt hier erhalten: Versuchen Sie es erneut.",
  refused: (why: string) => `Ihre Antwort konnte nicht gespeichert werden: ${why}`,
  thanks: "Vielen Dank für Ihr Feedback!",
  other: "Sonstiges",
  otherText: "Ihre andere Antwort",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} von ${f.number(max)} Zeichen verwendet`,
  npsLow: "Unwahrscheinlich",
  npsHigh: "Sehr wahrscheinlich",
  cesLow: "Sehr schwierig",
  cesHigh: "Sehr einfach",
  csat: [
    "Sehr unzufrieden",
    "Unzufrieden",
    "Weder zufrieden noch unzufrieden",
    "Zufrieden",
    "Sehr zufrieden",
  ],
  stars: (f: Fmt, n: number) => f.plural(n, { one: "# Stern", other: "# Sterne" }),
};
export default de;
