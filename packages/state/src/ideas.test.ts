import assert from "node:assert/strict";
import { beforeEach, describe, it, mock } from "node:test";
import type { Idea, IdeaList } from "@corner/contracts";
import { ideaDraft, submitIdea } from "./idea-draft.ts";
import { acquireIdeas, ideasEmpty } from "./ideas.ts";
import { getToken, setSession } from "./session.ts";
import { fake, gate, json, memory, problem, requests, session } from "./test-support.ts";

let n = 0;
const idea = (p: Partial<Idea> = {}): Idea => ({
  id: `00000000-0000-7000-8000-${String(++n).padStart(12, "0")}`,
  board: "feedback",
  title: "Dark mode",
  description: "",
  category: null,
  status: "open",
  moderation: "published",
  author: { id: "u", name: "Ann" },
  votes: 3,
  commentCount: 0,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  response: null,
  mergedInto: null,
  votedByMe: false,
  ...p,
});
const page = (items: Idea[], next: string | null = null): IdeaList => ({ items, next });

let site = 0;
let config = { api: "https://api.test", site: "s0" };
beforeEach(() => {
  config = { api: "https://api.test", site: `i${++site}` };
  requests.length = 0;
});

describe("ideas store", () => {
  it("loads the board's first page with the default sort left out of the URL, and reports empty", async () => {
    fake.handler = () => json(page([]));
    const store = acquireIdeas(config, "feedback");
    await store.load();
    assert.equal(new URL(requests[0]!.url).search, "");
    assert.equal(ideasEmpty(store.$state.get()), true);
    store.release();
  });

  it("aborts the previous request when the status, sort or search changes", async () => {
    const held = gate();
    fake.handler = async (req) => {
      const q = new URL(req.url).searchParams;
      if (!q.has("q")) await held.passed;
      return json(page([idea({ title: `${q.get("sort")} ${q.get("status")} ${q.get("q")}` })]));
    };
    const store = acquireIdeas(config, "feedback");
    const first = store.load({ ideaStatus: "planned" });
    const second = store.load({ sort: "top", q: "dark" });
    await second;
    assert.equal(requests[0]!.signal.aborted, true);
    held.open();
    await first;
    assert.equal(store.$state.get().items[0]!.title, "top planned dark");
    store.release();
  });

  it("appends the next page with the cursor", async () => {
    const a = idea();
    const b = idea();
    fake.handler = (req) => json(req.url.includes("cursor=c2") ? page([b]) : page([a], "c2"));
    const store = acquireIdeas(config, "feedback");
    await store.load();
    await store.loadMore();
    assert.deepEqual(
      store.$state.get().items.map((i) => i.id),
      [a.id, b.id],
    );
    store.release();
  });

  it("warns once per failed load and recovers on reload", async () => {
    const warn = mock.method(console, "warn", () => {});
    fake.handler = () => problem(404);
    const store = acquireIdeas(config, "feedback");
    await store.load();
    assert.equal(store.$state.get().status, "error");
    assert.equal(warn.mock.callCount(), 1);
    assert.match(String(warn.mock.calls[0]!.arguments[0]), /^\[corner\] could not load ideas for feedback/);
    warn.mock.restore();
    fake.handler = () => json(page([idea()]));
    await store.reload();
    assert.equal(store.$state.get().status, "ready");
    store.release();
  });

  it("counts a vote at once and settles to the server's exact count", async () => {
    setSession(config.site, session());
    const i = idea({ votes: 3 });
    fake.handler = (req) =>
      req.method === "PUT" ? json({ id: i.id, votes: 9, votedByMe: true }) : json(page([i]));
    const store = acquireIdeas(config, "feedback");
    await store.load();
    const pending = store.toggleVote(i.id);
    assert.equal(store.$state.get().items[0]!.votes, 4);
    assert.equal(store.$state.get().items[0]!.votedByMe, true);
    assert.deepEqual(await pending, { kind: "ok", id: i.id, votes: 9, votedByMe: true });
    assert.equal(store.$state.get().items[0]!.votes, 9);
    store.release();
  });

  it("rolls a vote back when the server fails", async () => {
    setSession(config.site, session());
    const i = idea({ votes: 5, votedByMe: true });
    fake.handler = (req) => (req.method === "DELETE" ? problem(500) : json(page([i])));
    const store = acquireIdeas(config, "feedback");
    await store.load();
    const outcome = await store.toggleVote(i.id);
    assert.equal(outcome.kind, "failed");
    assert.equal(store.$state.get().items[0]!.votes, 5);
    assert.equal(store.$state.get().items[0]!.votedByMe, true);
    store.release();
  });

  it("asks for sign-in instead of voting when signed out", async () => {
    const i = idea();
    fake.handler = () => json(page([i]));
    const store = acquireIdeas(config, "feedback");
    await store.load();
    assert.deepEqual(await store.toggleVote(i.id), { kind: "login-required" });
    assert.equal(requests.filter((q) => q.method === "PUT").length, 0);
    store.release();
  });

  it("takes a vote reported by the idea's own view into the list without a request", async () => {
    const a = idea({ votes: 3 });
    const b = idea({ votes: 1 });
    fake.handler = () => json(page([a, b]));
    const store = acquireIdeas(config, "feedback");
    await store.load();
    const sent = requests.length;
    store.patchIdea(a.id, { votes: 4, votedByMe: true });
    store.patchIdea("00000000-0000-7000-8000-999999999999", { votes: 50 });
    assert.deepEqual(store.$state.get().items, [{ ...a, votes: 4, votedByMe: true }, b]);
    assert.equal(requests.length, sent);
    store.release();
  });
});

describe("idea draft", () => {
  it("keeps the draft through a failed post and clears it only when the server accepts it", async () => {
    setSession(config.site, session());
    const draft = ideaDraft(config.site, "feedback");
    draft.set("title", "Dark mode");
    draft.set("category", "ui");
    fake.handler = () => problem(503);
    assert.equal((await submitIdea(config, "feedback")).kind, "failed");
    const key = `corner:draft:${config.site}:feedback:idea`;
    assert.deepEqual(JSON.parse(memory.get(key)!), { title: "Dark mode", description: "", category: "ui" });

    fake.handler = () => json(idea({ title: "Dark mode" }), 201);
    assert.equal((await submitIdea(config, "feedback")).kind, "ok");
    const keys = requests.map((q) => q.headers.get("idempotency-key"));
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
    assert.deepEqual(await requests[1]!.json(), { title: "Dark mode", description: "", category: "ui" });
    assert.deepEqual(draft.$draft.get(), { title: "", description: "", category: "" });
    assert.equal(memory.has(key), false);
  });

  it("signs out on 401 and keeps the draft for after sign-in", async () => {
    setSession(config.site, session());
    const draft = ideaDraft(config.site, "feedback");
    draft.set("title", "Keep me");
    fake.handler = () => problem(401);
    assert.deepEqual(await submitIdea(config, "feedback"), { kind: "login-required" });
    assert.equal(getToken(config.site), null);
    assert.equal(draft.$draft.get().title, "Keep me");
  });
});
