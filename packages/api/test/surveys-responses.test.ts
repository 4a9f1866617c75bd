import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { SiteCreated } from "@corner/contracts";
import { createTestApp, engines, send, signIn } from "@corner/test-utils/node";
import { expectProblem } from "./helpers.ts";
import { counts, createSurvey, createSurveySite, npsSurvey, respond, surveyRows } from "./surveys-support.ts";

for (const engine of engines()) {
  describe(`survey responses and events (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: SiteCreated;

    before(async () => {
      api = await createTestApp({ engine });
      site = await createSurveySite(api);
      await createSurvey(api, site.id, npsSurvey("nps"));
    });
    after(() => api.close());

    const answers = (...pairs: [string, unknown][]) => pairs.map(([stepId, value]) => ({ stepId, value }));
    const stored = async (responseId: string) =>
      (
        await api.storage.driver.query<{ step_id: string; num: number | null; text: string | null }>(
          "SELECT step_id, num, text FROM survey_answers WHERE response_id = $1::uuid ORDER BY step_id",
          [responseId],
        )
      ).map((r) => [r.step_id, r.num ?? r.text]);

    it("records a partial response, continues it with its key, and completes it once", async () => {
      const before = await counts(api, site.id, "nps");
      const first = await respond(api, site.id, "nps", {
        answers: answers(["score", 8]),
        context: {
          url: "https://shop.example/products/boots?size=42#top",
          language: "de-CH",
          device: "mobile",
        },
      });
      assert.equal(first.status, 201);
      assert.equal(first.body.complete, false);
      assert.match(first.body.key, /^[\w-]{20,}$/);
      const { responseId, key } = first.body;
      const row = (
        await api.storage.driver.query<{ url: string; language: string; device: string; key_hash: string }>(
          "SELECT url, language, device, key_hash FROM survey_responses WHERE id = $1::uuid",
          [responseId],
        )
      )[0]!;
      assert.deepEqual([row.url, row.language, row.device], ["/products/boots?size=42", "de-CH", "mobile"]);
      assert.notEqual(row.key_hash, key, "only a hash of the key is stored");
      assert.deepEqual(await counts(api, site.id, "nps"), { ...before, responses: before.responses + 1 });

      const again = await respond(api, site.id, "nps", {
        responseId,
        key,
        answers: answers(["score", 7], ["improve", "  More colours  "]),
      });
      assert.equal(again.status, 200);
      assert.deepEqual(again.body, { responseId, key, complete: false });
      assert.deepEqual(await stored(responseId), [
        ["improve", "More colours"],
        ["score", 7],
      ]);

      const done = await respond(api, site.id, "nps", {
        responseId,
        key,
        answers: answers(["score", 8]),
        complete: true,
      });
      assert.equal(done.status, 200);
      assert.equal(done.body.complete, true);
      assert.deepEqual(await counts(api, site.id, "nps"), {
        ...before,
        responses: before.responses + 1,
        completed: before.completed + 1,
      });
      const late = await respond(api, site.id, "nps", { responseId, key, answers: answers(["score", 9]) });
      assert.equal(late.status, 409);
      assert.deepEqual(await stored(responseId), [
        ["improve", "More colours"],
        ["score", 8],
      ]);
    });

    it("answers 404 for a wrong or missing key, or another survey's response, without saying which", async () => {
      await createSurvey(api, site.id, npsSurvey("other"));
      const first = await respond(api, site.id, "nps", { answers: answers(["score", 5]) });
      const { responseId, key } = first.body;
      for (const body of [
        { responseId, key: `${key}x`, answers: answers(["score", 6]) },
        { responseId, answers: answers(["score", 6]) },
        { responseId: "01900000-0000-7000-8000-000000000000", key, answers: answers(["score", 6]) },
      ]) {
        const res = await respond(api, site.id, "nps", body);
        assert.equal(res.status, 404, JSON.stringify(body));
      }
      const elsewhere = await respond(api, site.id, "other", {
        responseId,
        key,
        answers: answers(["score", 6]),
      });
      assert.equal(elsewhere.status, 404);
      assert.deepEqual(await stored(responseId), [["score", 5]]);
    });

    it("refuses an answer that does not fit its step (422 naming it) and stores nothing", async () => {
      const before = await counts(api, site.id, "nps");
      const rows = await surveyRows(api.storage, "survey_responses", site.id, "nps");
      const cases: [unknown[], string, RegExp][] = [
        [answers(["score", 11]), "body.answers.0.value", /must be a whole number from 0 to 10/],
        [answers(["score", 9], ["love", "cheap"]), "body.answers.1.value", /choice ids/],
        [answers(["score", 9], ["love", { other: "   " }]), "body.answers.1.value", /must not be empty/],
        [answers(["score", 9], ["thanks", "hi"]), "body.answers.1.value", /takes no answer/],
        [answers(["nope", 1]), "body.answers.0.stepId", /names no step/],
        [answers(["score", 1], ["score", 2]), "body.answers.1.stepId", /twice/],
      ];
      for (const [list, path, message] of cases) {
        const res = await send(api, "POST", `/v1/sites/${site.id}/surveys/nps/responses`, { answers: list });
        const problem = await expectProblem(res, 422, "validation");
        assert.equal(problem.errors?.[0]?.path, path);
        assert.match(problem.errors?.[0]?.message ?? "", message);
      }
      const shape = await send(api, "POST", `/v1/sites/${site.id}/surveys/nps/responses`, { answers: [] });
      assert.equal((await expectProblem(shape, 400, "validation")).errors?.[0]?.path, "body.answers");
      assert.equal(await surveyRows(api.storage, "survey_responses", site.id, "nps"), rows);
      assert.deepEqual(await counts(api, site.id, "nps"), before);
    });

    it("completes only when every required step on the answers' path is answered, and drops answers off it", async () => {
      const first = await respond(api, site.id, "nps", {
        answers: answers(["score", 3], ["love", "quality"]),
      });
      const { responseId, key } = first.body;
      // 3 leads to "fix", which is required.
      const refused = await send(api, "POST", `/v1/sites/${site.id}/surveys/nps/responses`, {
        responseId,
        key,
        answers: answers(["improve", "Nothing"]),
        complete: true,
      });
      const problem = await expectProblem(refused, 422, "validation");
      assert.deepEqual(problem.errors, [
        { path: "body.answers", message: "must answer the required step fix" },
      ]);
      assert.deepEqual(await stored(responseId), [
        ["love", null],
        ["score", 3],
      ]);

      const done = await respond(api, site.id, "nps", {
        responseId,
        key,
        answers: answers(["fix", "Half sizes"], ["improve", "Nothing"]),
        complete: true,
      });
      assert.equal(done.status, 200);
      assert.deepEqual(await stored(responseId), [
        ["fix", "Half sizes"],
        ["score", 3],
      ]);
      const fresh = await respond(api, site.id, "nps", { answers: answers(["score", 2]), complete: true });
      assert.equal(fresh.status, 422, "a first write can complete too, on the same rules");
    });

    it("lets a signed-in person continue on another device without the key (which then changes)", async () => {
      const ana = await signIn(api, site, { sub: "ana" });
      const bo = await signIn(api, site, { sub: "bo" });
      const first = await respond(api, site.id, "nps", { answers: answers(["score", 10]) }, ana.token);
      assert.equal(first.status, 201);
      const { responseId, key } = first.body;
      const stranger = await respond(
        api,
        site.id,
        "nps",
        { responseId, answers: answers(["love", "prices"]) },
        bo.token,
      );
      assert.equal(stranger.status, 404);
      const other = await respond(
        api,
        site.id,
        "nps",
        { responseId, answers: answers(["love", "prices"]), complete: true },
        ana.token,
      );
      assert.equal(other.status, 200);
      assert.notEqual(other.body.key, key);
      assert.equal(
        await surveyRows(api.storage, "survey_people", site.id, "nps", "answered_at IS NOT NULL"),
        1,
        "the person is remembered as having answered",
      );
    });

    it("replays a signed-in write sent again with the same Idempotency-Key", async () => {
      const cy = await signIn(api, site, { sub: "cy" });
      const headers = { "idempotency-key": "survey-write-1" };
      const body = { answers: answers(["score", 9]) };
      const first = await send(
        api,
        "POST",
        `/v1/sites/${site.id}/surveys/nps/responses`,
        body,
        cy.token,
        headers,
      );
      const again = await send(
        api,
        "POST",
        `/v1/sites/${site.id}/surveys/nps/responses`,
        body,
        cy.token,
        headers,
      );
      assert.equal(first.status, 201);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get("idempotent-replayed"), "true");
      assert.deepEqual(await again.json(), await first.json());
      assert.equal(
        await surveyRows(
          api.storage,
          "survey_responses",
          site.id,
          "nps",
          `person_id = '${cy.user.id}'::uuid`,
        ),
        1,
      );
    });

    it("replays an anonymous first write retried with its Idempotency-Key, so a lost answer counts once", async () => {
      await createSurvey(api, site.id, npsSurvey("retry"));
      const post = (body: unknown, key: string) =>
        send(api, "POST", `/v1/sites/${site.id}/surveys/retry/responses`, body, undefined, {
          "idempotency-key": key,
        });
      const body = { answers: answers(["score", 4]) };
      const first = await post(body, "first-answers-1");
      const again = await post(body, "first-answers-1");
      assert.equal(first.status, 201);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get("idempotent-replayed"), "true");
      assert.deepEqual(await again.json(), await first.json());
      await expectProblem(
        await post({ answers: answers(["score", 5]) }, "first-answers-1"),
        422,
        "idempotency",
      );
      assert.equal((await post(body, "first-answers-2")).status, 201, "another key is another response");
      assert.deepEqual(await counts(api, site.id, "retry"), {
        shown: 0,
        dismissed: 0,
        responses: 2,
        completed: 0,
      });
      assert.equal(await surveyRows(api.storage, "survey_responses", site.id, "retry"), 2);
      const bad = await post(body, "spaces are not allowed");
      assert.equal((await expectProblem(bad, 400, "validation")).errors?.[0]?.path, "header.Idempotency-Key");
    });

    it("takes answers only for active surveys: 404 for drafts and unknown ones, 409 when paused or ended", async () => {
      await createSurvey(api, site.id, npsSurvey("drafty", { status: "draft" }));
      await createSurvey(api, site.id, npsSurvey("pausy", { status: "paused" }));
      await createSurvey(api, site.id, npsSurvey("endy", { status: "ended" }));
      const body = { answers: answers(["score", 9]) };
      assert.equal((await respond(api, site.id, "drafty", body)).status, 404);
      assert.equal((await respond(api, site.id, "missing", body)).status, 404);
      assert.equal((await respond(api, site.id, "pausy", body)).status, 409);
      assert.equal((await respond(api, site.id, "endy", body)).status, 409);
    });

    it("counts shown and dismissed events, anonymous or signed in; refuses drafts, unknown surveys and bad types", async () => {
      await createSurvey(api, site.id, npsSurvey("seen"));
      const event = (type: unknown, survey = "seen", token?: string) =>
        send(api, "POST", `/v1/sites/${site.id}/surveys/${survey}/events`, { type }, token);
      const dee = await signIn(api, site, { sub: "dee" });
      const shown = await event("shown");
      assert.equal(shown.status, 204);
      assert.equal(await shown.text(), "");
      assert.equal((await event("shown", "seen", dee.token)).status, 204);
      assert.equal((await event("dismissed", "seen", dee.token)).status, 204);
      assert.deepEqual(await counts(api, site.id, "seen"), {
        shown: 2,
        dismissed: 1,
        responses: 0,
        completed: 0,
      });
      assert.equal(
        await surveyRows(
          api.storage,
          "survey_people",
          site.id,
          "seen",
          "shown_at IS NOT NULL AND dismissed_at IS NOT NULL AND answered_at IS NULL",
        ),
        1,
      );
      await expectProblem(await event("shown", "drafty"), 404, "notFound");
      await expectProblem(await event("shown", "missing"), 404, "notFound");
      const bad = await expectProblem(await event("clicked"), 400, "validation");
      assert.equal(bad.errors?.[0]?.path, "body.type");
    });

    it("keeps counters exact under concurrency: 100 first writes, 100 shown events, 10 racing completions", async () => {
      await createSurvey(api, site.id, npsSurvey("busy"));
      const writes = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          respond(api, site.id, "busy", { answers: answers(["score", i % 11]) }),
        ),
      );
      assert.ok(writes.every((w) => w.status === 201));
      const events = await Promise.all(
        Array.from({ length: 100 }, () =>
          send(api, "POST", `/v1/sites/${site.id}/surveys/busy/events`, { type: "shown" }),
        ),
      );
      assert.ok(events.every((e) => e.status === 204));
      const { responseId, key } = writes[10]!.body; // score 10 → "love", not required
      const racing = await Promise.all(
        Array.from({ length: 10 }, () =>
          respond(api, site.id, "busy", {
            responseId,
            key,
            answers: answers(["love", "quality"]),
            complete: true,
          }),
        ),
      );
      assert.deepEqual(racing.map((r) => r.status).sort(), [200, ...Array(9).fill(409)]);
      assert.deepEqual(await counts(api, site.id, "busy"), {
        shown: 100,
        dismissed: 0,
        responses: 100,
        completed: 1,
      });
      assert.equal(await surveyRows(api.storage, "survey_responses", site.id, "busy"), 100);
      assert.equal(
        await surveyRows(api.storage, "survey_responses", site.id, "busy", "completed_at IS NOT NULL"),
        1,
      );
    });

    it("lets a few hundred anonymous visitors behind one address through the rate limit", async () => {
      const limited = await createTestApp({ engine, rateLimit: {} });
      try {
        const there = await createSurveySite(limited);
        await createSurvey(limited, there.id, npsSurvey("crowd"));
        const statuses: number[] = [];
        for (let batch = 0; batch < 6; batch++) {
          const out = await Promise.all(
            Array.from({ length: 50 }, () =>
              send(limited, "POST", `/v1/sites/${there.id}/surveys/crowd/events`, { type: "shown" }),
            ),
          );
          statuses.push(...out.map((r) => r.status));
          const writes = await Promise.all(
            Array.from({ length: 50 }, () =>
              respond(limited, there.id, "crowd", { answers: answers(["score", 9]) }),
            ),
          );
          statuses.push(...writes.map((w) => w.status));
        }
        assert.deepEqual([...new Set(statuses)].sort(), [201, 204]);
        assert.deepEqual(await counts(limited, there.id, "crowd"), {
          shown: 300,
          dismissed: 0,
          responses: 300,
          completed: 0,
        });
      } finally {
        await limited.close();
      }
    });

    it("stops a flood of anonymous writes from one address to one survey with 429 and Retry-After", async () => {
      const limited = await createTestApp({ engine, rateLimit: { anonymousSurveyWrites: 3 } });
      try {
        const there = await createSurveySite(limited);
        await createSurvey(limited, there.id, npsSurvey("flood"));
        await createSurvey(limited, there.id, npsSurvey("other"));
        const shown = () =>
          send(limited, "POST", `/v1/sites/${there.id}/surveys/flood/events`, { type: "shown" });
        for (let i = 0; i < 3; i++) assert.equal((await shown()).status, 204);
        const stopped = await shown();
        await expectProblem(stopped, 429, "rateLimited");
        assert.ok(Number(stopped.headers.get("retry-after")) >= 1);
        const answer = await respond(limited, there.id, "flood", { answers: answers(["score", 9]) });
        assert.equal(answer.status, 429, "answers count against the same limit");
        const elsewhere = await send(limited, "POST", `/v1/sites/${there.id}/surveys/other/events`, {
          type: "shown",
        });
        assert.equal(elsewhere.status, 204, "another survey has its own allowance");
        assert.equal((await counts(limited, there.id, "flood")).shown, 3, "nothing counted past the limit");
      } finally {
        await limited.close();
      }
    });
  });
}
