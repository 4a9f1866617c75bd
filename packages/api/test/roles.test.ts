import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { allRoutes, uuidv7 } from "@corner/api";
import type { Answer, Question, Session } from "@corner/contracts";
import { createTestApp, createTestSite, engines, send, signIn, signSso } from "@corner/test-utils/node";
import { expectProblem } from "./helpers.ts";

// Every route that needs staff or the admin token, read from the registry: a new one is covered here
// without editing this file.
const guarded = allRoutes().filter((r) => r.auth === "staff" || r.auth === "admin");

/** A concrete path for a route, with values its params accept (so the answer is about auth, not input). */
const pathFor = (path: string, site: string) =>
  path
    .replace("{site}", site)
    .replace("{board}", "b")
    .replace("{subject}", "sku-1")
    .replace("{id}", path.includes("/surveys/") ? "some-survey" : uuidv7());

for (const engine of engines()) {
  describe(`roles (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let a: { id: string; ssoSecret: string };
    let b: { id: string; ssoSecret: string };
    let customerA: Session;
    let moderatorA: Session;
    let adminRoleA: Session;
    let customerB: Session;

    before(async () => {
      api = await createTestApp({ engine });
      a = await createTestSite(api, { id: "site-a" });
      b = await createTestSite(api, { id: "site-b" });
      customerA = await signIn(api, a, { sub: "cora" });
      moderatorA = await signIn(api, a, { sub: "mo", roles: ["moderator"] });
      adminRoleA = await signIn(api, a, { sub: "ada", roles: ["editor", "admin"] });
      customerB = await signIn(api, b, { sub: "mo" });
    });
    after(() => api.close());

    it("finds the guarded routes in the registry", () => {
      assert.ok(guarded.some((r) => r.auth === "staff"));
      assert.ok(guarded.some((r) => r.auth === "admin"));
    });

    it("answers 403 to a customer session on every staff route and 401 on every admin route", async () => {
      for (const r of guarded) {
        const path = pathFor(r.path, a.id);
        const res = await send(api, r.method, path, r.method === "GET" ? undefined : {}, customerA.token);
        const problem = await expectProblem(
          res,
          r.auth === "staff" ? 403 : 401,
          r.auth === "staff" ? "forbidden" : "unauthorized",
        ).catch((err: Error) => assert.fail(`${r.method} ${r.path}: ${err.message}`));
        assert.ok(problem.detail.length > 0);
      }
    });

    it("gives moderator and admin SSO roles staff power on their own site, never the admin token's", async () => {
      assert.equal(moderatorA.user.staff, true);
      assert.equal(adminRoleA.user.staff, true);
      assert.equal(customerA.user.staff, undefined);
      for (const r of guarded) {
        const res = await send(
          api,
          r.method,
          pathFor(r.path, a.id),
          r.method === "GET" ? undefined : {},
          moderatorA.token,
        );
        if (r.auth === "admin") await expectProblem(res, 401, "unauthorized");
        else
          assert.ok(
            ![401, 403].includes(res.status),
            `${r.method} ${r.path}: ${res.status} ${await res.text()}`,
          );
      }
    });

    it("keeps a moderator claim signed for site A to site A", async () => {
      const staffRoutes = guarded.filter((r) => r.auth === "staff");
      for (const r of staffRoutes) {
        const path = pathFor(r.path, b.id);
        // A's staff session is not a session on B at all …
        await expectProblem(await send(api, r.method, path, {}, moderatorA.token), 401, "unauthorized");
        // … and the same person signing in on B without roles is a customer there.
        await expectProblem(await send(api, r.method, path, {}, customerB.token), 403, "forbidden");
      }
      assert.equal(customerB.user.staff, undefined);
      // A's token with the moderator role does not sign in on B (another secret), even with aud naming B.
      for (const aud of [undefined, b.id]) {
        const sso = signSso(a.ssoSecret, { sub: "mo", roles: ["moderator"], ...(aud ? { aud } : {}) });
        await expectProblem(
          await send(api, "POST", `/v1/sites/${b.id}/session`, { sso }),
          401,
          "unauthorized",
        );
      }
    });

    it("makes staff answers official and lets staff accept, but not a customer", async () => {
      const q = (await (
        await send(
          api,
          "POST",
          `/v1/sites/${a.id}/subjects/sku-1/questions`,
          { title: "Does it fit wide feet?" },
          customerA.token,
        )
      ).json()) as Question;
      const answer = async (s: Session, body: string) => {
        const res = await send(api, "POST", `/v1/sites/${a.id}/questions/${q.id}/answers`, { body }, s.token);
        assert.equal(res.status, 201, await res.clone().text());
        return (await res.json()) as Answer;
      };
      const mine = await answer(customerA, "Mine do, half a size up.");
      const official = await answer(moderatorA, "Yes: the last is 104 mm wide.");
      const fromB = await signIn(api, a, { sub: "other" });
      const other = await answer(fromB, "Not for me.");
      assert.equal(mine.official, false);
      assert.equal(other.official, false);
      assert.equal(official.official, true);
      // Another customer may not accept an answer to a question they did not ask; staff may.
      const stranger = await signIn(api, a, { sub: "stranger" });
      await expectProblem(
        await send(
          api,
          "POST",
          `/v1/sites/${a.id}/questions/${q.id}/accept`,
          { answerId: other.id },
          stranger.token,
        ),
        403,
        "forbidden",
      );
      const res = await send(
        api,
        "POST",
        `/v1/sites/${a.id}/questions/${q.id}/accept`,
        { answerId: official.id },
        moderatorA.token,
      );
      assert.equal(res.status, 200, await res.clone().text());
    });
  });
}
