import { unmountAll } from "./dom.ts";
import { afterEach } from "./mocha.ts";

// After every test of a file that imports these helpers (a root hook: each test file runs in its own page),
// what mount() added goes, and so does an address's hash a widget set (#idea-…, #question-…): no test starts
// on another's page, and no test file repeats this.
afterEach(() => {
  unmountAll();
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
});
