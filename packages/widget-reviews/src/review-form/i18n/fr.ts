import type { Fmt } from "@corner/core";
import type { FormMessages } from "./en.ts";

const fr: FormMessages = {
  heading: "Écrire un avis",
  editHeading: "Modifier votre avis",
  rating: "Votre note",
  star: (f: Fmt, n: number) => f.plural(n, { one: "# étoile", other: "# étoiles" }),
  title: "Titre (facultatif)",
  body: "Votre avis",
  count: (f: Fmt, n: number, max: number) => `${f.number(n)} / ${f.number(max)}`,
  countLabel: (f: Fmt, n: number, max: number) => `${f.number(n)} caractères sur ${f.number(max)}`,
  submit: "Publier l’avis",
  update: "Mettre à jour l’avis",
  sending: "Publication…",
  cancel: "Annuler",
  close: "Fermer",
  chooseRating: "Choisissez une note.",
  bodyRequired: "Écrivez quelques mots.",
  bodyTooLong: (f: Fmt, max: number) => `Raccourcissez votre avis à ${f.number(max)} caractères.`,
  fixFields: "Veuillez corriger les champs signalés.",
  failed: "Votre avis n’a pas pu être publié. Votre brouillon est conservé ; réessayez.",
  rateLimited: (f: Fmt, seconds: number) =>
    f.plural(seconds, {
      one: "Trop de publications. Réessayez dans # seconde.",
      other: "Trop de publications. Réessayez dans # secondes.",
    }),
  published: "Merci ! Votre avis est publié.",
  updated: "Merci ! Votre avis est mis à jour.",
  pending: "Merci ! Votre avis est en attente de modération et apparaîtra après validation.",
  signInPrompt: "Connectez-vous pour publier votre avis. Votre brouillon est conservé.",
  expired: "Votre session a expiré. Reconnectez-vous ; votre brouillon est conservé.",
  signIn: "Se connecter",
  guestName: "Votre nom",
  continueAsGuest: "Continuer en tant qu’invité",
  guestFailed: "Impossible de continuer en tant qu’invité. Réessayez.",
  postingAs: (name: string) => `Publié en tant que ${name}`,
  signOut: "Se déconnecter",
};
export default fr;
