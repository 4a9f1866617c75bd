import assert from "node:assert/strict";
import { after, before, describe, it, mock } from "node:test";
import type { PowChallenge, PowSolution, Session } from "@corner/contracts";
import { createTestApp, createTestSite, engines, send, solveChallengeSync } from "@corner/test-utils/node";
import { solveChallenge } from "altcha-lib/v1";
import { expectProblem, rowsFor } from "./helpers.ts";

for (const engine of engines()) {
  describe(`guest sign-in with proof of work (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };

    before(async () => {
      api = await createTestApp({ engine });
      site = await createTestSite(api, { guestProofOfWork: true });
    });
    after(() => api.close());

    const challenge = async (s = site): Promise<PowChallenge> => {
      const res = await send(api, "GET", `/v1/sites/${s.id}/session/challenge`);
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as PowChallenge;
    };
    const signIn = (pow: unknown, s = site, name = "Gus") =>
      send(api, "POST", `/v1/sites/${s.id}/session`, { guest: { name, pow } });
    /** Asserts a 403 naming body.guest.pow and that nobody was stored. */
    const refused = async (res: Response, detail: RegExp) => {
      const before = await rowsFor(api.storage, "people", site.id);
      const body = await expectProblem(res, 403, "forbidden");
      assert.match(body.detail, detail);
      assert.deepEqual(
        body.errors?.map((e) => e.path),
        ["body.guest.pow"],
      );
      assert.equal(await rowsFor(api.storage, "people", site.id), before);
    };

    it("answers an uncacheable SHA-256 challenge that expires in 5 minutes", async () => {
      const res = await send(api, "GET", `/v1/sites/${site.id}/session/challenge`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("cache-control"), "no-store");
      const c = (await res.json()) as PowChallenge;
      assert.deepEqual(Object.keys(c).sort(), ["algorithm", "challenge", "maxnumber", "salt", "signature"]);
      assert.equal(c.algorithm, "SHA-256");
      assert.match(c.challenge, /^[0-9a-f]{64}$/);
      assert.match(c.signature, /^[0-9a-f]{64}$/);
      assert.equal(c.maxnumber, 1000, "tests run at a small difficulty");
      const params = new URLSearchParams(c.salt.split("?")[1]);
      assert.equal(params.get("site"), site.id);
      const left = Number(params.get("expires")) * 1000 - Date.now();
      assert.ok(left > 290_000 && left <= 300_000, `expires in ${left} ms`);
      assert.notEqual((await challenge()).challenge, c.challenge, "every challenge is fresh");
    });

    it("signs a guest in with altcha-lib's own solution, as an object or as base64 JSON", async () => {
      const c = await challenge();
      const solved = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
      assert.ok(solved);
      const pow: PowSolution = { ...c, number: solved.number };
      delete (pow as Partial<PowChallenge>).maxnumber;
      const res = await signIn(pow);
      assert.equal(res.status, 200, await res.clone().text());
      const session = (await res.json()) as Session;
      assert.equal(session.user.kind, "guest");
      assert.equal(session.user.name, "Gus");

      const again = solveChallengeSync(await challenge());
      const b64 = Buffer.from(JSON.stringify({ ...again, took: 12 })).toString("base64");
      assert.equal((await signIn(b64, site, "Bea")).status, 200);
    });

    it("refuses a missing or malformed solution with 400 naming body.guest.pow", async () => {
      const people = await rowsFor(api.storage, "people", site.id);
      const good = solveChallengeSync(await challenge());
      for (const pow of [
        undefined,
        null,
        "not base64 json",
        42,
        {},
        { ...good, number: "7" },
        { ...good, number: -1 },
      ]) {
        const body = await expectProblem(await signIn(pow), 400, "validation");
        assert.deepEqual(
          body.errors?.map((e) => e.path),
          ["body.guest.pow"],
          JSON.stringify(pow),
        );
      }
      const missing = await expectProblem(
        await send(api, "POST", `/v1/sites/${site.id}/session`, { guest: { name: "Gus" } }),
        400,
        "validation",
      );
      assert.match(missing.detail, /pow is required on this site/);
      assert.equal(await rowsFor(api.storage, "people", site.id), people);
    });

    it("lets a guest in by name alone where the site does not ask for proof of work, but checks one that is sent", async () => {
      const open = await createTestSite(api);
      const res = await send(api, "POST", `/v1/sites/${open.id}/session`, { guest: { name: "Ola" } });
      assert.equal(res.status, 200, await res.clone().text());
      assert.equal(((await res.json()) as Session).user.name, "Ola");
      const good = solveChallengeSync(await challenge(open));
      const wrong = await signIn({ ...good, number: (good.number + 1) % 1001 }, open);
      await expectProblem(wrong, 403, "forbidden");
      assert.equal((await signIn(good, open)).status, 200);
      // Switched on later, it applies at once.
      const on = await send(
        api,
        "PATCH",
        `/v1/admin/sites/${open.id}`,
        { guestProofOfWork: true },
        api.adminToken,
      );
      assert.equal(on.status, 200, await on.clone().text());
      const refusedNow = await send(api, "POST", `/v1/sites/${open.id}/session`, { guest: { name: "Ola" } });
      await expectProblem(refusedNow, 400, "validation");
    });

    it("refuses a wrong number or a tampered challenge, signature or salt with 403", async () => {
      const good = solveChallengeSync(await challenge());
      await refused(
        await signIn({ ...good, number: (good.number + 1) % 1001 }),
        /not the challenge's solution/,
      );
      const flip = (hex: string) => (hex[0] === "0" ? "1" : "0") + hex.slice(1);
      await refused(
        await signIn({ ...good, signature: flip(good.signature) }),
        /not the challenge's solution/,
      );
      await refused(
        await signIn({ ...good, challenge: flip(good.challenge) }),
        /not the challenge's solution/,
      );
      // A later expiry written into the salt changes what is hashed, so the signature no longer fits.
      const later = good.salt.replace(/expires=(\d+)/, (_, s) => `expires=${Number(s) + 3600}`);
      await refused(await signIn({ ...good, salt: later }), /not the challenge's solution/);
      // The untouched solution still works: nothing above used it up.
      assert.equal((await signIn(good)).status, 200);
    });

    it("refuses a solution used twice", async () => {
      const pow = solveChallengeSync(await challenge());
      assert.equal((await signIn(pow)).status, 200);
      await refused(await signIn(pow, site, "Twin"), /already used/);
      await refused(
        await signIn(Buffer.from(JSON.stringify(pow)).toString("base64"), site, "Twin"),
        /already used/,
      );
    });

    it("refuses a solution after 5 minutes", async () => {
      const pow = solveChallengeSync(await challenge());
      const now = Date.now();
      const clock = mock.method(Date, "now", () => now + 301_000);
      try {
        await refused(await signIn(pow), /expired/);
      } finally {
        clock.mock.restore();
      }
    });

    it("refuses a challenge issued for another site", async () => {
      const other = await createTestSite(api);
      const pow = solveChallengeSync(await challenge(other));
      await refused(await signIn(pow), /not issued for this site/);
      assert.equal((await signIn(pow, other)).status, 200, "and it still works where it was issued");
    });

    it("answers 403 for challenges and guest sign-ins on a site without guests", async () => {
      const closed = await createTestSite(api, { allowGuests: false });
      const res = await send(api, "GET", `/v1/sites/${closed.id}/session/challenge`);
      await expectProblem(res, 403, "forbidden");
      const pow = solveChallengeSync(await challenge());
      await expectProblem(await signIn(pow, closed), 403, "forbidden");
      assert.equal(await rowsFor(api.storage, "people", closed.id), 0);
      await expectProblem(await send(api, "GET", "/v1/sites/nowhere/session/challenge"), 404, "notFound");
    });
  });
}
