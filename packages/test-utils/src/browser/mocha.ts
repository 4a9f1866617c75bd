/** Typed access to the mocha globals that @web/test-runner provides in the page. */
type Fn = (this: unknown) => void | Promise<void>;
interface MochaGlobals {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: Fn): void;
  beforeEach(fn: Fn): void;
  afterEach(fn: Fn): void;
}
const g = globalThis as unknown as MochaGlobals;
export const describe: MochaGlobals["describe"] = (name, fn) => g.describe(name, fn);
export const it: MochaGlobals["it"] = (name, fn) => g.it(name, fn);
export const beforeEach: MochaGlobals["beforeEach"] = (fn) => g.beforeEach(fn);
export const afterEach: MochaGlobals["afterEach"] = (fn) => g.afterEach(fn);
