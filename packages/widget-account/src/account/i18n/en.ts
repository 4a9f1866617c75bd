export const en = {
  signIn: "Sign in",
  signOut: "Sign out",
  staff: "Staff",
  signedInAs: (name: string) => `Signed in as ${name}`,
  loadingChoices: "Loading the sign-in choices…",
  loadFailed: "The sign-in choices could not be loaded.",
};
export type AccountMessages = typeof en;
