import type { AccountMessages } from "./en.ts";

const fr: AccountMessages = {
  signIn: "Se connecter",
  signOut: "Se déconnecter",
  staff: "Équipe",
  signedInAs: (name: string) => `Connecté en tant que ${name}`,
  loadingChoices: "Chargement des options de connexion…",
  loadFailed: "Les options de connexion n’ont pas pu être chargées.",
};
export default fr;
