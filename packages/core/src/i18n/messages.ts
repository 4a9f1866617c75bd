/** Messages every widget shares. Widgets spread these into their own catalogues. */
export const common = {
  retry: "Retry",
  cancel: "Cancel",
  signIn: "Sign in",
  signOut: "Sign out",
};
export type CommonMessages = typeof common;
