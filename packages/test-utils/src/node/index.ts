export type { TestApi, TestApiOptions } from "./api.ts";
export {
  createTestApp,
  createTestBoard,
  createTestSite,
  send,
  signIn,
  signInMany,
  startTestApi,
} from "./api.ts";
export type { Engine, TestDatabase } from "./database.ts";
export { createTestDatabase, engines } from "./database.ts";
export { signSso } from "./sso.ts";
