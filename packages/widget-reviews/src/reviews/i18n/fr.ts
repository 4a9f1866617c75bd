import type { Fmt } from "@corner/core";
import type { AllReviewsMessages } from "./en.ts";

const fr: AllReviewsMessages = {
  heading: "Avis clients",
  summaryLabel: (f: Fmt, average: number, count: number) =>
    f.plural(count, {
      one: `${f.number(average, 1)} sur 5, # avis`,
      other: `${f.number(average, 1)} sur 5, # avis`,
    }),
  basedOn: (f: Fmt, count: number) =>
    f.plural(count, { one: "Sur la base de # avis", other: "Sur la base de # avis" }),
  histogram: "Répartition des notes",
  bar: (f: Fmt, star: number, count: number) =>
    `${f.plural(star, { one: "# étoile", other: "# étoiles" })} : ${f.plural(count, { one: "# avis", other: "# avis" })}`,
  stars: (f: Fmt, n: number) => f.plural(n, { one: "# sur 5 étoiles", other: "# sur 5 étoiles" }),
  filtered: (f: Fmt, n: number) => f.plural(n, { one: "Uniquement # étoile", other: "Uniquement # étoiles" }),
  clearFilter: "Effacer le filtre",
  sortBy: "Trier par",
  sort: {
    newest: "Plus récents",
    highest: "Mieux notés",
    lowest: "Moins bien notés",
    helpful: "Plus utiles",
  },
  loading: "Chargement des avis…",
  error: "Impossible de charger les avis.",
  retry: "Réessayer",
  emptyTitle: "Soyez le premier à donner votre avis",
  emptyBody: "Dites aux autres clients ce que vous en pensez.",
  noneAtLevel: (f: Fmt, n: number) =>
    f.plural(n, { one: "Aucun avis à # étoile.", other: "Aucun avis à # étoiles." }),
  write: "Écrire un avis",
  edit: "Modifier votre avis",
  pending: "En attente de modération",
  helpful: "Utile",
  helpfulCount: (f: Fmt, n: number) =>
    f.plural(n, { one: "# personne a trouvé cela utile", other: "# personnes ont trouvé cela utile" }),
  helpfulOn: "Marqué comme utile.",
  helpfulOff: "Marque retirée.",
  helpfulFailed: "Votre vote n’a pas pu être enregistré. Veuillez réessayer.",
  signInToVote: "Connectez-vous pour marquer des avis comme utiles.",
  report: "Signaler",
  reportReason: "Motif",
  reasons: { spam: "Spam", offensive: "Offensant", off_topic: "Hors sujet", fake: "Faux", other: "Autre" },
  sendReport: "Envoyer le signalement",
  cancel: "Annuler",
  reported: "Merci, nous allons vérifier.",
  reportFailed: "Le signalement n’a pas pu être envoyé. Veuillez réessayer.",
  signInToReport: "Connectez-vous pour signaler un avis.",
  loadMore: "Afficher plus d’avis",
  loadMoreFailed: "Impossible de charger plus d’avis.",
  posted: "Merci, votre avis est publié.",
  postedPending: "Merci, votre avis apparaîtra après validation.",
  loadingForm: "Chargement du formulaire…",
};
export default fr;
