import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import type { CommentThread, Idea, IdeaComment } from "@corner/contracts";
import { acquireIdeaDetail } from "./idea-detail.ts";
import { commentDraft, commentDraftKey } from "./idea-draft.ts";
import { getToken, setSession } from "./session.ts";
import { fake, type Handler, json, memory, problem, requests, session } from "./test-support.ts";

let n = 0;
const nextId = () => `00000000-0000-7000-8000-${String(++n).padStart(12, "0")}`;
const ID = nextId();
const idea = (p: Partial<Idea> = {}): Idea => ({
  id: ID,
  board: "feedback",
  title: "Dark mode",
  description: "Please.",
  category: null,
  status: "open",
  moderation: "published",
  author: { id: "u", name: "Ann" },
  votes: 3,
  commentCount: 1,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  response: null,
  mergedInto: null,
  votedByMe: false,
  following: false,
  ...p,
});
const comment = (p: Partial<IdeaComment> = {}): IdeaComment => ({
  id: nextId(),
  ideaId: ID,
  parentId: null,
  body: "Yes",
  author: { id: "u", name: "Ann" },
  status: "published",
  createdAt: "2026-01-02T00:00:00Z",
  ...p,
});
const thread = (p: Partial<IdeaComment> = {}, replies: IdeaComment[] = []): CommentThread => ({
  ...comment(p),
  replies,
});

/** Answers the idea and its comments (first page, or the page after `c2`); `write` answers the rest. */
const api =
  (i: Idea, pages: CommentThread[][], write: Handler = () => problem(500)): Handler =>
  (req) => {
    const path = new URL(req.url).pathname;
    if (req.method !== "GET") return write(req);
    if (path.endsWith("/comments"))
      return req.url.includes("cursor=c2")
        ? json({ items: pages[1] ?? [], next: null })
        : json({ items: pages[0] ?? [], next: pages[1] ? "c2" : null });
    return json(i);
  };

let site = 0;
let config = { api: "https://api.test", site: "s0" };
beforeEach(() => {
  config = { api: "https://api.test", site: `d${++site}` };
  requests.length = 0;
});

describe("idea detail store", () => {
  it("loads the idea and its first comments, then appends the next page without repeats", async () => {
    const first = thread({ body: "First" }, [comment({ body: "Reply" })]);
    const second = thread({ body: "Second" });
    fake.handler = api(idea(), [[first], [first, second]]);
    const store = acquireIdeaDetail(config, ID);
    assert.equal(store.$state.get().status, "idle");
    const loading = store.load();
    assert.equal(store.$state.get().status, "loading");
    await loading;
    const s = store.$state.get();
    assert.equal(s.status, "ready");
    assert.equal(s.idea?.title, "Dark mode");
    assert.equal(s.threads[0]!.replies[0]!.body, "Reply");
    assert.equal(s.next, "c2");
    await store.loadMore();
    assert.deepEqual(
      store.$state.get().threads.map((t) => t.body),
      ["First", "Second"],
    );
    assert.equal(store.$state.get().next, null);
    store.release();
  });

  it("counts a vote at once, settles to the server's count, and rolls back on failure", async () => {
    setSession(config.site, session());
    let fail = false;
    fake.handler = api(idea({ votes: 3 }), [], () =>
      fail ? problem(500) : json({ id: ID, votes: 9, votedByMe: true }),
    );
    const store = acquireIdeaDetail(config, ID);
    await store.load();
    const pending = store.toggleVote();
    assert.equal(store.$state.get().idea?.votes, 4);
    assert.equal(store.$state.get().idea?.votedByMe, true);
    assert.deepEqual(await pending, { kind: "ok", value: { id: ID, votes: 9, votedByMe: true } });
    assert.equal(store.$state.get().idea?.votes, 9);

    fail = true;
    const out = await store.toggleVote();
    assert.equal(out.kind, "failed");
    assert.equal(store.$state.get().idea?.votes, 9);
    assert.equal(store.$state.get().idea?.votedByMe, true);
    store.release();
  });

  it("keeps a merged idea's own count when its vote counts on the target", async () => {
    setSession(config.site, session());
    const target = nextId();
    fake.handler = api(idea({ votes: 2, status: "merged", mergedInto: target }), [], () =>
      json({ id: target, votes: 40, votedByMe: true }),
    );
    const store = acquireIdeaDetail(config, ID);
    await store.load();
    const out = await store.toggleVote();
    assert.deepEqual(out, { kind: "ok", value: { id: target, votes: 40, votedByMe: true } });
    assert.equal(store.$state.get().idea?.votes, 2);
    assert.equal(store.$state.get().idea?.votedByMe, true);
    store.release();
  });

  it("asks for sign-in instead of voting or following when signed out", async () => {
    fake.handler = api(idea(), []);
    const store = acquireIdeaDetail(config, ID);
    await store.load();
    assert.deepEqual(await store.toggleVote(), { kind: "login-required" });
    assert.deepEqual(await store.toggleFollow(), { kind: "login-required" });
    assert.equal(requests.filter((q) => q.method !== "GET").length, 0);
    assert.equal(store.$state.get().idea?.votes, 3);
    store.release();
  });

  it("posts a reply under its parent and clears only that draft", async () => {
    setSession(config.site, session());
    const parent = thread({ body: "Parent" });
    const sent: { body: string; parentId?: string }[] = [];
    fake.handler = api(idea(), [[parent]], async (req) => {
      const body = (await req.json()) as { body: string; parentId?: string };
      sent.push(body);
      return json(comment({ body: body.body, parentId: body.parentId ?? null }), 201);
    });
    const store = acquireIdeaDetail(config, ID);
    await store.load();
    commentDraft(config.site, ID, parent.id).set("body", "  Agreed  ");
    commentDraft(config.site, ID, null).set("body", "Unsent");
    const out = await store.addComment(parent.id);
    assert.equal(out.kind, "ok");
    assert.deepEqual(sent, [{ body: "Agreed", parentId: parent.id }]);
    assert.ok(requests.at(-1)!.headers.get("idempotency-key"));
    const s = store.$state.get();
    assert.deepEqual(
      s.threads[0]!.replies.map((r) => r.body),
      ["Agreed"],
    );
    assert.equal(s.threads.length, 1);
    assert.equal(s.idea?.commentCount, 2);
    assert.equal(memory.has(commentDraftKey(config.site, ID, parent.id)), false);
    assert.equal(commentDraft(config.site, ID, null).$draft.get().body, "Unsent");
    store.release();
  });

  it("keeps the comment draft and its idempotency key through a failure, and stores the key beside it", async () => {
    setSession(config.site, session());
    let status = 503;
    fake.handler = api(idea(), [], () =>
      status === 201 ? json(comment({ body: "Hi" }), 201) : problem(status),
    );
    const store = acquireIdeaDetail(config, ID);
    await store.load();
    const draft = commentDraft(config.site, ID, null);
    const key = commentDraftKey(config.site, ID, null);
    draft.set("body", "Hi");
    assert.equal((await store.addComment(null)).kind, "failed");
    assert.deepEqual(JSON.parse(memory.get(key)!), { body: "Hi" });
    const sentKey = requests.at(-1)!.headers.get("idempotency-key");
    assert.equal(JSON.parse(memory.get(`${key}:key`)!), sentKey);

    status = 401;
    assert.deepEqual(await store.addComment(null), { kind: "login-required" });
    assert.equal(getToken(config.site), null);
    assert.equal(draft.$draft.get().body, "Hi");

    setSession(config.site, session());
    status = 201;
    assert.equal((await store.addComment(null)).kind, "ok");
    const posts = requests.filter((q) => q.method === "POST");
    assert.equal(posts.length, 3);
    assert.ok(posts.every((q) => q.headers.get("idempotency-key") === sentKey));
    assert.equal(memory.has(key), false);
    assert.equal(memory.has(`${key}:key`), false);
    assert.equal(store.$state.get().threads.at(-1)?.body, "Hi");
    store.release();
  });

  it("loads again when the reader signs in, to show their votes and follows", async () => {
    fake.handler = api(idea(), []);
    const store = acquireIdeaDetail(config, ID);
    await store.load();
    fake.handler = api(idea({ votedByMe: true, following: true }), []);
    const reloaded = new Promise<void>((resolve) => {
      const stop = store.$state.listen((s) => {
        if (s.status === "ready") resolve(stop());
      });
    });
    setSession(config.site, session());
    await reloaded;
    assert.equal(store.$state.get().idea?.votedByMe, true);
    assert.equal(store.$state.get().idea?.following, true);
    assert.equal(requests.at(-1)!.headers.get("authorization"), "Bearer tok");
    store.release();
  });
});
