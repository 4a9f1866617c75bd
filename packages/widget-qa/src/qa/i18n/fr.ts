import type { Fmt } from "@corner/core";
import type { QaMessages } from "./en.ts";

const fr: QaMessages = {
  heading: "Questions & réponses",
  total: (f: Fmt, n: number) => f.plural(n, { one: "# question", other: "# questions" }),
  search: "Rechercher dans les questions et réponses",
  sortBy: "Trier par",
  sort: { newest: "Plus récentes", most_answered: "Plus de réponses", unanswered: "Sans réponse" },
  ask: "Poser une question",
  loading: "Chargement des questions…",
  error: "Impossible de charger les questions.",
  retry: "Réessayer",
  emptyTitle: "Aucune question pour l’instant",
  emptyBody:
    "Une question sur la taille, l’ajustement ou l’usage ? Posez-la, d’autres clients ou notre équipe y répondront.",
  askFirst: "Poser la première question",
  noMatch: (q: string) => `Aucune question ne correspond à « ${q} ».`,
  allAnswered: "Toutes les questions ont une réponse.",
  askedBy: (name: string) => `Posée par ${name}`,
  answers: (f: Fmt, n: number) => f.plural(n, { one: "# réponse", other: "# réponses" }),
  noAnswers: "Pas encore de réponse : soyez le premier",
  staffAnswered: "Réponse de l’équipe",
  accepted: "Réponse acceptée",
  readMore: "Lire la suite",
  readMoreLabel: (title: string) => `Lire toutes les réponses à « ${title} »`,
  pending: "En attente de modération",
  loadMore: "Afficher plus de questions",
  loadMoreFailed: "Impossible de charger plus de questions.",
  loadingForm: "Chargement du formulaire…",
  loadingQuestion: "Chargement de la question…",
  badge: { staff: "Équipe", verified_owner: "Propriétaire vérifié", top_contributor: "Contributeur clé" },
};
export default fr;
