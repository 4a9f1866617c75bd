import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { buildApp } from "./app.ts";
import { fastRead } from "./fast-read.ts";
import type { RateLimitOptions } from "./middleware/rate-limit/index.ts";
import { seedDemo } from "./seed/demo.ts";
import {
  createPgliteDriver,
  createPostgresDriver,
  createStorage,
  type Driver,
  migrate,
  type Storage,
} from "./storage/index.ts";

export interface ServerOptions {
  /** 0 picks a free port. Default `CORNER_PORT` or 8787. */
  port?: number;
  host?: string;
  /** Keep the embedded database (PGlite) in this directory; in memory when absent. */
  dataDir?: string;
  /** PostgreSQL instead of PGlite (default `DATABASE_URL`). */
  databaseUrl?: string;
  seed?: "demo";
  /** Default `CORNER_ADMIN_TOKEN`, else generated (and returned). */
  adminToken?: string;
  /** `false` (or `CORNER_RATE_LIMIT=off`) turns limits off; an object sets them. */
  rateLimit?: boolean | RateLimitOptions;
  /** Origins to allow per site in addition to the stored ones. */
  extraOrigins?: Record<string, string[]>;
  /** An already opened database (test fixtures); the server closes it on `close()`. */
  driver?: Driver;
  listCacheMs?: number;
  /** Guest proof-of-work difficulty (default `CORNER_GUEST_POW_MAX_NUMBER`, else the API's default). */
  guestPowMaxNumber?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  adminToken: string;
  storage: Storage;
  close(): Promise<void>;
}

/** Opens the database named by the options (PostgreSQL, PGlite on disk, or PGlite in memory). */
export async function openDriver(opts: { databaseUrl?: string; dataDir?: string }): Promise<Driver> {
  const url = opts.databaseUrl ?? process.env.DATABASE_URL;
  if (url) return createPostgresDriver(url);
  return createPgliteDriver(opts.dataDir ? { dataDir: opts.dataDir } : {});
}

/** The shared session secret: `CORNER_SESSION_SECRET`, else one generated once and kept in the database. */
export async function loadSessionSecret(storage: Storage): Promise<string> {
  const fromEnv = process.env.CORNER_SESSION_SECRET;
  if (fromEnv) return fromEnv;
  return storage.settings.getOrCreate("session_secret", () => randomBytes(32).toString("base64url"));
}

/** Migrates, optionally seeds, and serves the API. */
export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const driver = opts.driver ?? (await openDriver(opts));
  const storage = createStorage(driver);
  await migrate(driver);
  if (opts.seed === "demo") await seedDemo(storage);
  const adminToken =
    opts.adminToken ?? process.env.CORNER_ADMIN_TOKEN ?? randomBytes(24).toString("base64url");
  const rateLimitOff = opts.rateLimit === false || process.env.CORNER_RATE_LIMIT === "off";
  const powMax = opts.guestPowMaxNumber ?? (Number(process.env.CORNER_GUEST_POW_MAX_NUMBER) || undefined);
  const { app, rt } = buildApp({
    storage,
    adminToken,
    sessionSecret: await loadSessionSecret(storage),
    rateLimit: rateLimitOff ? false : typeof opts.rateLimit === "object" ? opts.rateLimit : {},
    ...(opts.extraOrigins ? { extraOrigins: opts.extraOrigins } : {}),
    ...(opts.listCacheMs !== undefined ? { listCacheMs: opts.listCacheMs } : {}),
    ...(powMax ? { guestPowMaxNumber: powMax } : {}),
  });
  const host = opts.host ?? "127.0.0.1";
  const port = opts.port ?? Number(process.env.CORNER_PORT ?? 8787);
  const listener = getRequestListener(app.fetch);
  const server = createServer((req, res) => {
    if (!fastRead(rt, req, res)) void listener(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const prune = setInterval(() => {
    storage.idempotency.prune().catch(() => {});
  }, 600_000);
  prune.unref();
  const actual = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${actual}`,
    port: actual,
    adminToken,
    storage,
    close: () =>
      (closing ??= (async () => {
        clearInterval(prune);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await storage.close();
      })()),
  };
}
