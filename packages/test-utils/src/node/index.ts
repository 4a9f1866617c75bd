export type { TestApi, TestApiOptions } from "./api.ts";
export {
  createTestApp,
  createTestBoard,
  createTestSite,
  guestPow,
  send,
  signIn,
  signInMany,
  solveChallengeSync,
  startTestApi,
} from "./api.ts";
export type { Engine, TestDatabase } from "./database.ts";
export { createTestDatabase, engines } from "./database.ts";
export type { SsoKeyPair, SsoTestClaims } from "./sso.ts";
export { hmacJwt, signSso, signSsoWith, ssoKeyPair, unsignedSso } from "./sso.ts";
