import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import type { Answer, QaAuthor, Question, QuestionDetail } from "@corner/contracts";
import { acquireQuestionDetail } from "./question-detail.ts";
import { answerDraft, answerDraftKey } from "./question-draft.ts";
import { getToken, setSession } from "./session.ts";
import { fake, type Handler, json, memory, problem, requests, session } from "./test-support.ts";

let n = 0;
const nextId = () => `00000000-0000-7000-8000-${String(++n).padStart(12, "0")}`;
const ID = nextId();
const ann: QaAuthor = { id: "u", name: "Ann", badges: [] };
const answer = (p: Partial<Answer> = {}): Answer => ({
  id: nextId(),
  questionId: ID,
  body: "Yes",
  author: ann,
  official: false,
  accepted: false,
  votes: 0,
  status: "published",
  createdAt: "2026-01-02T00:00:00Z",
  ...p,
});
const question = (p: Partial<Question> = {}): Question => ({
  id: ID,
  subject: "sku-1",
  title: "Is it waterproof?",
  details: "",
  author: ann,
  status: "published",
  answerCount: 0,
  hasOfficialAnswer: false,
  acceptedAnswer: null,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  ...p,
});

/**
 * Answers the question with `answers` (its first page, `top` order) and the answer lists: `newest` answers
 * `byNewest`, a `cursor=p2` page answers `page2`; `write` answers everything else.
 */
const api =
  (
    q: Question,
    answers: Answer[],
    o: { page2?: Answer[]; byNewest?: Answer[]; write?: Handler } = {},
  ): Handler =>
  (req) => {
    const url = new URL(req.url);
    if (req.method !== "GET") return (o.write ?? (() => problem(500)))(req);
    if (url.pathname.endsWith("/answers")) {
      if (url.searchParams.get("cursor") === "p2") return json({ items: o.page2 ?? [], next: null });
      return json({ items: o.byNewest ?? [], next: null });
    }
    const detail: QuestionDetail = { ...q, answers, answersNext: o.page2 ? "p2" : null };
    return json(detail);
  };

let site = 0;
let config = { api: "https://api.test", site: "s0" };
beforeEach(() => {
  config = { api: "https://api.test", site: `q${++site}` };
  requests.length = 0;
});

describe("question detail store", () => {
  it("loads the question with its first answers, then appends the next page without repeats", async () => {
    const a = answer({ body: "First", votes: 3 });
    const b = answer({ body: "Second" });
    fake.handler = api(question({ answerCount: 2 }), [a], { page2: [a, b] });
    const store = acquireQuestionDetail(config, ID);
    assert.equal(store.$state.get().status, "idle");
    const loading = store.load();
    assert.equal(store.$state.get().status, "loading");
    await loading;
    const s = store.$state.get();
    assert.equal(s.status, "ready");
    assert.equal(s.question?.title, "Is it waterproof?");
    assert.equal("answers" in s.question!, false, "the answers live beside the question, once");
    assert.equal(s.sort, "top");
    assert.equal(s.next, "p2");
    await store.loadMore();
    assert.deepEqual(
      store.$state.get().answers.map((x) => x.body),
      ["First", "Second"],
    );
    assert.equal(store.$state.get().next, null);
    assert.match(requests.at(-1)!.url, /sort=top/);
    store.release();
  });

  it("loads the answers in another order on request", async () => {
    const old = answer({ body: "Old", votes: 5, createdAt: "2026-01-02T00:00:00Z" });
    const fresh = answer({ body: "New", createdAt: "2026-01-05T00:00:00Z" });
    fake.handler = api(question(), [old, fresh], { byNewest: [fresh, old] });
    const store = acquireQuestionDetail(config, ID);
    await store.load();
    requests.length = 0;
    await store.setSort("newest");
    const s = store.$state.get();
    assert.equal(s.sort, "newest");
    assert.deepEqual(
      s.answers.map((x) => x.body),
      ["New", "Old"],
    );
    assert.ok(requests.some((r) => /\/answers\?.*sort=newest/.test(r.url)));
    store.release();
  });

  it("counts a helpful vote at once, settles to the server's count, and rolls back on failure", async () => {
    setSession(config.site, session());
    const a = answer({ votes: 3 });
    let fail = false;
    fake.handler = api(question(), [a], {
      write: () => (fail ? problem(500) : json({ id: a.id, votes: 9, votedByMe: true })),
    });
    const store = acquireQuestionDetail(config, ID);
    await store.load();
    const pending = store.toggleVote(a.id);
    assert.equal(store.$state.get().answers[0]!.votes, 4);
    assert.equal(store.$state.get().answers[0]!.votedByMe, true);
    assert.deepEqual(await pending, { kind: "ok", value: { id: a.id, votes: 9, votedByMe: true } });
    assert.equal(store.$state.get().answers[0]!.votes, 9);
    assert.equal(requests.at(-1)!.method, "PUT");

    fail = true;
    const out = await store.toggleVote(a.id);
    assert.equal(out.kind, "failed");
    assert.equal(requests.at(-1)!.method, "DELETE");
    assert.equal(store.$state.get().answers[0]!.votes, 9);
    assert.equal(store.$state.get().answers[0]!.votedByMe, true);
    store.release();
  });

  it("refuses a vote on one's own answer without sending it, and rolls back a 403 from the server", async () => {
    setSession(config.site, session());
    const mine = answer({ votes: 2, mine: true });
    const other = answer({ votes: 1 });
    fake.handler = api(question(), [mine, other], { write: () => problem(403) });
    const store = acquireQuestionDetail(config, ID);
    await store.load();
    requests.length = 0;
    const own = await store.toggleVote(mine.id);
    assert.equal(own.kind, "failed");
    assert.equal(own.kind === "failed" && own.error.status, 403);
    assert.equal(requests.length, 0);
    assert.equal(store.$state.get().answers[0]!.votes, 2);

    const refused = await store.toggleVote(other.id);
    assert.equal(refused.kind === "failed" && refused.error.status, 403);
    assert.equal(store.$state.get().answers[1]!.votes, 1);
    assert.equal(store.$state.get().answers[1]!.votedByMe, false);
    store.release();
  });

  it("accepts an answer at once: the old one is un-marked, the new one moves first, and a failure undoes it", async () => {
    setSession(config.site, session());
    const was = answer({ body: "Was accepted", accepted: true, votes: 1 });
    const top = answer({ body: "Most helpful", votes: 7 });
    const low = answer({ body: "Late", votes: 0 });
    let fail = false;
    let sent: unknown = null;
    fake.handler = api(question({ acceptedAnswer: was, canAccept: true }), [was, top, low], {
      write: async (req) => {
        sent = req.method === "POST" ? await req.json() : req.method;
        if (fail) return problem(500);
        return json({ id: ID, acceptedAnswerId: req.method === "POST" ? low.id : null });
      },
    });
    const store = acquireQuestionDetail(config, ID);
    await store.load();
    const order = () => store.$state.get().answers.map((a) => `${a.body}${a.accepted ? " ✓" : ""}`);

    const pending = store.accept(low.id);
    assert.deepEqual(order(), ["Late ✓", "Most helpful", "Was accepted"]);
    assert.equal(store.$state.get().question?.acceptedAnswer?.id, low.id);
    assert.deepEqual(await pending, { kind: "ok", value: { id: ID, acceptedAnswerId: low.id } });
    assert.deepEqual(sent, { answerId: low.id });

    assert.equal((await store.accept(null)).kind, "ok");
    assert.equal(sent, "DELETE");
    assert.deepEqual(order(), ["Most helpful", "Was accepted", "Late"]);
    assert.equal(store.$state.get().question?.acceptedAnswer, null);

    fail = true;
    assert.equal((await store.accept(top.id)).kind, "failed");
    assert.deepEqual(order(), ["Most helpful", "Was accepted", "Late"]);
    assert.equal(store.$state.get().question?.acceptedAnswer, null);
    store.release();
  });

  it("asks for sign-in instead of voting, accepting or following when signed out", async () => {
    const a = answer({ votes: 3 });
    fake.handler = api(question(), [a]);
    const store = acquireQuestionDetail(config, ID);
    await store.load();
    assert.deepEqual(await store.toggleVote(a.id), { kind: "login-required" });
    assert.deepEqual(await store.accept(a.id), { kind: "login-required" });
    assert.deepEqual(await store.toggleFollow(), { kind: "login-required" });
    assert.deepEqual(await store.report("answer", a.id, "spam"), { kind: "login-required" });
    assert.equal(requests.filter((q) => q.method !== "GET").length, 0);
    assert.equal(store.$state.get().answers[0]!.votes, 3);
    assert.equal(store.$state.get().answers[0]!.accepted, false);
    store.release();
  });

  it("reports the question or an answer with the reason given", async () => {
    setSession(config.site, session());
    const a = answer();
    const sent: string[] = [];
    fake.handler = api(question(), [a], {
      write: async (req) => {
        const { reason } = (await req.json()) as { reason: string };
        sent.push(`${new URL(req.url).pathname.split("/").slice(-3).join("/")} ${reason}`);
        return json({ id: nextId(), reason, createdAt: "2026-01-03T00:00:00Z" }, 201);
      },
    });
    const store = acquireQuestionDetail(config, ID);
    await store.load();
    assert.equal((await store.report("question", ID, "off_topic")).kind, "ok");
    assert.equal((await store.report("answer", a.id, "spam")).kind, "ok");
    assert.deepEqual(sent, [`questions/${ID}/reports off_topic`, `answers/${a.id}/reports spam`]);
    store.release();
  });

  it("posts the answer draft, adds the answer and counts it, and clears the draft", async () => {
    setSession(config.site, session());
    const sent: unknown[] = [];
    fake.handler = api(question({ answerCount: 1 }), [answer({ body: "Old" })], {
      write: async (req) => {
        const body = (await req.json()) as { body: string };
        sent.push(body);
        return json(answer({ body: body.body, official: true, mine: true }), 201);
      },
    });
    const store = acquireQuestionDetail(config, ID);
    await store.load();
    answerDraft(config.site, ID).set("body", "  Yes, fully sealed.  ");
    const out = await store.addAnswer();
    assert.equal(out.kind, "ok");
    assert.deepEqual(sent, [{ body: "Yes, fully sealed." }]);
    assert.ok(requests.at(-1)!.headers.get("idempotency-key"));
    const s = store.$state.get();
    assert.deepEqual(
      s.answers.map((a) => a.body),
      ["Old", "Yes, fully sealed."],
    );
    assert.equal(s.question?.answerCount, 2);
    assert.equal(s.question?.hasOfficialAnswer, true);
    assert.equal(memory.has(answerDraftKey(config.site, ID)), false);
    store.release();
  });

  it("does not count an answer that awaits moderation, and shows a new answer first in newest order", async () => {
    setSession(config.site, session());
    fake.handler = api(question({ answerCount: 1 }), [], {
      byNewest: [answer({ body: "Old" })],
      write: () => json(answer({ body: "Mine", status: "pending", mine: true }), 201),
    });
    const store = acquireQuestionDetail(config, ID);
    await store.setSort("newest");
    answerDraft(config.site, ID).set("body", "Mine");
    assert.equal((await store.addAnswer()).kind, "ok");
    const s = store.$state.get();
    assert.deepEqual(
      s.answers.map((a) => `${a.body} ${a.status}`),
      ["Mine pending", "Old published"],
    );
    assert.equal(s.question?.answerCount, 1);
    store.release();
  });

  it("keeps the answer draft and its idempotency key through a failure and an expired sign-in", async () => {
    setSession(config.site, session());
    let status = 503;
    fake.handler = api(question(), [], {
      write: () => (status === 201 ? json(answer({ body: "Hi" }), 201) : problem(status)),
    });
    const store = acquireQuestionDetail(config, ID);
    await store.load();
    const draft = answerDraft(config.site, ID);
    const key = answerDraftKey(config.site, ID);
    draft.set("body", "Hi");
    assert.equal((await store.addAnswer()).kind, "failed");
    assert.deepEqual(JSON.parse(memory.get(key)!), { body: "Hi" });
    const sentKey = requests.at(-1)!.headers.get("idempotency-key");
    assert.equal(JSON.parse(memory.get(`${key}:key`)!), sentKey);

    status = 401;
    assert.deepEqual(await store.addAnswer(), { kind: "login-required" });
    assert.equal(getToken(config.site), null);
    assert.equal(draft.$draft.get().body, "Hi");

    setSession(config.site, session());
    status = 201;
    assert.equal((await store.addAnswer()).kind, "ok");
    const posts = requests.filter((q) => q.method === "POST");
    assert.equal(posts.length, 3);
    assert.ok(posts.every((q) => q.headers.get("idempotency-key") === sentKey));
    assert.equal(memory.has(key), false);
    assert.equal(store.$state.get().answers.at(-1)?.body, "Hi");
    store.release();
  });

  it("is shared per question, and loads again when the reader signs in, to show their votes", async () => {
    const a = answer();
    fake.handler = api(question(), [a]);
    const store = acquireQuestionDetail(config, ID);
    const again = acquireQuestionDetail(config, ID);
    await store.load();
    assert.equal(again.$state.get().status, "ready", "the second handle sees the same state");
    again.release();
    fake.handler = api(question({ following: true, canAccept: true }), [{ ...a, votedByMe: true }]);
    const reloaded = new Promise<void>((resolve) => {
      const stop = store.$state.listen((s) => {
        if (s.status === "ready") resolve(stop());
      });
    });
    setSession(config.site, session());
    await reloaded;
    assert.equal(store.$state.get().question?.canAccept, true);
    assert.equal(store.$state.get().answers[0]!.votedByMe, true);
    assert.equal(requests.at(-1)!.headers.get("authorization"), "Bearer tok");
    store.release();
  });
});
