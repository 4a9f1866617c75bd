import { PGlite } from "@electric-sql/pglite";

let t = Date.now();
const pg = new PGlite();
await pg.waitReady;
console.log("create", Date.now() - t);
t = Date.now();
const r = await pg.query("select now() as n, 1::int8 as b, gen_random_uuid() as u, $1::text as p", ["x"]);
console.log(r.rows, Date.now() - t);
t = Date.now();
const d = await pg.dumpDataDir("none");
console.log("dump", d.size, Date.now() - t);
t = Date.now();
const pg2 = new PGlite({ loadDataDir: d });
await pg2.waitReady;
console.log("load", Date.now() - t);
