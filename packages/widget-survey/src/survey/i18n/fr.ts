import type { Fmt } from "@corner/core";
import type { SurveyMessages } from "./en.ts";

const fr: SurveyMessages = {
  loading: "Chargement de l’enquête…",
  missing: "Cette enquête n’est pas disponible.",
  error: "Impossible de charger l’enquête.",
  retry: "Réessayer",
  answered: "Merci, vous avez déjà répondu à cette enquête.",
  progress: (f: Fmt, index: number, total: number) => `Question ${f.number(index)} sur ${f.number(total)}`,
  next: "Suivant",
  skip: "Passer",
  send: "Envoyer",
  back: "Retour",
  close: "Fermer l’enquête",
  optional: "Facultatif",
  sending: "Envoi…",
  failed: "Votre réponse n’a pas pu être envoyée. Elle est conservée ici : réessayez.",
  refused: (why: string) => `Votre réponse n’a pas pu être enregistrée : ${why}`,
  thanks: "Merci pour votre avis !",
  other: "Autre",
  otherText: "Votre autre réponse",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} caractères utilisés sur ${f.number(max)}`,
  npsLow: "Pas du tout probable",
  npsHigh: "Très probable",
  cesLow: "Très difficile",
  cesHigh: "Très facile",
  csat: ["Très insatisfait", "Insatisfait", "Ni satisfait ni insatisfait", "Satisfait", "Très satisfait"],
  stars: (f: Fmt, n: number) => f.plural(n, { one: "# étoile", other: "# étoiles" }),
};
export default fr;
