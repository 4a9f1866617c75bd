export { allRoutes, createApp } from "./app.ts";
export type { SessionUser } from "./middleware/auth/index.ts";
export { signSession, verifySession } from "./middleware/auth/index.ts";
export type { RateLimitOptions } from "./middleware/rate-limit/index.ts";
export { buildOpenApi } from "./routes/openapi.ts";
export type { AppDeps } from "./runtime.ts";
export { DEMO_SITE, seedDemo } from "./seed/demo.ts";
export type { RunningServer, ServerOptions } from "./server.ts";
export { loadSessionSecret, openDriver, startServer } from "./server.ts";
export { uuidv7 } from "./storage/ids.ts";
export type { Driver, Storage } from "./storage/index.ts";
export {
  createPgliteDriver,
  createPostgresDriver,
  createStorage,
  migrate,
  pgliteDriver,
} from "./storage/index.ts";
