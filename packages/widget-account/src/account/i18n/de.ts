import type { AccountMessages } from "./en.ts";

const de: AccountMessages = {
  signIn: "Anmelden",
  signOut: "Abmelden",
  staff: "Team",
  signedInAs: (name: string) => `Angemeldet als ${name}`,
  loadingChoices: "Anmeldemöglichkeiten werden geladen…",
  loadFailed: "Die Anmeldemöglichkeiten konnten nicht geladen werden.",
};
export default de;
