import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClient } from "./client.ts";
import { AuthError } from "./errors/auth-error.ts";
import { ForbiddenError } from "./errors/forbidden-error.ts";
import { qaClient } from "./qa.ts";
import { fakeFetch, problem } from "./test-support.ts";

const qa = (f: ReturnType<typeof fakeFetch>, token?: string) =>
  qaClient(createClient({ api: "https://api.test", site: "demo", fetch: f.fetch, getToken: () => token }));
const calls = (f: ReturnType<typeof fakeFetch>) =>
  f.requests.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`);

describe("qaClient", () => {
  it("is one client per CornerClient", () => {
    const client = createClient({ api: "https://api.test", site: "demo" });
    assert.equal(qaClient(client), qaClient(client));
  });

  it("reads questions with only the query it was given, as simple CORS requests", async () => {
    const page = { items: [], next: null, total: 0 };
    const f = fakeFetch({ body: page }, { body: page }, { body: { items: [] } }, { body: {} }, { body: {} });
    const client = qa(f);
    assert.deepEqual(
      await client.listQuestions("trail runner", { sort: "unanswered", q: " grip ", cursor: "c1", limit: 5 }),
      page,
    );
    await client.listQuestions("sku-1", { q: "  ", cursor: null });
    await client.similarQuestions("sku-1", " is it waterproof ");
    await client.getQuestion("q1");
    await client.getReputation("p1");
    assert.deepEqual(calls(f), [
      "GET /v1/sites/demo/subjects/trail%20runner/questions?sort=unanswered&q=grip&cursor=c1&limit=5",
      "GET /v1/sites/demo/subjects/sku-1/questions",
      "GET /v1/sites/demo/subjects/sku-1/questions/similar?q=is+it+waterproof",
      "GET /v1/sites/demo/questions/q1",
      "GET /v1/sites/demo/people/p1/reputation",
    ]);
    for (const r of f.requests) {
      assert.equal(r.headers.get("authorization"), null);
      assert.equal(r.headers.get("content-type"), null);
    }
  });

  it("reads a question's answers in the order and page it was asked for", async () => {
    const f = fakeFetch({ body: { items: [], next: null } }, { body: { items: [], next: null } });
    const client = qa(f);
    await client.listAnswers("q1");
    await client.listAnswers("q1", { sort: "newest", cursor: "c2", limit: 10 });
    assert.deepEqual(calls(f), [
      "GET /v1/sites/demo/questions/q1/answers",
      "GET /v1/sites/demo/questions/q1/answers?sort=newest&cursor=c2&limit=10",
    ]);
  });

  it("asks and answers with the bearer token and the Idempotency-Key of the draft", async () => {
    const f = fakeFetch({ status: 201, body: { id: "q1" } }, { status: 201, body: { id: "a1" } });
    const client = qa(f, "tok");
    assert.deepEqual(
      await client.createQuestion("sku-1", { title: "Waterproof?" }, { idempotencyKey: "k-1" }),
      { id: "q1" },
    );
    await client.createAnswer("q1", { body: "Yes." }, { idempotencyKey: "k-2" });
    assert.deepEqual(calls(f), [
      "POST /v1/sites/demo/subjects/sku-1/questions",
      "POST /v1/sites/demo/questions/q1/answers",
    ]);
    const [ask, answer] = f.requests;
    assert.equal(ask!.headers.get("authorization"), "Bearer tok");
    assert.equal(ask!.headers.get("idempotency-key"), "k-1");
    assert.deepEqual(await ask!.json(), { title: "Waterproof?" });
    assert.equal(answer!.headers.get("idempotency-key"), "k-2");
    assert.deepEqual(await answer!.json(), { body: "Yes." });
  });

  it("votes, accepts, follows and reports on the paths of the API", async () => {
    const f = fakeFetch(
      { body: { id: "a1", votes: 3, votedByMe: true } },
      { body: { id: "a1", votes: 2, votedByMe: false } },
      { body: { id: "q1", acceptedAnswerId: "a1" } },
      { body: { id: "q1", acceptedAnswerId: null } },
      { body: { following: true } },
      { body: { following: false } },
      { status: 201, body: { id: "r1", reason: "spam", createdAt: "2025-01-01T00:00:00Z" } },
      { status: 201, body: { id: "r2", reason: "offensive", createdAt: "2025-01-01T00:00:00Z" } },
    );
    const client = qa(f, "tok");
    assert.deepEqual(await client.voteAnswer("a1"), { id: "a1", votes: 3, votedByMe: true });
    assert.equal((await client.unvoteAnswer("a1")).votes, 2);
    assert.equal((await client.acceptAnswer("q1", "a1")).acceptedAnswerId, "a1");
    assert.equal((await client.clearAccepted("q1")).acceptedAnswerId, null);
    assert.deepEqual(await client.followQuestion("q1"), { following: true });
    assert.deepEqual(await client.unfollowQuestion("q1"), { following: false });
    assert.equal((await client.reportQuestion("q1", { reason: "spam" })).id, "r1");
    assert.equal((await client.reportAnswer("a1", { reason: "offensive", note: "rude" })).id, "r2");
    assert.deepEqual(calls(f), [
      "PUT /v1/sites/demo/answers/a1/vote",
      "DELETE /v1/sites/demo/answers/a1/vote",
      "POST /v1/sites/demo/questions/q1/accept",
      "DELETE /v1/sites/demo/questions/q1/accept",
      "PUT /v1/sites/demo/questions/q1/follow",
      "DELETE /v1/sites/demo/questions/q1/follow",
      "POST /v1/sites/demo/questions/q1/reports",
      "POST /v1/sites/demo/answers/a1/reports",
    ]);
    assert.deepEqual(await f.requests[2]!.json(), { answerId: "a1" });
    assert.deepEqual(await f.requests[7]!.json(), { reason: "offensive", note: "rude" });
    for (const r of f.requests) assert.equal(r.headers.get("authorization"), "Bearer tok");
  });

  it("maps a vote on one's own answer to a ForbiddenError and a signed-out vote to an AuthError", async () => {
    const f = fakeFetch({ status: 403, body: problem(403) }, { status: 401, body: problem(401) });
    const client = qa(f);
    await assert.rejects(client.voteAnswer("a1"), ForbiddenError);
    await assert.rejects(client.acceptAnswer("q1", "a1"), AuthError);
  });
});
