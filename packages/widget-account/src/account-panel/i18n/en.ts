export const en = {
  choices: "Sign-in choices",
  signIn: "Sign in",
  signInWith: (site: string) => `Sign in with ${site}`,
  separator: "or",
  guestName: "Your name",
  nameMissing: "Enter the name to show with what you write.",
  continueAsGuest: "Continue as a guest",
  checking: "Checking you are not a robot…",
  cancel: "Cancel",
  cancelled: "Sign-in cancelled.",
  guestFailed: "Could not continue as a guest. Please try again.",
};
export type AccountPanelMessages = typeof en;
