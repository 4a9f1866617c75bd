import type { AccountPanelMessages } from "./en.ts";

const de: AccountPanelMessages = {
  choices: "Anmeldemöglichkeiten",
  signIn: "Anmelden",
  signInWith: (site: string) => `Mit ${site} anmelden`,
  separator: "oder",
  guestName: "Ihr Name",
  nameMissing: "Geben Sie den Namen ein, der bei Ihren Beiträgen stehen soll.",
  continueAsGuest: "Als Gast fortfahren",
  checking: "Wir prüfen, dass Sie kein Roboter sind…",
  cancel: "Abbrechen",
  cancelled: "Anmeldung abgebrochen.",
  guestFailed: "Fortfahren als Gast ist fehlgeschlagen. Bitte versuchen Sie es erneut.",
};
export default de;
