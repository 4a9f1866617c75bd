import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

const pg = new PGlite({ extensions: { pg_trgm } });
await pg.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
await pg.query("CREATE TABLE t (s text)");
await pg.query("CREATE INDEX ON t USING gin (s gin_trgm_ops)");
console.log((await pg.query("SELECT similarity('dark mode', 'drak mode') AS s")).rows);
const blob = await pg.dumpDataDir("none");
const pg2 = new PGlite({ extensions: { pg_trgm }, loadDataDir: blob });
console.log(
  (
    await pg2.query(
      "SELECT similarity('dark mode', 'drak mode') AS s, to_tsvector('english','hello worlds') v",
    )
  ).rows,
);
