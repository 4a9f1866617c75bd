import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClient } from "./client.ts";
import { AuthError } from "./errors/auth-error.ts";
import { NetworkError } from "./errors/network-error.ts";
import { NotFoundError } from "./errors/not-found-error.ts";
import { RateLimitError } from "./errors/rate-limit-error.ts";
import { ValidationError } from "./errors/validation-error.ts";
import { ideasClient } from "./ideas.ts";
import { reviewsClient } from "./reviews.ts";
import { siteClient } from "./site.ts";
import { fakeFetch, problem } from "./test-support.ts";

const list = {
  summary: { count: 0, average: 0, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } },
  items: [],
  next: null,
};

describe("createClient", () => {
  it("reads a subject's reviews as a simple CORS request with the query it was given", async () => {
    const f = fakeFetch({ body: list });
    const client = createClient({ api: "https://api.test/", site: "demo", fetch: f.fetch });
    const result = await client.listReviews("trail runner", { sort: "helpful", rating: 4, cursor: "abc" });
    assert.deepEqual(result, list);
    const req = f.requests[0]!;
    assert.equal(req.method, "GET");
    assert.equal(
      req.url,
      "https://api.test/v1/sites/demo/subjects/trail%20runner/reviews?sort=helpful&rating=4&cursor=abc",
    );
    assert.equal(req.headers.get("authorization"), null);
    assert.equal(req.headers.get("content-type"), null);
    for (const [name] of req.headers) assert.ok(["accept"].includes(name), `unexpected header ${name}`);
  });

  it("sends the bearer token and idempotency key when posting a review", async () => {
    const f = fakeFetch({ status: 201, body: { id: "r1" } });
    const client = createClient({
      api: "https://api.test",
      site: "demo",
      fetch: f.fetch,
      getToken: () => "tok",
    });
    await reviewsClient(client).createReview(
      "sku-1",
      { rating: 5, body: "Great" },
      { idempotencyKey: "k-1" },
    );
    const req = f.requests[0]!;
    assert.equal(req.method, "POST");
    assert.equal(req.headers.get("authorization"), "Bearer tok");
    assert.equal(req.headers.get("idempotency-key"), "k-1");
    assert.deepEqual(await req.json(), { rating: 5, body: "Great" });
  });

  it("maps a 400 problem to a ValidationError with messages per field", async () => {
    const errors = [
      { path: "body.rating", message: "must be from 1 to 5" },
      { path: "body.body", message: "must not be empty" },
    ];
    const f = fakeFetch({ status: 400, body: problem(400, { errors }) });
    const client = createClient({ api: "https://api.test", site: "demo", fetch: f.fetch });
    const error = await reviewsClient(client)
      .createReview("sku-1", { rating: 9, body: "" })
      .catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.equal(error.status, 400);
    assert.equal(error.detail, "What went wrong");
    assert.deepEqual(error.fieldErrors(), { rating: "must be from 1 to 5", body: "must not be empty" });
  });

  it("maps 401, 404 and 429 to their classes, with the Retry-After seconds", async () => {
    const f = fakeFetch(
      { status: 401, body: problem(401) },
      { status: 404, body: problem(404) },
      { status: 429, body: problem(429), headers: { "retry-after": "30" } },
    );
    const client = createClient({ api: "https://api.test", site: "demo", fetch: f.fetch });
    await assert.rejects(reviewsClient(client).setHelpful("a"), AuthError);
    await assert.rejects(reviewsClient(client).clearHelpful("a"), NotFoundError);
    const limited = await reviewsClient(client)
      .reportReview("a", { reason: "spam" })
      .catch((e: unknown) => e);
    assert.ok(limited instanceof RateLimitError);
    assert.equal(limited.retryAfter, 30);
  });

  it("maps a failed read to its class too, with the problem's detail", async () => {
    const f = fakeFetch({ status: 404, body: problem(404, { detail: "No such site" }) });
    const client = createClient({ api: "https://api.test", site: "nope", fetch: f.fetch });
    const error = await client.listReviews("sku-1").catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.status, 404);
    assert.equal(error.detail, "No such site");
  });

  it("retries a failed read but never a write", async () => {
    const f = fakeFetch({ status: 503, body: problem(503) }, { body: list });
    const client = createClient({ api: "https://api.test", site: "demo", fetch: f.fetch, retry: 1 });
    assert.deepEqual(await client.listReviews("sku-1"), list);
    assert.equal(f.requests.length, 2);

    const w = fakeFetch({ status: 503, body: problem(503) }, { status: 201, body: {} });
    const writer = createClient({ api: "https://api.test", site: "demo", fetch: w.fetch, retry: 1 });
    await assert.rejects(reviewsClient(writer).createReview("sku-1", { rating: 5, body: "x" }));
    assert.equal(w.requests.length, 1);
  });

  it("stops a read when the caller aborts, without retrying", async () => {
    let calls = 0;
    const fetch = ((_: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      );
    }) as typeof globalThis.fetch;
    const client = createClient({ api: "https://api.test", site: "demo", fetch });
    const controller = new AbortController();
    const pending = client.listReviews("sku-1", {}, { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, (e: unknown) => e instanceof DOMException && e.name === "AbortError");
    assert.equal(calls, 1);
  });

  it("gives up on a read that takes longer than the timeout", async () => {
    const fetch = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      )) as typeof globalThis.fetch;
    const client = createClient({ api: "https://api.test", site: "demo", fetch, timeout: 20, retry: 0 });
    const error = await siteClient(client)
      .getConfig()
      .catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.equal(error.timeout, true);
  });

  it("reports an unreachable server as a NetworkError", async () => {
    const fetch = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof globalThis.fetch;
    const client = createClient({ api: "https://api.test", site: "demo", fetch, retry: 0 });
    const error = await siteClient(client)
      .getConfig()
      .catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.equal(error.status, 0);
  });

  it("reads a board's ideas with only the filters it was given, and the board and similar ideas", async () => {
    const page = { items: [], next: null };
    const f = fakeFetch(
      { body: page },
      { body: page },
      { body: { items: [] } },
      { body: { id: "feedback" } },
    );
    const client = ideasClient(createClient({ api: "https://api.test", site: "demo", fetch: f.fetch }));
    await client.listIdeas("feedback", { sort: "top", status: "planned", q: " dark mode ", cursor: "c1" });
    await client.listIdeas("feedback", { status: null, category: null, q: "  " });
    await client.similarIdeas("feedback", "dark mode");
    await client.getBoard("feedback");
    assert.deepEqual(
      f.requests.map((r) => r.url),
      [
        "https://api.test/v1/sites/demo/boards/feedback/ideas?sort=top&status=planned&q=dark+mode&cursor=c1",
        "https://api.test/v1/sites/demo/boards/feedback/ideas",
        "https://api.test/v1/sites/demo/boards/feedback/ideas/similar?q=dark+mode",
        "https://api.test/v1/sites/demo/boards/feedback",
      ],
    );
    for (const r of f.requests) assert.equal(r.headers.get("authorization"), null);
  });

  it("votes and unvotes with the bearer token and posts an idea with its idempotency key", async () => {
    const vote = { id: "i1", votes: 4, votedByMe: true };
    const f = fakeFetch(
      { body: vote },
      { body: { ...vote, votes: 3, votedByMe: false } },
      { status: 201, body: {} },
    );
    const client = ideasClient(
      createClient({ api: "https://api.test", site: "demo", fetch: f.fetch, getToken: () => "tok" }),
    );
    assert.deepEqual(await client.voteIdea("i1"), vote);
    assert.equal((await client.unvoteIdea("i1")).votes, 3);
    await client.createIdea("feedback", { title: "Dark mode", category: "ui" }, { idempotencyKey: "k-2" });
    assert.deepEqual(
      f.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`),
      [
        "PUT /v1/sites/demo/ideas/i1/vote",
        "DELETE /v1/sites/demo/ideas/i1/vote",
        "POST /v1/sites/demo/boards/feedback/ideas",
      ],
    );
    const post = f.requests[2]!;
    assert.equal(post.headers.get("authorization"), "Bearer tok");
    assert.equal(post.headers.get("idempotency-key"), "k-2");
    assert.deepEqual(await post.json(), { title: "Dark mode", category: "ui" });
  });

  it("reads an idea's comments with the cursor it was given, as a simple CORS request", async () => {
    const f = fakeFetch({ body: { items: [], next: null } }, { body: { items: [], next: null } });
    const client = ideasClient(createClient({ api: "https://api.test", site: "demo", fetch: f.fetch }));
    await client.listComments("i1");
    await client.listComments("i1", { cursor: "c2", limit: 10 });
    assert.deepEqual(
      f.requests.map((r) => r.url),
      [
        "https://api.test/v1/sites/demo/ideas/i1/comments",
        "https://api.test/v1/sites/demo/ideas/i1/comments?cursor=c2&limit=10",
      ],
    );
    assert.equal(f.requests[0]!.headers.get("authorization"), null);
  });

  it("posts a reply with its idempotency key, and follows and unfollows an idea", async () => {
    const f = fakeFetch(
      { status: 201, body: { id: "c1" } },
      { body: { following: true } },
      { body: { following: false } },
    );
    const client = ideasClient(
      createClient({ api: "https://api.test", site: "demo", fetch: f.fetch, getToken: () => "tok" }),
    );
    await client.createComment("i1", { body: "Me too", parentId: "c0" }, { idempotencyKey: "k-3" });
    assert.deepEqual(await client.followIdea("i1"), { following: true });
    assert.deepEqual(await client.unfollowIdea("i1"), { following: false });
    assert.deepEqual(
      f.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`),
      [
        "POST /v1/sites/demo/ideas/i1/comments",
        "PUT /v1/sites/demo/ideas/i1/follow",
        "DELETE /v1/sites/demo/ideas/i1/follow",
      ],
    );
    const post = f.requests[0]!;
    assert.equal(post.headers.get("authorization"), "Bearer tok");
    assert.equal(post.headers.get("idempotency-key"), "k-3");
    assert.deepEqual(await post.json(), { body: "Me too", parentId: "c0" });
  });

  it("maps a vote by a signed-out reader to an AuthError", async () => {
    const f = fakeFetch({ status: 401, body: problem(401) });
    const client = ideasClient(createClient({ api: "https://api.test", site: "demo", fetch: f.fetch }));
    await assert.rejects(client.voteIdea("i1"), AuthError);
  });
});
