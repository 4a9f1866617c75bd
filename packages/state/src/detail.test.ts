import assert from "node:assert/strict";
import { beforeEach, describe, it, mock } from "node:test";
import { CornerError, NotFoundError } from "@corner/client";
import type { FollowResult } from "@corner/contracts";
import { createDetailCore, type DetailPage, type DetailStatus } from "./detail.ts";
import { setSession } from "./session.ts";
import { gate, session } from "./test-support.ts";

// The core the idea and question stores share, on a source of plain functions (the stores' tests keep what
// is their own: their endpoints, sorts, votes, drafts and registries).

interface Thing {
  title: string;
  following?: boolean;
}
interface Item {
  id: string;
}
type State = DetailStatus & { thing: Thing | null; items: Item[] };

const problem = { status: 0, type: "about:blank", title: "Problem", detail: "Nope" };
const items = (...ids: string[]) => ids.map((id) => ({ id }));
const idsOf = (s: State) => s.items.map((i) => i.id).join(",");

let n = 0;
let config = { api: "https://api.test", site: "c0" };
beforeEach(() => {
  config = { api: "https://api.test", site: `c${++n}` };
});

/** A core whose thing and pages come from `first` and `page` (a page after "p2" by default). */
function core(
  first: (signal: AbortSignal) => Promise<{ main: Thing } & DetailPage<Item>>,
  page: (cursor: string) => Promise<DetailPage<Item>> = async () => ({ items: items("a", "b"), next: null }),
) {
  const evict = mock.fn();
  const c = createDetailCore<State, Thing, Item>(
    config,
    "t1",
    evict,
    { status: "idle", next: null, more: "idle", error: null, thing: null, items: [] },
    {
      noun: "thing",
      items: "items",
      mainKey: "thing",
      listKey: "items",
      first: (_, signal) => first(signal),
      page: (_, cursor) => page(cursor),
      merge: (list, posted) => [...list.filter((i) => i.id !== posted.id), posted],
    },
  );
  return { core: c, evict };
}

const ready = (title = "T", ids = ["a"], next: string | null = "p2") =>
  Promise.resolve({ main: { title }, items: items(...ids), next });

describe("detail core", () => {
  it("loads the thing with its first items, then appends the next page without repeats", async () => {
    const { core: c, evict } = core(() => ready());
    const loading = c.load();
    assert.equal(c.$state.get().status, "loading");
    await loading;
    assert.equal(c.$state.get().status, "ready");
    assert.equal(c.$state.get().thing?.title, "T");
    assert.equal(c.$state.get().next, "p2");
    await c.loadMore();
    assert.equal(idsOf(c.$state.get()), "a,b");
    assert.equal(c.$state.get().next, null);
    c.release();
    assert.equal(evict.mock.callCount(), 1, "release leaves the registry");
  });

  it("says missing for a 404, and error with one warning for another failure", async () => {
    let fail: CornerError = new NotFoundError({ ...problem, status: 404 });
    const { core: c } = core(() => Promise.reject(fail));
    await c.load();
    assert.equal(c.$state.get().status, "missing");

    const warn = mock.method(console, "warn", () => {});
    fail = new CornerError({ ...problem, status: 403 });
    await c.load();
    assert.equal(c.$state.get().status, "error");
    assert.equal(c.$state.get().error, fail);
    assert.equal(warn.mock.callCount(), 1);
    assert.match(
      String(warn.mock.calls[0]!.arguments[0]),
      /^\[corner\] could not load the details of thing t1/,
    );
    warn.mock.restore();
    c.release();
  });

  it("cancels a load that another replaces, and ignores its late answer", async () => {
    const held = gate();
    const signals: AbortSignal[] = [];
    let title = "Old";
    const { core: c } = core(async (signal) => {
      signals.push(signal);
      const t = title;
      if (t === "Old") await held.passed;
      return ready(t);
    });
    const stale = c.load();
    title = "New";
    await c.load();
    assert.equal(signals[0]!.aborted, true);
    held.open();
    await stale;
    assert.equal(c.$state.get().thing?.title, "New");
    c.release();
  });

  it("keeps an item posted while a load is under way, and shows a failed next page apart", async () => {
    const held = gate();
    const { core: c } = core(
      async () => {
        await held.passed;
        return ready("T", ["a"]);
      },
      () => Promise.reject(new CornerError({ ...problem, status: 500 })),
    );
    const loading = c.load();
    c.add({ id: "mine" });
    held.open();
    await loading;
    assert.equal(idsOf(c.$state.get()), "a,mine", "the answer predates the posted item");

    const warn = mock.method(console, "warn", () => {});
    await c.loadMore();
    assert.equal(c.$state.get().more, "error");
    assert.equal(idsOf(c.$state.get()), "a,mine");
    assert.match(String(warn.mock.calls[0]!.arguments[0]), /could not load more items of thing t1/);
    warn.mock.restore();
    c.release();
  });

  it("follows at once, settles to the server's answer, and rolls back when it fails", async () => {
    setSession(config.site, session());
    const { core: c } = core(() => ready());
    await c.load();
    const held = gate();
    const pending = c.toggleFollow(async (on): Promise<FollowResult> => {
      await held.passed;
      return { following: on };
    });
    assert.equal(c.$state.get().thing?.following, true, "at once");
    const second = await c.toggleFollow(async () => ({ following: false }));
    assert.deepEqual(second, { kind: "ok", value: { following: true } }, "one toggle at a time");
    held.open();
    assert.deepEqual(await pending, { kind: "ok", value: { following: true } });

    const failed = await c.toggleFollow(() => Promise.reject(new CornerError({ ...problem, status: 503 })));
    assert.equal(failed.kind, "failed");
    assert.equal(c.$state.get().thing?.following, true, "rolled back");
    c.release();
  });

  it("asks for sign-in instead of following when signed out, and fails before anything is loaded", async () => {
    const { core: c } = core(() => ready());
    assert.equal((await c.toggleFollow(async () => ({ following: true }))).kind, "failed");
    await c.load();
    assert.equal((await c.toggleFollow(async () => ({ following: true }))).kind, "login-required");
    assert.notEqual(c.$state.get().thing?.following, true, "not followed");
    c.release();
  });

  it("loads again when the reader signs in, and not once released", async () => {
    let title = "Signed out";
    const first = mock.fn(() => ready(title));
    const { core: c } = core(first);
    await c.load();
    title = "Signed in";
    const reloaded = new Promise<void>((resolve) => {
      const stop = c.$state.listen((s) => {
        if (s.status === "ready") resolve(stop());
      });
    });
    setSession(config.site, session());
    await reloaded;
    assert.equal(c.$state.get().thing?.title, "Signed in");
    c.release();
    setSession(config.site, null);
    assert.equal(first.mock.callCount(), 2);
  });
});
