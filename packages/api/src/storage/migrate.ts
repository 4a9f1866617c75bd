import { readdirSync, readFileSync } from "node:fs";
import type { Driver } from "./driver.ts";

const MIGRATIONS_DIR = new URL("../migrations/", import.meta.url);
/** Arbitrary constant naming Corner's migration lock among other advisory locks. */
const LOCK_KEY = 727_001;

/** The migration files, in the order they apply (`NNN_name.sql`). */
export function migrationFiles(): { name: string; sql: string }[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(new URL(name, MIGRATIONS_DIR), "utf8") }));
}

/**
 * Applies pending migrations in one transaction under an advisory lock, so several processes
 * starting together on one database apply each file exactly once. Returns the names applied.
 */
export async function migrate(driver: Driver): Promise<string[]> {
  return driver.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
    await tx.query(
      "CREATE TABLE IF NOT EXISTS corner_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const done = new Set(
      (await tx.query<{ name: string }>("SELECT name FROM corner_migrations")).map((r) => r.name),
    );
    const applied: string[] = [];
    for (const m of migrationFiles()) {
      if (done.has(m.name)) continue;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query("INSERT INTO corner_migrations (name) VALUES ($1)", [m.name]);
      applied.push(m.name);
    }
    return applied;
  });
}

/** Migration files hold plain statements separated by `;` at line ends (no functions with bodies). */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, "")
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
