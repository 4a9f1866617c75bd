import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClient } from "./client.ts";
import { ConflictError } from "./errors/conflict-error.ts";
import { NotFoundError } from "./errors/not-found-error.ts";
import { ValidationError } from "./errors/validation-error.ts";
import { surveysClient } from "./surveys.ts";
import { fakeFetch, problem } from "./test-support.ts";

const surveys = (f: ReturnType<typeof fakeFetch>, token?: string) =>
  surveysClient(
    createClient({ api: "https://api.test", site: "demo", fetch: f.fetch, getToken: () => token }),
  );
const calls = (f: ReturnType<typeof fakeFetch>) =>
  f.requests.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`);

describe("surveysClient", () => {
  it("is one client per CornerClient", () => {
    const client = createClient({ api: "https://api.test", site: "demo" });
    assert.equal(surveysClient(client), surveysClient(client));
  });

  it("reads a survey and the eligible list as simple CORS requests, history and attributes as JSON", async () => {
    const survey = { id: "nps", name: "NPS", steps: [], trigger: { type: "pageview" } };
    const f = fakeFetch({ body: survey }, { body: { surveys: [], contactBudgetDays: 14 } }, { body: {} });
    const client = surveys(f);
    assert.deepEqual(await client.getSurvey("nps 2"), survey);
    assert.deepEqual(
      await client.eligible({
        url: "/shop?x=1",
        visitor: "abcdefgh12",
        device: "mobile",
        languages: ["de-CH", "en"],
        history: { s: { nps: { d: 5 } }, p: 5 },
        attributes: { plan: "pro" },
      }),
      { surveys: [], contactBudgetDays: 14 },
    );
    await client.eligible({ url: "/" });
    const [get, eligible, bare] = f.requests.map((r) => new URL(r.url));
    assert.equal(get!.pathname, "/v1/sites/demo/surveys/nps%202");
    assert.equal(eligible!.pathname, "/v1/sites/demo/surveys/eligible");
    assert.deepEqual(Object.fromEntries(eligible!.searchParams), {
      url: "/shop?x=1",
      visitor: "abcdefgh12",
      device: "mobile",
      lang: "de-CH,en",
      history: '{"s":{"nps":{"d":5}},"p":5}',
      attributes: '{"plan":"pro"}',
    });
    assert.equal(bare!.search, "?url=%2F", "what was not given stays out of the URL");
    for (const r of f.requests) assert.equal(r.headers.get("authorization"), null);
  });

  it("writes answers and continues the response with its id and key, with the session's token", async () => {
    const f = fakeFetch(
      { status: 201, body: { responseId: "r1", key: "k1", complete: false } },
      { body: { responseId: "r1", key: "k1", complete: true } },
    );
    const client = surveys(f, "tok");
    const first = await client.writeResponse(
      "nps",
      { answers: [{ stepId: "score", value: 9 }], context: { url: "/", device: "desktop" } },
      { idempotencyKey: "ik-1" },
    );
    assert.deepEqual(first, { responseId: "r1", key: "k1", complete: false });
    const done = await client.writeResponse("nps", {
      responseId: "r1",
      key: "k1",
      answers: [
        { stepId: "score", value: 9 },
        { stepId: "why", value: "Fast" },
      ],
      complete: true,
    });
    assert.equal(done.complete, true);
    assert.deepEqual(calls(f), [
      "POST /v1/sites/demo/surveys/nps/responses",
      "POST /v1/sites/demo/surveys/nps/responses",
    ]);
    const [a, b] = f.requests;
    assert.equal(a!.headers.get("authorization"), "Bearer tok");
    assert.equal(a!.headers.get("idempotency-key"), "ik-1");
    assert.deepEqual(await a!.json(), {
      answers: [{ stepId: "score", value: 9 }],
      context: { url: "/", device: "desktop" },
    });
    assert.equal(b!.headers.get("idempotency-key"), null);
    assert.deepEqual((await b!.json()).responseId, "r1");
  });

  it("records shown and dismissed events, answered with 204, anonymously", async () => {
    const f = fakeFetch({ status: 204 }, { status: 204 });
    const client = surveys(f);
    assert.equal(await client.recordEvent("nps", { type: "shown" }), undefined);
    await client.recordEvent("nps", { type: "dismissed" });
    assert.deepEqual(calls(f), [
      "POST /v1/sites/demo/surveys/nps/events",
      "POST /v1/sites/demo/surveys/nps/events",
    ]);
    assert.deepEqual(await f.requests[1]!.json(), { type: "dismissed" });
    assert.equal(f.requests[0]!.headers.get("authorization"), null);
  });

  it("maps a missing survey, a bad answer and a completed response to their error classes", async () => {
    const f = fakeFetch(
      { status: 404, body: problem(404) },
      {
        status: 422,
        body: problem(422, { errors: [{ path: "body.answers.0.value", message: "must be 0–10" }] }),
      },
      { status: 409, body: problem(409) },
    );
    const client = surveys(f);
    await assert.rejects(client.getSurvey("gone"), NotFoundError);
    await assert.rejects(client.writeResponse("nps", { answers: [{ stepId: "score", value: 11 }] }), (e) => {
      assert.ok(e instanceof ValidationError);
      assert.equal(e.fieldErrors().value, "must be 0–10");
      return true;
    });
    await assert.rejects(
      client.writeResponse("nps", { responseId: "r1", key: "k", answers: [{ stepId: "score", value: 1 }] }),
      ConflictError,
    );
  });
});
