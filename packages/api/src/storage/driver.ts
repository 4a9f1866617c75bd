import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import postgres from "postgres";

/** A row as the database returns it; callers narrow it with a type argument. */
export type Row = Record<string, unknown>;

/**
 * The thin seam between the storage layer and an engine: parametrised SQL and a transaction.
 * Inside `transaction`, the callback gets a driver bound to that transaction; nesting runs inline.
 */
export interface Driver {
  readonly engine: "pglite" | "postgres";
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  transaction<T>(fn: (tx: Driver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (test fixtures clone a migrated database). */
  dumpDataDir?: () => Promise<Blob>;
}

/** Collects positional parameters: `p(value)` appends one and answers its `$n`. */
export function sqlParams(initial: unknown[]): { params: unknown[]; p: (v: unknown) => string } {
  const params = [...initial];
  return {
    params,
    p: (v) => {
      params.push(v);
      return `$${params.length}`;
    },
  };
}

type PgliteTx = { query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }> };

function pgliteTxDriver(tx: PgliteTx): Driver {
  const self: Driver = {
    engine: "pglite",
    query: async <T extends Row>(text: string, params: unknown[] = []) =>
      (await tx.query<T>(text, params)).rows,
    transaction: (fn) => fn(self),
    close: async () => {},
  };
  return self;
}

/** Wraps an open PGlite (one in-process connection; PGlite itself serialises transactions). */
export function pgliteDriver(pg: PGlite): Driver {
  return {
    engine: "pglite",
    query: async <T extends Row>(text: string, params: unknown[] = []) =>
      (await pg.query<T>(text, params)).rows,
    transaction: (fn) => pg.transaction((tx) => fn(pgliteTxDriver(tx))),
    close: async () => {
      if (!pg.closed) await pg.close();
    },
    dumpDataDir: () => pg.dumpDataDir("none"),
  };
}

/**
 * PGlite in memory (no `dataDir`) or persisted in `dataDir`. Durability: PGlite's node filesystem
 * writes straight to the directory and `relaxedDurability` stays off, so a commit is on disk before
 * the query resolves (a 2xx survives `kill -9`).
 */
export async function createPgliteDriver(
  opts: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<Driver> {
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const pg = new PGlite({
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    relaxedDurability: false,
    // Trigram similarity for "similar ideas"; the migration runs CREATE EXTENSION on both engines.
    extensions: { pg_trgm },
  });
  await pg.waitReady;
  return pgliteDriver(pg);
}

type Sql = postgres.Sql | postgres.TransactionSql;

function postgresTxDriver(sql: postgres.TransactionSql): Driver {
  const self: Driver = {
    engine: "postgres",
    query: <T extends Row>(text: string, params: unknown[] = []) => run<T>(sql, text, params),
    transaction: (fn) => fn(self),
    close: async () => {},
  };
  return self;
}

async function run<T extends Row>(sql: Sql, text: string, params: unknown[]): Promise<T[]> {
  const rows = await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
  return rows as unknown as T[];
}

/** PostgreSQL through the `postgres` package (a pool); transactions retry on serialization failures. */
export function createPostgresDriver(url: string, opts: { max?: number } = {}): Driver {
  const sql = postgres(url, { max: opts.max ?? 10, onnotice: () => {} });
  let closed: Promise<void> | undefined;
  return {
    engine: "postgres",
    query: <T extends Row>(text: string, params: unknown[] = []) => run<T>(sql, text, params),
    transaction: async <T>(fn: (tx: Driver) => Promise<T>) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return (await sql.begin((tx) => fn(postgresTxDriver(tx)))) as T;
        } catch (err) {
          // Deadlock or serialization failure: safe to run the whole transaction again.
          const code = (err as { code?: string }).code;
          if ((code === "40P01" || code === "40001") && attempt < 5) continue;
          throw err;
        }
      }
    },
    close: async () => {
      closed ??= sql.end({ timeout: 5 });
      await closed;
    },
  };
}
