// `pnpm start` (after `pnpm build`): the Corner API with an embedded database seeded with site `demo`,
// and the demo shop that uses it through the script tag, exactly as a customer would.
//   CORNER_PORT (8787), DEMO_PORT (5173); `--data DIR` keeps the database on disk (e.g. .corner-data/).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startServer } from "@corner/api";
import { startDemo } from "./server.ts";

const DEMO_SSO_SECRET = "demo-sso-secret-change-me-0123456789abcdef";
const host = "127.0.0.1";
const distDir = fileURLToPath(new URL("../packages/embed/dist", import.meta.url));
const publicDir = fileURLToPath(new URL("./public", import.meta.url));

if (!existsSync(`${distDir}/corner.js`)) {
  console.error("packages/embed/dist/corner.js is missing: run `pnpm build` first (`pnpm start` does).");
  process.exit(1);
}

const dataFlag = process.argv.indexOf("--data");
const dataDir = dataFlag > 0 ? process.argv[dataFlag + 1] : undefined;
const demoPort = Number(process.env.DEMO_PORT || 5173);
const api = await startServer({
  port: Number(process.env.CORNER_PORT || 8787),
  host,
  seed: "demo",
  // The seeded site lists the default shop origins; a shop on another DEMO_PORT must be allowed too.
  extraOrigins: { demo: [`http://${host}:${demoPort}`, `http://localhost:${demoPort}`] },
  ...(dataDir ? { dataDir } : {}),
});

const shop = await startDemo({
  port: demoPort,
  host,
  api: api.url,
  site: "demo",
  ssoSecret: DEMO_SSO_SECRET,
  adminToken: api.adminToken,
  distDir,
  publicDir,
});

console.log(`Corner API   ${api.url}  (admin token: ${api.adminToken})`);
console.log(`Demo shop    ${shop.url}/`);
console.log(`Plain page   ${shop.url}/plain.html`);
console.log(`Staff pages  ${shop.url}/staff/surveys`);

const stop = async () => {
  await shop.close();
  await api.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
