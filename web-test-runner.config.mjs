// Component tests: every *.browser.test.ts under packages/, in Debian's Chromium, with msw for the API.
import { createReadStream } from "node:fs";
import { createRequire } from "node:module";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";

const require = createRequire(import.meta.url);
const mswWorker = require.resolve("msw/mockServiceWorker.js");

export default {
  files: ["packages/*/src/**/*.browser.test.ts"],
  nodeResolve: { exportConditions: ["browser", "development"] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, target: "es2022", tsconfig: "tsconfig.json" })],
  middleware: [
    // msw's service worker must be served from the origin's root to control test pages.
    (ctx, next) => {
      if (ctx.path === "/mockServiceWorker.js") {
        ctx.type = "application/javascript";
        ctx.body = createReadStream(mswWorker);
        return;
      }
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        headless: true,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
        ],
      },
    }),
  ],
};
