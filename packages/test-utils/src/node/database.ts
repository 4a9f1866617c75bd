import { createPgliteDriver, createPostgresDriver, type Driver, migrate } from "@corner/api";

export type Engine = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when `TEST_DATABASE_URL` is set. */
export function engines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

let template: Promise<Blob> | undefined;

/** A migrated PGlite, built once per process and cloned from its tarball (seconds → a fraction). */
async function migratedPglite(): Promise<Driver> {
  template ??= (async () => {
    const d = await createPgliteDriver();
    await migrate(d);
    const blob = await d.dumpDataDir!();
    await d.close();
    return blob;
  })();
  return createPgliteDriver({ loadDataDir: await template });
}

export interface TestDatabase {
  engine: Engine;
  driver: Driver;
  /** PostgreSQL only: the fresh database's URL (to start more servers on it). */
  url?: string;
  /** Closes the driver and, on PostgreSQL, drops the database. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database: a PGlite clone in memory, or a new `corner_test_<random>` database on
 * the server named by `TEST_DATABASE_URL`.
 */
export async function createTestDatabase(engine: Engine = "pglite"): Promise<TestDatabase> {
  if (engine === "pglite") {
    const driver = await migratedPglite();
    return { engine, driver, drop: () => driver.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `corner_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = createPostgresDriver(adminUrl, { max: 1 });
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const driver = createPostgresDriver(url.toString(), { max: 20 });
  await migrate(driver);
  let dropped: Promise<void> | undefined;
  return {
    engine,
    driver,
    url: url.toString(),
    drop: () =>
      (dropped ??= (async () => {
        await driver.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      })()),
  };
}
