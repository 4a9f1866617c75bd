import assert from "node:assert/strict";
import { beforeEach, describe, it, mock } from "node:test";
import type { Answer, Question, QuestionList } from "@corner/contracts";
import { acquireQuestions, questionsEmpty } from "./qa.ts";
import {
  answerDraft,
  answerDraftKey,
  questionDraft,
  questionDraftKey,
  submitQuestion,
} from "./question-draft.ts";
import { getToken, setSession } from "./session.ts";
import { fake, gate, json, memory, problem, requests, session } from "./test-support.ts";

let n = 0;
const id = () => `00000000-0000-7000-8000-${String(++n).padStart(12, "0")}`;
const question = (p: Partial<Question> = {}): Question => ({
  id: id(),
  subject: "trail-runner-2",
  title: "Are these waterproof?",
  details: "",
  author: { id: "u", name: "Ann", badges: [] },
  status: "published",
  answerCount: 0,
  hasOfficialAnswer: false,
  acceptedAnswer: null,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  ...p,
});
const answer = (questionId: string, p: Partial<Answer> = {}): Answer => ({
  id: id(),
  questionId,
  body: "Not fully.",
  author: { id: "v", name: "Jonas", badges: ["verified_owner"] },
  official: false,
  accepted: true,
  votes: 3,
  status: "published",
  createdAt: "2026-01-02T00:00:00Z",
  ...p,
});
const page = (items: Question[], next: string | null = null, total = items.length): QuestionList => ({
  items,
  next,
  total,
});

let site = 0;
let config = { api: "https://api.test", site: "s0" };
beforeEach(() => {
  config = { api: "https://api.test", site: `q${++site}` };
  requests.length = 0;
});

describe("questions store", () => {
  it("loads the subject's first page with the default sort left out of the URL, with its total", async () => {
    fake.handler = () => json(page([question()], null, 7));
    const store = acquireQuestions(config, "trail-runner-2");
    await store.load();
    assert.equal(
      new URL(requests[0]!.url).pathname,
      `/v1/sites/${config.site}/subjects/trail-runner-2/questions`,
    );
    assert.equal(new URL(requests[0]!.url).search, "");
    const s = store.$state.get();
    assert.equal(s.status, "ready");
    assert.equal(s.total, 7);
    assert.equal(s.items.length, 1);
    assert.equal(questionsEmpty(s), false);
    store.release();
  });

  it("reports a subject without questions as empty", async () => {
    fake.handler = () => json(page([]));
    const store = acquireQuestions(config, "wool-beanie");
    await store.load();
    assert.equal(questionsEmpty(store.$state.get()), true);
    assert.equal(store.$state.get().total, 0);
    store.release();
  });

  it("sends the sort and the trimmed search, and cancels the request of the previous query", async () => {
    const held = gate();
    fake.handler = async (req) => {
      const q = new URL(req.url).searchParams;
      if (!q.has("q")) await held.passed;
      return json(page([question({ title: `${q.get("sort")} ${q.get("q")}` })]));
    };
    const store = acquireQuestions(config, "trail-runner-2");
    const first = store.load({ sort: "unanswered" });
    const second = store.load({ sort: "most_answered", q: " grip " });
    await second;
    assert.equal(requests[0]!.signal.aborted, true);
    assert.equal(new URL(requests[1]!.url).search, "?sort=most_answered&q=grip");
    held.open();
    await first;
    assert.equal(store.$state.get().items[0]!.title, "most_answered grip");
    assert.equal(store.$state.get().sort, "most_answered");
    store.release();
  });

  it("appends the next page with the cursor, without duplicates", async () => {
    const a = question();
    const b = question();
    fake.handler = (req) => json(req.url.includes("cursor=c2") ? page([a, b], null, 2) : page([a], "c2", 2));
    const store = acquireQuestions(config, "trail-runner-2");
    await store.load();
    await store.loadMore();
    assert.deepEqual(
      store.$state.get().items.map((i) => i.id),
      [a.id, b.id],
    );
    assert.equal(store.$state.get().next, null);
    store.release();
  });

  it("shows a failed load as an error that a reload recovers from", async () => {
    const warn = mock.method(console, "warn", () => {});
    // A 404 is not retried by the client: one request, one warning.
    fake.handler = () => problem(404);
    const store = acquireQuestions(config, "trail-runner-2");
    await store.load();
    assert.equal(store.$state.get().status, "error");
    assert.equal(warn.mock.callCount(), 1);
    fake.handler = () => json(page([question()]));
    await store.reload();
    assert.equal(store.$state.get().status, "ready");
    warn.mock.restore();
    store.release();
  });

  it("puts a newly asked question at the top, counting it in the total only when published", async () => {
    const old = question();
    fake.handler = () => json(page([old], null, 1));
    const store = acquireQuestions(config, "trail-runner-2");
    await store.load();
    const asked = question({ title: "Do they run small?" });
    store.prependQuestion(asked);
    store.prependQuestion(asked);
    assert.deepEqual(
      store.$state.get().items.map((i) => i.id),
      [asked.id, old.id],
    );
    assert.equal(store.$state.get().total, 2);
    const pending = question({ status: "pending" });
    store.prependQuestion(pending);
    assert.equal(store.$state.get().items[0]!.id, pending.id);
    assert.equal(store.$state.get().total, 2);
    store.release();
  });

  it("keeps a question posted while the list was reloading on top, counted once", async () => {
    const old = question();
    const held = gate();
    fake.handler = () => json(page([old], null, 1));
    const store = acquireQuestions(config, "trail-runner-2");
    await store.load();
    // A reload (on sign-in) whose answer was computed before the question existed.
    fake.handler = async () => {
      await held.passed;
      return json(page([old], null, 1));
    };
    const reloading = store.reload();
    const asked = question({ title: "Do they run small?" });
    store.prependQuestion(asked);
    held.open();
    await reloading;
    assert.deepEqual(
      store.$state.get().items.map((i) => i.id),
      [asked.id, old.id],
    );
    assert.equal(store.$state.get().total, 2);
    // Later pages and loads go by the server alone.
    fake.handler = () => json(page([asked, old], null, 2));
    await store.reload();
    assert.equal(store.$state.get().items.length, 2);
    assert.equal(store.$state.get().total, 2);
    store.release();
  });

  it("patches one question in place without a request", async () => {
    const q = question();
    fake.handler = () => json(page([q]));
    const store = acquireQuestions(config, "trail-runner-2");
    await store.load();
    requests.length = 0;
    store.patchQuestion(q.id, { answerCount: 1, hasOfficialAnswer: true });
    assert.equal(requests.length, 0);
    assert.equal(store.$state.get().items[0]!.answerCount, 1);
    assert.equal(store.$state.get().items[0]!.hasOfficialAnswer, true);
    store.release();
  });

  it("refreshes one question's counters and accepted answer from its detail", async () => {
    const q = question();
    const accepted = answer(q.id);
    fake.handler = (req) =>
      new URL(req.url).pathname.endsWith(`/questions/${q.id}`)
        ? json({ ...q, answerCount: 2, acceptedAnswer: accepted, answers: [accepted], answersNext: null })
        : json(page([q]));
    const store = acquireQuestions(config, "trail-runner-2");
    await store.load();
    await store.refreshQuestion(q.id);
    const item = store.$state.get().items[0]!;
    assert.equal(item.answerCount, 2);
    assert.equal(item.acceptedAnswer?.id, accepted.id);
    assert.equal(item.title, q.title);
    store.release();
  });

  it("leaves the list as it is when a refresh fails", async () => {
    const warn = mock.method(console, "warn", () => {});
    const q = question({ answerCount: 1 });
    fake.handler = (req) => (new URL(req.url).pathname.endsWith(q.id) ? problem(404) : json(page([q])));
    const store = acquireQuestions(config, "trail-runner-2");
    await store.load();
    await store.refreshQuestion(q.id);
    assert.equal(store.$state.get().items[0]!.answerCount, 1);
    assert.equal(store.$state.get().status, "ready");
    warn.mock.restore();
    store.release();
  });

  it("is one store per subject, freed when its last user releases it", async () => {
    fake.handler = () => json(page([question()]));
    const a = acquireQuestions(config, "trail-runner-2");
    const b = acquireQuestions(config, "trail-runner-2");
    await a.load();
    assert.equal(b.$state.get().status, "ready");
    a.release();
    const c = acquireQuestions(config, "trail-runner-2");
    assert.equal(c.$state.get().status, "ready");
    b.release();
    c.release();
    const d = acquireQuestions(config, "trail-runner-2");
    assert.equal(d.$state.get().status, "idle");
    d.release();
  });

  it("reloads the reader's view when the person signs in", async () => {
    fake.handler = () => json(page([question()]));
    const store = acquireQuestions(config, "trail-runner-2");
    await store.load();
    requests.length = 0;
    setSession(config.site, session());
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(requests.length, 1);
    assert.equal(requests[0]!.headers.get("authorization"), "Bearer tok");
    store.release();
  });
});

describe("question and answer drafts", () => {
  it("keep each field in localStorage per site and subject (or question)", () => {
    questionDraft(config.site, "trail-runner-2").set("title", "Waterproof?");
    questionDraft(config.site, "trail-runner-2").set("details", "Puddles");
    answerDraft(config.site, "q-1").set("body", "Yes");
    assert.deepEqual(JSON.parse(memory.get(questionDraftKey(config.site, "trail-runner-2"))!), {
      title: "Waterproof?",
      details: "Puddles",
    });
    assert.deepEqual(JSON.parse(memory.get(answerDraftKey(config.site, "q-1"))!), { body: "Yes" });
    assert.equal(questionDraft(config.site, "wool-beanie").$draft.get().title, "");
  });

  it("asks for sign-in without sending when signed out, and keeps the draft", async () => {
    questionDraft(config.site, "trail-runner-2").set("title", "Waterproof?");
    const out = await submitQuestion(config, "trail-runner-2");
    assert.equal(out.kind, "login-required");
    assert.equal(requests.length, 0);
    assert.equal(questionDraft(config.site, "trail-runner-2").$draft.get().title, "Waterproof?");
  });

  it("posts the trimmed question with its Idempotency-Key and clears the draft once accepted", async () => {
    setSession(config.site, session());
    const draft = questionDraft(config.site, "trail-runner-2");
    draft.set("title", "  Waterproof?  ");
    draft.set("details", " Puddles ");
    const asked = question({ title: "Waterproof?", status: "pending" });
    fake.handler = () => json(asked, 201);
    const out = await submitQuestion(config, "trail-runner-2");
    assert.equal(out.kind, "ok");
    assert.equal(out.kind === "ok" && out.question.status, "pending");
    const req = requests[0]!;
    assert.equal(req.method, "POST");
    assert.equal(new URL(req.url).pathname, `/v1/sites/${config.site}/subjects/trail-runner-2/questions`);
    assert.equal(req.headers.get("authorization"), "Bearer tok");
    assert.ok(req.headers.get("idempotency-key"));
    assert.deepEqual(await req.json(), { title: "Waterproof?", details: "Puddles" });
    assert.equal(draft.$draft.get().title, "");
    assert.equal(memory.has(questionDraftKey(config.site, "trail-runner-2")), false);
  });

  it("keeps the draft and its Idempotency-Key through a failure, so the retry is stored once", async () => {
    setSession(config.site, session());
    questionDraft(config.site, "trail-runner-2").set("title", "Waterproof?");
    fake.handler = () => problem(503);
    const failed = await submitQuestion(config, "trail-runner-2");
    assert.equal(failed.kind, "failed");
    assert.equal(questionDraft(config.site, "trail-runner-2").$draft.get().title, "Waterproof?");
    fake.handler = () => json(question(), 201);
    assert.equal((await submitQuestion(config, "trail-runner-2")).kind, "ok");
    assert.equal(requests[0]!.headers.get("idempotency-key"), requests[1]!.headers.get("idempotency-key"));
  });

  it("gives the fields' messages of a rejected question and keeps the draft", async () => {
    setSession(config.site, session());
    questionDraft(config.site, "trail-runner-2").set("title", "x");
    fake.handler = () => problem(400, [{ path: "body.title", message: "must be at most 200 characters" }]);
    const out = await submitQuestion(config, "trail-runner-2");
    assert.equal(out.kind, "invalid");
    assert.deepEqual(out.kind === "invalid" && out.fields, { title: "must be at most 200 characters" });
    assert.equal(questionDraft(config.site, "trail-runner-2").$draft.get().title, "x");
  });

  it("signs out on an expired session and keeps the draft for after sign-in", async () => {
    setSession(config.site, session());
    questionDraft(config.site, "trail-runner-2").set("title", "Waterproof?");
    fake.handler = () => problem(401);
    const out = await submitQuestion(config, "trail-runner-2");
    assert.equal(out.kind, "login-required");
    assert.equal(getToken(config.site), null);
    assert.equal(questionDraft(config.site, "trail-runner-2").$draft.get().title, "Waterproof?");
  });
});
