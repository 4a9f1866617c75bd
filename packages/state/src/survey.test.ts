import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import { getToken, setSession } from "./session.ts";
import {
  readStored,
  recordSurveyEvent,
  surveyDraft,
  surveyDraftKey,
  updateStored,
  writeSurveyAnswers,
} from "./survey.ts";
import { fake, json, memory, problem, requests, session } from "./test-support.ts";

let site = 0;
let config = { api: "https://api.test", site: "s0" };
beforeEach(() => {
  config = { api: "https://api.test", site: `sv${++site}` };
  requests.length = 0;
});
const score = [{ stepId: "score", value: 9 }];
const context = { url: "/cart", language: "en", device: "desktop" as const };
const bodies = () => Promise.all(requests.map((r) => r.clone().json()));

describe("survey answers", () => {
  it("starts a response with its context and Idempotency-Key, then continues it with id and key", async () => {
    let n = 0;
    fake.handler = () => json({ responseId: "r1", key: "k1", complete: n++ > 0 }, n ? 200 : 201);
    const first = await writeSurveyAnswers(config, "nps", score, { complete: false, context });
    assert.deepEqual(first, { kind: "ok", result: { responseId: "r1", key: "k1", complete: false } });
    const draft = surveyDraft(config.site, "nps").$draft.get();
    assert.equal(draft.responseId, "r1");
    assert.equal(draft.key, "k1");
    const stored = JSON.parse(memory.get(surveyDraftKey(config.site, "nps"))!);
    assert.equal(stored.key, "k1", "kept in localStorage for a reload");
    const all = [...score, { stepId: "why", value: "Fast" }];
    await writeSurveyAnswers(config, "nps", all, { complete: true, context });
    const [a, b] = await bodies();
    assert.deepEqual(a, { answers: score, complete: false, context });
    assert.deepEqual(b, { responseId: "r1", key: "k1", answers: all, complete: true });
    assert.ok(requests[0]!.headers.get("idempotency-key"), "the first call carries an Idempotency-Key");
    assert.equal(requests[1]!.headers.get("idempotency-key"), null);
    assert.equal(new URL(requests[0]!.url).pathname, `/v1/sites/${config.site}/surveys/nps/responses`);
  });

  it("keeps one Idempotency-Key for a retry of the same answers, and a new one once they change", async () => {
    fake.handler = () => problem(503);
    const draft = surveyDraft(config.site, "nps");
    await writeSurveyAnswers(config, "nps", score, { complete: false });
    await writeSurveyAnswers(config, "nps", score, { complete: false });
    draft.update({ picks: { score: 8 } });
    await writeSurveyAnswers(config, "nps", [{ stepId: "score", value: 8 }], { complete: false });
    const [a, b, c] = requests.map((r) => r.headers.get("idempotency-key"));
    assert.ok(a);
    assert.equal(b, a, "a retry reuses the key");
    assert.notEqual(c, a, "changed answers get a new key");
    assert.equal(JSON.parse(memory.get(surveyDraftKey(config.site, "nps"))!).idem, c, "kept across a reload");
    draft.clear();
    assert.equal(memory.has(surveyDraftKey(config.site, "nps")), false);
    assert.deepEqual(draft.$draft.get().picks, {});
  });

  it("answers anonymously, and with the session's token when signed in", async () => {
    fake.handler = () => json({ responseId: "r1", key: "k1", complete: false }, 201);
    await writeSurveyAnswers(config, "a", score, { complete: false });
    setSession(config.site, session());
    await writeSurveyAnswers(config, "b", score, { complete: false });
    assert.equal(requests[0]!.headers.get("authorization"), null);
    assert.equal(requests[1]!.headers.get("authorization"), "Bearer tok");
  });

  it("signs out on a rejected token and sends again without it", async () => {
    setSession(config.site, session());
    let n = 0;
    fake.handler = () => (n++ ? json({ responseId: "r1", key: "k1", complete: false }, 201) : problem(401));
    const out = await writeSurveyAnswers(config, "nps", score, { complete: false });
    assert.equal(out.kind, "ok");
    assert.equal(getToken(config.site), null);
    assert.equal(requests[1]!.headers.get("authorization"), null);
  });

  it("starts again when the server no longer knows the response", async () => {
    const draft = surveyDraft(config.site, "nps");
    draft.update({ responseId: "gone", key: "old" });
    let n = 0;
    fake.handler = () => (n++ ? json({ responseId: "r2", key: "k2", complete: false }, 201) : problem(404));
    const out = await writeSurveyAnswers(config, "nps", score, { complete: false, context });
    assert.equal(out.kind, "ok");
    const [, again] = await bodies();
    assert.deepEqual(again, { answers: score, complete: false, context });
    assert.equal(draft.$draft.get().responseId, "r2");
  });

  it("says why an answer was refused, that a response is closed, or that sending failed, keeping the draft", async () => {
    const draft = surveyDraft(config.site, "nps");
    draft.update({ picks: { score: 11 } });
    fake.handler = () =>
      problem(422, [{ path: "body.answers.0.value", message: "must be a whole number from 0 to 10" }]);
    const invalid = await writeSurveyAnswers(config, "nps", [{ stepId: "score", value: 11 }], {
      complete: false,
    });
    assert.equal(invalid.kind, "invalid");
    assert.equal(invalid.kind === "invalid" && invalid.message, "must be a whole number from 0 to 10");
    fake.handler = () => problem(409);
    assert.deepEqual(await writeSurveyAnswers(config, "nps", score, { complete: true }), { kind: "closed" });
    fake.handler = () => problem(503);
    const failed = await writeSurveyAnswers(config, "nps", score, { complete: false });
    assert.equal(failed.kind, "failed");
    assert.deepEqual(draft.$draft.get().picks, { score: 11 }, "what was picked stays");
  });

  it("reports events and ignores their failures", async () => {
    fake.handler = () => new Response(null, { status: 204 });
    await recordSurveyEvent(config, "nps", "shown");
    fake.handler = () => problem(500);
    await recordSurveyEvent(config, "nps", "dismissed");
    assert.deepEqual(await bodies(), [{ type: "shown" }, { type: "dismissed" }]);
  });

  it("reads and updates a stored JSON value", () => {
    const key = `corner:surveys:${config.site}`;
    assert.equal(readStored(key), null);
    updateStored<{ v?: string; n?: number }>(key, (s) => ({ ...s, v: "abc" }));
    const next = updateStored<{ v?: string; n?: number }>(key, (s) => ({ ...s, n: 1 }));
    assert.deepEqual(next, { v: "abc", n: 1 });
    assert.deepEqual(readStored(key), { v: "abc", n: 1 });
  });
});
