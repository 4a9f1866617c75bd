// `corner-api serve --port P [--host H] [--data DIR] [--seed demo]` and `corner-api migrate`.
import { parseArgs } from "node:util";
import { openDriver, startServer } from "./server.ts";
import { migrate } from "./storage/index.ts";

const USAGE = `usage:
  corner-api serve [--port P] [--host H] [--data DIR] [--seed demo]
  corner-api migrate [--data DIR]
DATABASE_URL=postgres://… uses PostgreSQL instead of the embedded database.`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      data: { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (values.seed !== undefined && values.seed !== "demo") throw new Error(`unknown seed ${values.seed}`);
  if (command === "migrate") {
    if (!values.data && !process.env.DATABASE_URL) {
      console.log("no --data DIR or DATABASE_URL: migrating a throw-away in-memory database");
    }
    const driver = await openDriver(values.data ? { dataDir: values.data } : {});
    const applied = await migrate(driver);
    await driver.close();
    console.log(applied.length ? `applied ${applied.join(", ")}` : "database is up to date");
    return;
  }
  if (command !== "serve") throw new Error(`unknown command ${command}\n${USAGE}`);
  const port = values.port !== undefined ? Number(values.port) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
    throw new Error(`--port must be a port number, got ${values.port}`);
  }
  const server = await startServer({
    ...(port !== undefined ? { port } : {}),
    ...(values.host ? { host: values.host } : {}),
    ...(values.data ? { dataDir: values.data } : {}),
    ...(values.seed === "demo" ? { seed: "demo" as const } : {}),
  });
  console.log(`corner-api listening on ${server.url}`);
  if (!process.env.CORNER_ADMIN_TOKEN)
    console.log(`admin token (set CORNER_ADMIN_TOKEN to choose one): ${server.adminToken}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
