import type { Fmt } from "@corner/core";
import type { IdeaFormMessages } from "./en.ts";

const fr: IdeaFormMessages = {
  heading: "Proposer une idée",
  title: "Titre",
  description: "Description (facultative)",
  category: "Catégorie",
  noCategory: "Sans catégorie",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} caractères utilisés sur ${f.number(max)}`,
  similar: "Idées proches : voter pour l’une d’elles ?",
  votes: (f: Fmt, n: number) => f.plural(n, { one: "# vote", other: "# votes" }),
  submit: "Publier l’idée",
  sending: "Publication…",
  cancel: "Annuler",
  close: "Fermer",
  titleRequired: "Donnez un titre à votre idée.",
  titleTooLong: (f: Fmt, max: number) => `Raccourcissez le titre à ${f.number(max)} caractères.`,
  fixFields: "Veuillez corriger les champs signalés.",
  failed: "Votre idée n’a pas pu être publiée. Votre brouillon est conservé.",
  published: "Merci ! Votre idée est publiée.",
  pending: "Merci ! Votre idée apparaîtra après validation.",
  signInPrompt: "Connectez-vous pour publier votre idée. Votre brouillon est conservé.",
  expired:
    "Votre session a expiré. Reconnectez-vous et votre idée sera envoyée ; votre brouillon est conservé.",
  signIn: "Se connecter",
  guestName: "Votre nom",
  continueAsGuest: "Continuer en invité",
  guestFailed: "Impossible de continuer en invité. Veuillez réessayer.",
  postingAs: (name: string) => `Connecté en tant que ${name}`,
  signOut: "Se déconnecter",
};
export default fr;
