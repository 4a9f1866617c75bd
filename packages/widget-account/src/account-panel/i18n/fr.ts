import type { AccountPanelMessages } from "./en.ts";

const fr: AccountPanelMessages = {
  choices: "Options de connexion",
  signIn: "Se connecter",
  signInWith: (site: string) => `Se connecter avec ${site}`,
  separator: "ou",
  guestName: "Votre nom",
  nameMissing: "Saisissez le nom affiché avec ce que vous écrivez.",
  continueAsGuest: "Continuer en invité",
  checking: "Nous vérifions que vous n’êtes pas un robot…",
  cancel: "Annuler",
  cancelled: "Connexion annulée.",
  guestFailed: "Impossible de continuer en invité. Veuillez réessayer.",
};
export default fr;
