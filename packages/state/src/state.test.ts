import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { beforeEach, describe, it } from "node:test";
import type { Review, ReviewList, Session } from "@corner/contracts";
import { reviewDraft } from "./draft.ts";
import { toggleHelpful } from "./helpful.ts";
import { acquireReviews, isEmpty } from "./reviews.ts";
import { getToken, sessionKey, sessionStore, setSession } from "./session.ts";
import { login, logout } from "./sign-in.ts";
import { submitReview } from "./submit.ts";
import { fake, gate, json, memory, problem, requests } from "./test-support.ts";

let n = 0;
const review = (p: Partial<Review> = {}): Review => ({
  id: `00000000-0000-7000-8000-${String(++n).padStart(12, "0")}`,
  subject: "sku",
  rating: 5,
  title: null,
  body: "Nice",
  author: { id: "u", name: "Ann" },
  status: "published",
  helpful: 3,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  helpfulByMe: false,
  ...p,
});
const page = (items: Review[], next: string | null = null): ReviewList => ({
  summary: { count: items.length, average: 5, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: items.length } },
  items,
  next,
});
const session = (minutes = 60): Session => ({
  token: "tok",
  expiresAt: new Date(Date.now() + minutes * 60_000).toISOString(),
  user: { id: "u1", name: "Ann", kind: "guest" },
});

let site = 0;
let config = { api: "https://api.test", site: "s0" };
beforeEach(() => {
  // A fresh site per test keeps the module-level caches apart.
  config = { api: "https://api.test", site: `s${++site}` };
  requests.length = 0;
});

describe("session", () => {
  it("signs in as a guest with the solved challenge, persists the token and signs out again", async () => {
    const salt = "5a1t?expires=9999999999&";
    const challenge = createHash("sha256").update(`${salt}37`).digest("hex");
    const signature = "ab".repeat(32);
    fake.handler = (req) =>
      req.method === "GET"
        ? json({ algorithm: "SHA-256", challenge, maxnumber: 100, salt, signature })
        : json(session(), 201);
    const user = await login(config, { guest: { name: "Ann" } });
    assert.equal(user.name, "Ann");
    assert.deepEqual(
      requests.map((r) => `${r.method} ${new URL(r.url).pathname}`),
      [`GET /v1/sites/${config.site}/session/challenge`, `POST /v1/sites/${config.site}/session`],
    );
    assert.deepEqual(await requests[1]!.json(), {
      guest: { name: "Ann", pow: { algorithm: "SHA-256", challenge, number: 37, salt, signature } },
    });
    assert.equal(getToken(config.site), "tok");
    assert.equal(JSON.parse(memory.get(sessionKey(config.site))!).token, "tok");
    fake.handler = () => new Response(null, { status: 204 });
    await logout(config);
    const signOut = requests[2]!;
    assert.equal(
      `${signOut.method} ${new URL(signOut.url).pathname}`,
      `DELETE /v1/sites/${config.site}/session`,
    );
    assert.equal(signOut.headers.get("authorization"), "Bearer tok", "the server learns which session ends");
    assert.equal(getToken(config.site), null);
    assert.equal(memory.has(sessionKey(config.site)), false);
  });

  it("forgets the session even when the server cannot be told", async () => {
    setSession(config.site, session());
    fake.handler = () => {
      throw new TypeError("Failed to fetch");
    };
    await logout(config);
    assert.equal(getToken(config.site), null);
    requests.length = 0;
    await logout(config);
    assert.deepEqual(requests, [], "signed out already: nothing to tell the server");
  });

  it("treats a stored but expired token as signed out", () => {
    memory.set(sessionKey(config.site), JSON.stringify(session(-1)));
    assert.equal(sessionStore(config.site).get(), null);
    assert.equal(getToken(config.site), null);
  });
});

describe("reviews store", () => {
  it("loads the first page and reports empty when there are no reviews", async () => {
    fake.handler = () => json(page([]));
    const store = acquireReviews(config, "sku");
    assert.equal(store.$state.get().status, "idle");
    const loading = store.load();
    assert.equal(store.$state.get().status, "loading");
    await loading;
    assert.equal(isEmpty(store.$state.get()), true);
    store.release();
  });

  it("aborts the previous request when the sort changes", async () => {
    const held = gate();
    fake.handler = async (req) => {
      if (!req.url.includes("sort=")) await held.passed;
      return json(page([review({ body: new URL(req.url).searchParams.get("sort") ?? "newest" })]));
    };
    const store = acquireReviews(config, "sku");
    const first = store.load("newest");
    const second = store.load("helpful");
    await second;
    assert.equal(requests[0]!.signal.aborted, true);
    held.open();
    await first;
    assert.equal(store.$state.get().items[0]!.body, "helpful");
    store.release();
  });

  it("appends the next page with the cursor", async () => {
    const a = review();
    const b = review();
    fake.handler = (req) => json(req.url.includes("cursor=c2") ? page([b]) : page([a], "c2"));
    const store = acquireReviews(config, "sku");
    await store.load();
    await store.loadMore();
    assert.deepEqual(
      store.$state.get().items.map((r) => r.id),
      [a.id, b.id],
    );
    assert.equal(store.$state.get().next, null);
    store.release();
  });

  it("shows an error state and recovers on reload", async () => {
    fake.handler = () => problem(404);
    const store = acquireReviews(config, "sku");
    await store.load();
    assert.equal(store.$state.get().status, "error");
    fake.handler = () => json(page([review()]));
    await store.reload();
    assert.equal(store.$state.get().status, "ready");
    store.release();
  });

  it("counts a helpful mark at once and settles to the server's exact count", async () => {
    setSession(config.site, session());
    const r = review({ helpful: 3 });
    fake.handler = (req) =>
      req.method === "PUT" ? json({ helpful: 7, helpfulByMe: true }) : json(page([r]));
    const store = acquireReviews(config, "sku");
    await store.load();
    const pending = toggleHelpful(config, store, r.id);
    assert.equal(store.$state.get().items[0]!.helpful, 4);
    assert.equal(store.$state.get().items[0]!.helpfulByMe, true);
    assert.deepEqual(await pending, { kind: "ok", id: r.id, helpful: 7, helpfulByMe: true });
    assert.equal(store.$state.get().items[0]!.helpful, 7);
    store.release();
  });

  it("answers a second helpful mark from another widget on the same reviews, while the first is under way, with the review as it is", async () => {
    setSession(config.site, session());
    const r = review({ helpful: 3 });
    const held = gate();
    fake.handler = async (req) => {
      if (req.method !== "PUT") return json(page([r]));
      await held.passed;
      return json({ helpful: 9, helpfulByMe: true });
    };
    const one = acquireReviews(config, "sku");
    const two = acquireReviews(config, "sku");
    await one.load();
    const first = toggleHelpful(config, one, r.id);
    assert.deepEqual(await toggleHelpful(config, two, r.id), {
      kind: "ok",
      id: r.id,
      helpful: 4,
      helpfulByMe: true,
    });
    held.open();
    assert.deepEqual(await first, { kind: "ok", id: r.id, helpful: 9, helpfulByMe: true });
    assert.equal(requests.filter((q) => q.method === "PUT").length, 1);
    assert.equal(two.$state.get().items[0]!.helpful, 9);
    one.release();
    two.release();
  });

  it("rolls a helpful mark back when the server fails", async () => {
    setSession(config.site, session());
    const r = review({ helpful: 3 });
    fake.handler = (req) => (req.method === "PUT" ? problem(500) : json(page([r])));
    const store = acquireReviews(config, "sku");
    await store.load();
    const outcome = await toggleHelpful(config, store, r.id);
    assert.equal(outcome.kind, "failed");
    assert.equal(store.$state.get().items[0]!.helpful, 3);
    assert.equal(store.$state.get().items[0]!.helpfulByMe, false);
    store.release();
  });

  it("asks for sign-in instead of voting when signed out", async () => {
    const r = review();
    fake.handler = () => json(page([r]));
    const store = acquireReviews(config, "sku");
    await store.load();
    assert.deepEqual(await toggleHelpful(config, store, r.id), { kind: "login-required" });
    assert.equal(requests.filter((q) => q.method === "PUT").length, 0);
    store.release();
  });
});

describe("review draft", () => {
  it("keeps the draft when posting fails and reuses its idempotency key on retry", async () => {
    setSession(config.site, session());
    const draft = reviewDraft(config.site, "sku");
    draft.set("rating", 4);
    draft.set("body", "Solid shoe");
    fake.handler = () => problem(503);
    assert.equal((await submitReview(config, "sku")).kind, "failed");
    assert.deepEqual(draft.$draft.get(), { rating: 4, title: "", body: "Solid shoe" });
    const stored = JSON.parse(memory.get(`corner:draft:${config.site}:sku:review`)!);
    assert.deepEqual(stored, { rating: 4, title: "", body: "Solid shoe" });

    fake.handler = () => json(review({ rating: 4, body: "Solid shoe" }), 201);
    const outcome = await submitReview(config, "sku");
    assert.equal(outcome.kind, "ok");
    const keys = requests.map((q) => q.headers.get("idempotency-key"));
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
    assert.deepEqual(draft.$draft.get(), { rating: 0, title: "", body: "" });
    assert.equal(memory.has(`corner:draft:${config.site}:sku:review`), false);
  });

  it("names the invalid fields from the server's problem and keeps the draft", async () => {
    setSession(config.site, session());
    const draft = reviewDraft(config.site, "sku");
    draft.set("rating", 3);
    draft.set("body", "x");
    fake.handler = () => problem(400, [{ path: "body.body", message: "must be at least 10 characters" }]);
    const outcome = await submitReview(config, "sku");
    assert.equal(outcome.kind, "invalid");
    assert.deepEqual(outcome.kind === "invalid" && outcome.fields, {
      body: "must be at least 10 characters",
    });
    assert.equal(draft.$draft.get().body, "x");
  });

  it("signs out on 401 and keeps the draft for after sign-in", async () => {
    setSession(config.site, session());
    const draft = reviewDraft(config.site, "sku");
    draft.set("body", "Keep me");
    fake.handler = () => problem(401);
    assert.deepEqual(await submitReview(config, "sku"), { kind: "login-required" });
    assert.equal(getToken(config.site), null);
    assert.equal(draft.$draft.get().body, "Keep me");
  });
});
