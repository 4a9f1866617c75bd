import { createHash, randomBytes } from "node:crypto";
import {
  createApp,
  createStorage,
  loadSessionSecret,
  type RateLimitOptions,
  type RunningServer,
  type Storage,
  signSession,
  startServer,
} from "@corner/api";
import type { Board, PowChallenge, PowSolution, Session, SiteCreated } from "@corner/contracts";
import { createTestDatabase, type Engine } from "./database.ts";
import { signSso } from "./sso.ts";

/** Anything tests can send requests to: an in-process app or a listening server. */
export interface TestApi {
  adminToken: string;
  request(path: string, init?: RequestInit): Promise<Response>;
}

export interface TestApiOptions {
  engine?: Engine;
  rateLimit?: false | RateLimitOptions;
  extraOrigins?: Record<string, string[]>;
  seed?: "demo";
  /** Anonymous list cache in ms (default 0 in tests, so every read sees the last write). */
  listCacheMs?: number;
  /** Guest proof-of-work difficulty (default 1,000 in tests, so a guest sign-in costs under a millisecond). */
  guestPowMaxNumber?: number;
}

const TEST_POW_MAX_NUMBER = 1000;

const ADMIN_TOKEN = "test-admin-token-0123456789";

/** The app on a fresh database, driven with `app.request()` (no socket). */
export async function createTestApp(
  opts: TestApiOptions = {},
): Promise<TestApi & { storage: Storage; engine: Engine; close(): Promise<void> }> {
  const engine = opts.engine ?? "pglite";
  const db = await createTestDatabase(engine);
  const storage = createStorage(db.driver);
  if (opts.seed === "demo") {
    const { seedDemo } = await import("@corner/api");
    await seedDemo(storage);
  }
  const app = createApp({
    storage,
    adminToken: ADMIN_TOKEN,
    sessionSecret: await loadSessionSecret(storage),
    rateLimit: opts.rateLimit ?? false,
    listCacheMs: opts.listCacheMs ?? 0,
    guestPowMaxNumber: opts.guestPowMaxNumber ?? TEST_POW_MAX_NUMBER,
    log: () => {},
    ...(opts.extraOrigins ? { extraOrigins: opts.extraOrigins } : {}),
  });
  return {
    engine,
    storage,
    adminToken: ADMIN_TOKEN,
    request: async (path, init) => app.request(path, init),
    close: () => db.drop(),
  };
}

/**
 * A real listening API on a random port: PGlite in memory, or a fresh PostgreSQL database when
 * `TEST_DATABASE_URL` is set (dropped by `close()`).
 */
export async function startTestApi(
  opts: TestApiOptions & { engine?: Engine } = {},
): Promise<RunningServer & TestApi> {
  const engine = opts.engine ?? (process.env.TEST_DATABASE_URL ? "postgres" : "pglite");
  const db = await createTestDatabase(engine);
  const server = await startServer({
    port: 0,
    driver: db.driver,
    adminToken: ADMIN_TOKEN,
    rateLimit: opts.rateLimit ?? false,
    ...(opts.seed ? { seed: opts.seed } : {}),
    ...(opts.extraOrigins ? { extraOrigins: opts.extraOrigins } : {}),
    ...(opts.listCacheMs !== undefined ? { listCacheMs: opts.listCacheMs } : {}),
    guestPowMaxNumber: opts.guestPowMaxNumber ?? TEST_POW_MAX_NUMBER,
  });
  return {
    ...server,
    request: (path, init) => fetch(`${server.url}${path}`, init),
    close: async () => {
      await server.close();
      await db.drop();
    },
  };
}

const asTestApi = (api: TestApi | { url: string; adminToken: string }): TestApi =>
  "request" in api ? api : { ...api, request: (path, init) => fetch(`${api.url}${path}`, init) };

/** Creates a site through the admin API; answers its id and SSO secret. */
export async function createTestSite(
  api: TestApi | { url: string; adminToken: string },
  opts: {
    id?: string;
    origins?: string[];
    allowGuests?: boolean;
    premoderation?: boolean;
    guestPremoderation?: boolean;
    guestProofOfWork?: boolean;
    name?: string;
    topContributorThreshold?: number;
  } = {},
): Promise<{ id: string; ssoSecret: string }> {
  const id = opts.id ?? `site-${randomBytes(4).toString("hex")}`;
  const res = await asTestApi(api).request("/v1/admin/sites", {
    method: "POST",
    headers: { authorization: `Bearer ${api.adminToken}`, "content-type": "application/json" },
    body: JSON.stringify({
      id,
      name: opts.name ?? `Test shop ${id}`,
      origins: opts.origins ?? ["https://shop.example"],
      allowGuests: opts.allowGuests ?? true,
      premoderation: opts.premoderation ?? false,
      ...(opts.guestPremoderation !== undefined ? { guestPremoderation: opts.guestPremoderation } : {}),
      ...(opts.guestProofOfWork !== undefined ? { guestProofOfWork: opts.guestProofOfWork } : {}),
      ...(opts.topContributorThreshold !== undefined
        ? { topContributorThreshold: opts.topContributorThreshold }
        : {}),
    }),
  });
  if (res.status !== 201) throw new Error(`creating site ${id}: ${res.status} ${await res.text()}`);
  const site = (await res.json()) as SiteCreated;
  return { id: site.id, ssoSecret: site.ssoSecret };
}

/** Signs in (a guest by name, or an SSO subject signed with the site's secret); answers the session. */
export async function signIn(
  api: TestApi | { url: string; adminToken: string },
  site: { id: string; ssoSecret: string },
  who: { guest: string } | { sub: string; name?: string; roles?: string[] },
): Promise<Session> {
  const body =
    "guest" in who
      ? { guest: { name: who.guest, pow: await guestPow(api, site) } }
      : {
          sso: signSso(site.ssoSecret, {
            sub: who.sub,
            name: who.name ?? who.sub,
            ...(who.roles ? { roles: who.roles } : {}),
          }),
        };
  const res = await asTestApi(api).request(`/v1/sites/${site.id}/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`signing in: ${res.status} ${await res.text()}`);
  return (await res.json()) as Session;
}

/** Fetches the site's guest challenge and solves it (what `login()` in the browser does). */
export async function guestPow(
  api: TestApi | { url: string; adminToken: string },
  site: { id: string },
): Promise<PowSolution> {
  const res = await asTestApi(api).request(`/v1/sites/${site.id}/session/challenge`);
  if (res.status !== 200) throw new Error(`fetching a challenge: ${res.status} ${await res.text()}`);
  return solveChallengeSync((await res.json()) as PowChallenge);
}

/** The solution found by trying every number (node:crypto, synchronous: test challenges are small). */
export function solveChallengeSync(c: PowChallenge): PowSolution {
  for (let n = 0; n <= c.maxnumber; n++) {
    if (
      createHash("sha256")
        .update(c.salt + n)
        .digest("hex") === c.challenge
    ) {
      return {
        algorithm: c.algorithm,
        challenge: c.challenge,
        number: n,
        salt: c.salt,
        signature: c.signature,
      };
    }
  }
  throw new Error("the challenge has no solution up to its maxnumber");
}

/** JSON request helper: `send(api, "POST", path, body, token)`. */
export function send(
  api: TestApi,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return api.request(path, {
    method,
    headers: {
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
  });
}

/** Creates an ideas board through the admin API; answers it. */
export async function createTestBoard(
  api: TestApi | { url: string; adminToken: string },
  site: { id: string },
  opts: {
    id?: string;
    title?: string;
    categories?: ({ id: string; name: string } | string)[];
    trendingHalfLifeDays?: number;
  } = {},
): Promise<Board> {
  const res = await asTestApi(api).request(`/v1/admin/sites/${site.id}/boards`, {
    method: "POST",
    headers: { authorization: `Bearer ${api.adminToken}`, "content-type": "application/json" },
    body: JSON.stringify({
      id: opts.id ?? `board-${randomBytes(3).toString("hex")}`,
      title: opts.title ?? "Ideas",
      categories: opts.categories ?? [],
      ...(opts.trendingHalfLifeDays !== undefined ? { trendingHalfLifeDays: opts.trendingHalfLifeDays } : {}),
    }),
  });
  if (res.status !== 201) throw new Error(`creating board: ${res.status} ${await res.text()}`);
  return (await res.json()) as Board;
}

/**
 * Many signed-in people at once, for concurrency tests: each is an SSO person stored directly and
 * given a session token signed with the API's session secret, without one HTTP sign-in each (the
 * session route itself is tested on its own). `staff` people carry a staff session.
 */
export async function signInMany(
  api: { storage: Storage },
  site: { id: string },
  prefix: string,
  count: number,
  opts: { staff?: boolean } = {},
): Promise<Session[]> {
  const key = new TextEncoder().encode(await loadSessionSecret(api.storage));
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const name = `${prefix} ${i + 1}`;
      const person = await api.storage.people.upsert({
        siteId: site.id,
        provider: "sso",
        subject: `${prefix}-${i + 1}`,
        name,
      });
      const user = { id: person.id, name, kind: "sso" as const, ...(opts.staff ? { staff: true } : {}) };
      const { token, expiresAt } = await signSession(key, { ...user, site: site.id });
      return { token, expiresAt, user };
    }),
  );
}
