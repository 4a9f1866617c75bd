import type { Fmt } from "@corner/core";
import type { QuestionFormMessages } from "./en.ts";

const fr: QuestionFormMessages = {
  heading: "Poser une question",
  hint: "D’autres clients et notre équipe répondent. Précisez ce qui compte : taille, usage, conditions.",
  title: "Votre question",
  details: "Détails (facultatif)",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} caractères utilisés sur ${f.number(max)}`,
  similar: "Déjà posée ? Votre réponse est peut-être ici :",
  answers: (f: Fmt, n: number) => f.plural(n, { one: "# réponse", other: "# réponses" }),
  noAnswers: "Pas encore de réponse",
  submit: "Publier la question",
  sending: "Publication…",
  cancel: "Annuler",
  close: "Fermer",
  titleRequired: "Écrivez votre question.",
  titleTooLong: (f: Fmt, max: number) => `Raccourcissez votre question à ${f.number(max)} caractères.`,
  detailsTooLong: (f: Fmt, max: number) => `Raccourcissez les détails à ${f.number(max)} caractères.`,
  fixFields: "Veuillez corriger les champs signalés.",
  failed: "Votre question n’a pas pu être publiée. Votre brouillon est enregistré : réessayez.",
  published: "Merci — votre question est publiée.",
  pending: "Votre question apparaîtra dès qu’un modérateur l’aura approuvée.",
  signInPrompt:
    "Connectez-vous pour publier votre question. Elle part dès que vous êtes connecté ; votre brouillon est conservé.",
  expired:
    "Votre session a expiré. Reconnectez-vous et votre question sera envoyée ; votre brouillon est conservé.",
  signIn: "Se connecter",
  guestName: "Votre nom",
  continueAsGuest: "Continuer en invité",
  guestFailed: "Impossible de continuer en invité. Veuillez réessayer.",
  postingAs: (name: string) => `Vous publiez en tant que ${name}`,
  signOut: "Se déconnecter",
};
export default fr;
