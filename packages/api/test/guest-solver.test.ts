import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { PowChallenge } from "@corner/contracts";
import { createChallenge, solveChallenge, verifySolution } from "altcha-lib/v1";
// The browser solver, from @corner/state (imported by path: the API does not depend on the state package).
import { solvePow } from "../../state/src/pow.ts";

const KEY = "test-hmac-key";
const challenge = async (maxNumber: number, number?: number): Promise<PowChallenge> => {
  const c = await createChallenge({
    hmacKey: KEY,
    maxNumber,
    expires: new Date(Date.now() + 300_000),
    ...(number !== undefined ? { number } : {}),
  });
  return {
    algorithm: "SHA-256",
    challenge: c.challenge,
    maxnumber: maxNumber,
    salt: c.salt,
    signature: c.signature,
  };
};

describe("solvePow (the browser solver, in Node)", () => {
  it("finds the number altcha-lib hid, and altcha-lib accepts the payload", async () => {
    for (const number of [0, 999, 1000, 2345]) {
      const c = await challenge(5000, number);
      const pow = await solvePow(c);
      assert.ok(pow);
      assert.equal(pow.number, number);
      const reference = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
      assert.equal(pow.number, reference?.number, "the same number as altcha-lib's own solver");
      assert.deepEqual(Object.keys(pow).sort(), ["algorithm", "challenge", "number", "salt", "signature"]);
      assert.equal(await verifySolution(pow, KEY, true), true);
    }
  });

  it("solves a random challenge of a real size", async () => {
    const c = await challenge(50_000);
    const pow = await solvePow(c);
    assert.ok(pow && (await verifySolution(pow, KEY)));
  });

  it("answers null when no number up to maxnumber fits", async () => {
    const c = await challenge(3000, 2999);
    assert.equal(await solvePow({ ...c, maxnumber: 2000 }), null);
  });

  it("stops with an AbortError, yielding to the event loop between batches", async () => {
    const c = await challenge(1_000_000, 999_999);
    const controller = new AbortController();
    let ticks = 0;
    const timer = setInterval(() => {
      ticks++;
      if (ticks === 3) controller.abort();
    }, 1);
    await assert.rejects(solvePow(c, controller.signal), { name: "AbortError" });
    clearInterval(timer);
    assert.ok(ticks >= 3, "timers ran while it was solving");
    await assert.rejects(solvePow(c, AbortSignal.abort()), { name: "AbortError" });
  });
});
