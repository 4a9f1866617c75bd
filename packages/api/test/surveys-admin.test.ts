import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Session, Site, SurveyAdmin, SurveyResults } from "@corner/contracts";
import { createTestApp, engines, send, signIn } from "@corner/test-utils/node";
import { expectProblem } from "./helpers.ts";
import { createSurvey, createSurveySite, npsSurvey, respond } from "./surveys-support.ts";

for (const engine of engines()) {
  describe(`survey administration (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: string;
    let person: Session;

    before(async () => {
      api = await createTestApp({ engine });
      const created = await createSurveySite(api);
      site = created.id;
      person = await signIn(api, created, { sub: "ana" });
    });
    after(() => api.close());

    const admin = (method: string, path: string, body?: unknown, token = api.adminToken) =>
      send(api, method, `/v1/admin/sites/${site}/surveys${path}`, body, token);

    it("creates a survey with its defaults filled in and zeroed counts, then lists and reads it", async () => {
      const res = await admin("POST", "", {
        id: "first",
        name: "First",
        steps: [{ type: "csat", id: "sat", question: "How was it?" }],
      });
      assert.equal(res.status, 201);
      const created = (await res.json()) as SurveyAdmin;
      assert.equal(created.definition.status, "draft");
      assert.equal(created.definition.display, "slide-in");
      assert.deepEqual(created.definition.trigger, { type: "pageview" });
      assert.deepEqual(created.definition.frequency, { dismissDays: 30 });
      assert.equal(created.definition.targeting.sampling, 100);
      assert.deepEqual(created.definition.steps[0], {
        type: "csat",
        id: "sat",
        question: "How was it?",
        required: false,
        skip: [],
        style: "faces",
      });
      assert.deepEqual(created.counts, { shown: 0, dismissed: 0, responses: 0, completed: 0 });
      assert.equal(created.createdAt, created.updatedAt);

      const list = await admin("GET", "");
      assert.equal(list.status, 200);
      const { items, next } = (await list.json()) as { items: SurveyAdmin[]; next: null };
      assert.equal(next, null);
      assert.deepEqual(
        items.map((s) => s.definition.id),
        ["first"],
      );
      const one = await admin("GET", "/first");
      assert.equal(one.status, 200);
      assert.deepEqual(((await one.json()) as SurveyAdmin).definition, created.definition);
    });

    it("refuses a second survey with the same id (409) and the reserved id eligible (422)", async () => {
      await createSurvey(api, site, npsSurvey("twice"));
      await expectProblem(await admin("POST", "", npsSurvey("twice")), 409, "conflict");
      const reserved = await expectProblem(await admin("POST", "", npsSurvey("eligible")), 422, "validation");
      assert.equal(reserved.errors?.[0]?.path, "body.id");
    });

    it("answers bad definitions with problem+json naming the path, and stores none of them", async () => {
      const base = npsSurvey("bad");
      const cases: [string, unknown, string, RegExp][] = [
        [
          "unknown question type",
          {
            ...base,
            steps: [base.steps[0], { type: "slider", id: "s", question: "Slide?" }, base.steps[4]],
          },
          "body.steps.1.type",
          /must be nps, csat/,
        ],
        [
          "skip to a missing step",
          { ...base, steps: [{ ...base.steps[0], skip: [{ goto: "nowhere" }] }, base.steps[4]] },
          "body.steps.0.skip.0.goto",
          /names no step: nowhere/,
        ],
        [
          "skip backwards",
          {
            ...base,
            steps: [base.steps[1], { ...base.steps[0], skip: [{ goto: "improve" }] }, base.steps[4]],
          },
          "body.steps.1.skip.0.goto",
          /must go to a later step/,
        ],
        [
          "NPS skip rule with lte 11",
          {
            ...base,
            steps: [{ ...base.steps[0], skip: [{ when: { lte: 11 }, goto: "thanks" }] }, base.steps[4]],
          },
          "body.steps.0.skip.0.when.lte",
          /from 0 to 10/,
        ],
        ["no steps", { ...base, steps: [] }, "body.steps", /at least one step/],
      ];
      for (const [what, body, path, message] of cases) {
        const problem = await expectProblem(await admin("POST", "", body), 400, "validation");
        const error = problem.errors?.find((e) => e.path === path);
        assert.ok(error, `${what}: ${JSON.stringify(problem.errors)}`);
        assert.match(error.message, message, what);
      }
      await expectProblem(await admin("GET", "/bad"), 404, "notFound");
    });

    it("replaces a definition with PUT (id must match the path) and changes only the status with PATCH", async () => {
      await createSurvey(api, site, npsSurvey("edit"));
      const put = await admin("PUT", "/edit", { ...npsSurvey("edit"), name: "Renamed", status: "paused" });
      assert.equal(put.status, 200);
      const replaced = (await put.json()) as SurveyAdmin;
      assert.equal(replaced.definition.name, "Renamed");
      assert.equal(replaced.definition.status, "paused");
      assert.ok(replaced.updatedAt >= replaced.createdAt);

      const mismatch = await expectProblem(
        await admin("PUT", "/edit", npsSurvey("other")),
        422,
        "validation",
      );
      assert.equal(mismatch.errors?.[0]?.path, "body.id");
      await expectProblem(await admin("PUT", "/missing", npsSurvey("missing")), 404, "notFound");

      const patch = await admin("PATCH", "/edit", { status: "active" });
      assert.equal(patch.status, 200);
      const patched = (await patch.json()) as SurveyAdmin;
      assert.equal(patched.definition.status, "active");
      assert.equal(patched.definition.name, "Renamed");
      const bad = await expectProblem(await admin("PATCH", "/edit", { status: "gone" }), 400, "validation");
      assert.equal(bad.errors?.[0]?.path, "body.status");
      await expectProblem(await admin("PATCH", "/missing", { status: "active" }), 404, "notFound");
    });

    it("keeps answers by step id when the steps change, so results follow the steps that stayed", async () => {
      await createSurvey(api, site, npsSurvey("evolve"));
      const first = await respond(api, site, "evolve", {
        answers: [
          { stepId: "score", value: 3 },
          { stepId: "fix", value: "Sizes" },
        ],
      });
      assert.equal(first.status, 201);
      const def = npsSurvey("evolve");
      const put = await admin("PUT", "/evolve", {
        ...def,
        steps: [
          { ...def.steps[0], skip: [] },
          { type: "ces", id: "effort", question: "How easy was it?" },
          def.steps[4],
        ],
      });
      assert.equal(put.status, 200, await put.clone().text());
      const res = await admin("GET", "/evolve/results");
      const results = (await res.json()) as SurveyResults;
      assert.deepEqual(
        results.steps.map((s) => [s.id, s.answered]),
        [
          ["score", 1],
          ["effort", 0],
          ["thanks", 0],
        ],
      );
      assert.equal(results.counts.responses, 1);
    });

    it("lets only the admin token in (401 otherwise, also for a signed-in person)", async () => {
      await expectProblem(await admin("GET", "", undefined, ""), 401, "unauthorized");
      await expectProblem(await admin("GET", "", undefined, person.token), 401, "unauthorized");
      await expectProblem(await admin("POST", "", npsSurvey("sneaky"), person.token), 401, "unauthorized");
      await expectProblem(await admin("GET", "/edit/results", undefined, "wrong-token"), 401, "unauthorized");
      await expectProblem(
        await admin("GET", "/edit/responses.csv", undefined, person.token),
        401,
        "unauthorized",
      );
    });

    it("keeps each site's surveys to itself in the admin API", async () => {
      const other = await createSurveySite(api);
      const res = await send(api, "GET", `/v1/admin/sites/${other.id}/surveys`, undefined, api.adminToken);
      assert.deepEqual(((await res.json()) as { items: unknown[] }).items, []);
      for (const path of ["/edit", "/edit/results", "/edit/responses.csv"]) {
        const r = await send(
          api,
          "GET",
          `/v1/admin/sites/${other.id}/surveys${path}`,
          undefined,
          api.adminToken,
        );
        await expectProblem(r, 404, "notFound");
      }
      const patch = await send(
        api,
        "PATCH",
        `/v1/admin/sites/${other.id}/surveys/edit`,
        { status: "ended" },
        api.adminToken,
      );
      await expectProblem(patch, 404, "notFound");
      assert.equal(((await (await admin("GET", "/edit")).json()) as SurveyAdmin).definition.status, "active");
    });

    it("stores the site's survey contact budget (default 14 days) and checks it", async () => {
      const plain = await createSurveySite(api);
      assert.equal(plain.surveyContactDays, 14);
      const custom = await createSurveySite(api, { surveyContactDays: 3 });
      assert.equal(custom.surveyContactDays, 3);
      const read = await send(api, "GET", `/v1/admin/sites/${custom.id}`, undefined, api.adminToken);
      assert.equal(((await read.json()) as Site).surveyContactDays, 3);
      for (const surveyContactDays of [-1, 1.5, 366]) {
        const res = await send(
          api,
          "POST",
          "/v1/admin/sites",
          { id: "budget-bad", name: "B", origins: [], surveyContactDays },
          api.adminToken,
        );
        const problem = await expectProblem(res, 400, "validation");
        assert.equal(problem.errors?.[0]?.path, "body.surveyContactDays");
      }
    });

    it("describes the survey routes, PATCH included, in openapi.json", async () => {
      const doc = (await (await send(api, "GET", "/v1/openapi.json")).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      assert.ok(doc.paths["/v1/admin/sites/{site}/surveys/{id}"]?.patch);
      assert.ok(doc.paths["/v1/sites/{site}/surveys/eligible"]?.get);
      assert.ok(doc.paths["/v1/sites/{site}/surveys/{id}/responses"]?.post);
      assert.ok(doc.paths["/v1/admin/sites/{site}/surveys/{id}/responses.csv"]?.get);
    });
  });
}
