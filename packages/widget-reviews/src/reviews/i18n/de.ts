import type { Fmt } from "@corner/core";
import type { AllReviewsMessages } from "./en.ts";

const de: AllReviewsMessages = {
  heading: "Kundenbewertungen",
  summaryLabel: (f: Fmt, average: number, count: number) =>
    f.plural(count, {
      one: `${f.number(average, 1)} von 5, # Bewertung`,
      other: `${f.number(average, 1)} von 5, # Bewertungen`,
    }),
  basedOn: (f: Fmt, count: number) =>
    f.plural(count, { one: "Basierend auf # Bewertung", other: "Basierend auf # Bewertungen" }),
  histogram: "Verteilung der Bewertungen",
  bar: (f: Fmt, star: number, count: number) =>
    `${f.plural(star, { one: "# Stern", other: "# Sterne" })}: ${f.plural(count, { one: "# Bewertung", other: "# Bewertungen" })}`,
  stars: (f: Fmt, n: number) => f.plural(n, { one: "# von 5 Sternen", other: "# von 5 Sternen" }),
  filtered: (f: Fmt, n: number) => f.plural(n, { one: "Nur # Stern", other: "Nur # Sterne" }),
  clearFilter: "Filter entfernen",
  sortBy: "Sortieren nach",
  sort: {
    newest: "Neueste",
    highest: "Beste Bewertung",
    lowest: "Schlechteste Bewertung",
    helpful: "Hilfreichste",
  },
  loading: "Bewertungen werden geladen…",
  error: "Die Bewertungen konnten nicht geladen werden.",
  retry: "Erneut versuchen",
  emptyTitle: "Schreiben Sie die erste Bewertung",
  emptyBody: "Sagen Sie anderen, was Sie davon halten.",
  noneAtLevel: (f: Fmt, n: number) =>
    f.plural(n, {
      one: "Noch keine Bewertungen mit # Stern.",
      other: "Noch keine Bewertungen mit # Sternen.",
    }),
  write: "Bewertung schreiben",
  edit: "Ihre Bewertung bearbeiten",
  pending: "Wartet auf Freigabe",
  helpful: "Hilfreich",
  helpfulCount: (f: Fmt, n: number) =>
    f.plural(n, { one: "# Person fand das hilfreich", other: "# Personen fanden das hilfreich" }),
  helpfulOn: "Als hilfreich markiert.",
  helpfulOff: "Markierung entfernt.",
  helpfulFailed: "Ihre Stimme konnte nicht gespeichert werden. Bitte erneut versuchen.",
  signInToVote: "Melden Sie sich an, um Bewertungen als hilfreich zu markieren.",
  report: "Melden",
  reportReason: "Grund",
  reasons: {
    spam: "Spam",
    offensive: "Beleidigend",
    off_topic: "Themenfremd",
    fake: "Gefälscht",
    other: "Anderes",
  },
  sendReport: "Meldung senden",
  cancel: "Abbrechen",
  reported: "Danke, wir sehen es uns an.",
  reportFailed: "Die Meldung konnte nicht gesendet werden. Bitte erneut versuchen.",
  signInToReport: "Melden Sie sich an, um eine Bewertung zu melden.",
  loadMore: "Weitere Bewertungen laden",
  loadMoreFailed: "Weitere Bewertungen konnten nicht geladen werden.",
  posted: "Danke, Ihre Bewertung ist veröffentlicht.",
  postedPending: "Danke, Ihre Bewertung erscheint nach der Freigabe.",
  loadingForm: "Formular wird geladen…",
};
export default de;
