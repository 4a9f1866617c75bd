import type { PowChallenge, PowSolution } from "@corner/contracts";

/** Hashes tried between two yields to the event loop, so the page keeps answering input. */
const BATCH = 1000;

const hexBytes = (hex: string): Uint8Array => {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
};

const same = (a: ArrayBuffer, b: Uint8Array): boolean => {
  const x = new Uint8Array(a);
  for (let i = 0; i < b.length; i++) if (x[i] !== b[i]) return false;
  return true;
};

const aborted = (signal: AbortSignal) =>
  signal.reason instanceof Error
    ? signal.reason
    : new DOMException("The operation was aborted.", "AbortError");

/**
 * Solves a guest sign-in challenge (ALTCHA v1): finds the number n, from 0 up to `maxnumber`, with
 * SHA-256(salt + n) = challenge, and answers the payload to sign in with (null if none fits). It runs
 * on the page's thread with `crypto.subtle` (a strict CSP forbids the blob: workers a Web Worker would
 * need), hashing a batch at a time and yielding between batches; `signal` stops it with an AbortError.
 * @example
 * const pow = await solvePow(await siteClient(client).getChallenge(), controller.signal);
 */
export async function solvePow(challenge: PowChallenge, signal?: AbortSignal): Promise<PowSolution | null> {
  const target = hexBytes(challenge.challenge);
  const encoder = new TextEncoder();
  const { subtle } = globalThis.crypto;
  for (let start = 0; start <= challenge.maxnumber; start += BATCH) {
    if (signal?.aborted) throw aborted(signal);
    const end = Math.min(start + BATCH - 1, challenge.maxnumber);
    // The digests of one batch run concurrently; a macrotask between batches lets input through.
    const batch: Promise<ArrayBuffer>[] = [];
    for (let n = start; n <= end; n++)
      batch.push(subtle.digest("SHA-256", encoder.encode(challenge.salt + n)));
    const hashes = await Promise.all(batch);
    const i = hashes.findIndex((h) => same(h, target));
    if (i >= 0) {
      const { algorithm, salt, signature } = challenge;
      return { algorithm, challenge: challenge.challenge, number: start + i, salt, signature };
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return null;
}
