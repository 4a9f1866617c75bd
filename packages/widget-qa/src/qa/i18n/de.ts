import type { Fmt } from "@corner/core";
import type { QaMessages } from "./en.ts";

const de: QaMessages = {
  heading: "Fragen & Antworten",
  total: (f: Fmt, n: number) => f.plural(n, { one: "# Frage", other: "# Fragen" }),
  search: "Fragen und Antworten durchsuchen",
  sortBy: "Sortieren nach",
  sort: { newest: "Neueste", most_answered: "Meiste Antworten", unanswered: "Unbeantwortet" },
  ask: "Frage stellen",
  loading: "Fragen werden geladen…",
  error: "Die Fragen konnten nicht geladen werden.",
  retry: "Erneut versuchen",
  emptyTitle: "Noch keine Fragen",
  emptyBody:
    "Fragen zu Größe, Passform oder Einsatz? Fragen Sie, andere Kundinnen und Kunden oder unser Team antworten.",
  askFirst: "Die erste Frage stellen",
  noMatch: (q: string) => `Keine Fragen zu „${q}“.`,
  allAnswered: "Jede Frage hat eine Antwort.",
  askedBy: (name: string) => `Gefragt von ${name}`,
  answers: (f: Fmt, n: number) => f.plural(n, { one: "# Antwort", other: "# Antworten" }),
  noAnswers: "Noch keine Antworten – antworten Sie als Erste(r)",
  staffAnswered: "Vom Team beantwortet",
  accepted: "Akzeptierte Antwort",
  readMore: "Weiterlesen",
  readMoreLabel: (title: string) => `Alle Antworten auf „${title}“ lesen`,
  pending: "Wartet auf Freigabe",
  loadMore: "Weitere Fragen anzeigen",
  loadMoreFailed: "Weitere Fragen konnten nicht geladen werden.",
  loadingForm: "Formular wird geladen…",
  loadingQuestion: "Die Frage wird geladen…",
  badge: { staff: "Team", verified_owner: "Verifizierter Besitzer", top_contributor: "Top-Beitragende(r)" },
};
export default de;
