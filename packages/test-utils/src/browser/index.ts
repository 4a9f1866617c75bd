import "./process-shim.ts";
// Registers the cleanup after each test (see there).
import "./cleanup.ts";

export { deepEqual, equal, includes, ok, until } from "./assert.ts";
export { expectNoAxeViolations } from "./axe.ts";
export { $, $$, mount, text, unmountAll } from "./dom.ts";
export { afterEach, beforeEach, describe, it } from "./mocha.ts";
export { type MockSite, useMockSite } from "./mock-site.ts";
export { startWorker } from "./msw.ts";
