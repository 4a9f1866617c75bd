/** Tiny assertions for browser tests (no assertion library needed). */
export function equal<T>(actual: T, expected: T, message = ""): void {
  if (!Object.is(actual, expected))
    throw new Error(
      `${message ? `${message}: ` : ""}expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
}

export function deepEqual(actual: unknown, expected: unknown, message = ""): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message ? `${message}: ` : ""}expected ${e}, got ${a}`);
}

export function ok(value: unknown, message = "expected a truthy value"): asserts value {
  if (!value) throw new Error(message);
}

export function includes(haystack: string | null | undefined, needle: string, message = ""): void {
  if (!haystack?.includes(needle))
    throw new Error(
      `${message ? `${message}: ` : ""}expected ${JSON.stringify(haystack)} to include ${JSON.stringify(needle)}`,
    );
}

/**
 * Waits until `probe` returns a truthy value (re-checking on every animation frame) and returns it.
 * It never fails on its own: a condition that never holds fails through the test runner's timeout.
 */
export async function until<T>(probe: () => T | null | undefined | false): Promise<T> {
  for (;;) {
    try {
      const value = probe();
      if (value) return value;
    } catch {
      // Not there yet (element not rendered): look again on the next frame.
    }
    await new Promise((r) => requestAnimationFrame(r));
  }
}
