import assert from "node:assert/strict";
import { beforeEach, describe, it, mock } from "node:test";
import { AuthError, NetworkError } from "@corner/client";
import { createListStore, type ListPage } from "./list.ts";
import { getToken, setSession } from "./session.ts";
import { session } from "./test-support.ts";
import { toggleItem } from "./toggle.ts";

// The generic core on its own, with a page function instead of HTTP: what the reviews and ideas stores
// (and their tests, which go through HTTP) are built on.

interface Item {
  id: string;
  count: number;
  mine?: boolean;
}
type Query = { sort: string };
type Extra = { total: number | null };
type Fetch = (s: Query, cursor: string | null, signal: AbortSignal) => Promise<ListPage<Item, Extra>>;

const item = (id: string, count = 1, mine = false): Item => ({ id, count, mine });
const page = (items: Item[], next: string | null = null): ListPage<Item, Extra> => ({
  items,
  next,
  total: items.length,
});

let n = 0;
let config = { api: "https://api.test", site: "l0" };
beforeEach(() => {
  // A fresh site per test keeps the session caches apart.
  config = { api: "https://api.test", site: `l${++n}` };
});

function listOf(fetchPage: Fetch, evict = () => {}) {
  return createListStore<Item, Query, Extra>(
    config,
    "thing",
    "shelf",
    evict,
    { sort: "new", total: null },
    fetchPage,
  );
}

describe("list store", () => {
  it("leaves out items an earlier page already had and copies the page's extras", async () => {
    const list = listOf(async (_s, cursor) =>
      cursor ? { ...page([item("b"), item("c")]), total: 9 } : page([item("a"), item("b")], "p2"),
    );
    await list.load();
    assert.equal(list.$state.get().total, 2);
    await list.loadMore();
    const s = list.$state.get();
    assert.deepEqual(
      s.items.map((i) => i.id),
      ["a", "b", "c"],
    );
    assert.equal(s.total, 9);
    assert.equal(s.next, null);
    list.release();
  });

  it("asks for the page of the query it was given and keeps that query for reloads", async () => {
    const asked: string[] = [];
    const list = listOf(async (s) => {
      asked.push(s.sort);
      return page([]);
    });
    await list.load({ sort: "top" });
    await list.reload();
    assert.deepEqual(asked, ["top", "top"]);
    assert.equal(list.$state.get().sort, "top");
    list.release();
  });

  it("keeps the items when 'load more' fails, says so once, and loads them on the next try", async () => {
    const warn = mock.method(console, "warn", () => {});
    let fail = true;
    const list = listOf(async (_s, cursor) => {
      if (!cursor) return page([item("a")], "p2");
      if (fail) throw new NetworkError("offline");
      return page([item("b")]);
    });
    await list.load();
    await list.loadMore();
    assert.equal(list.$state.get().more, "error");
    assert.equal(list.$state.get().status, "ready");
    assert.equal(list.$state.get().items.length, 1);
    assert.equal(warn.mock.callCount(), 1);
    assert.equal(
      warn.mock.calls[0]!.arguments[0],
      "[corner] could not load things for shelf from https://api.test: offline",
    );
    warn.mock.restore();
    fail = false;
    await list.loadMore();
    assert.equal(list.$state.get().more, "idle");
    assert.deepEqual(
      list.$state.get().items.map((i) => i.id),
      ["a", "b"],
    );
    list.release();
  });

  it("loads once on ensure and not again while loaded", async () => {
    let calls = 0;
    const list = listOf(async () => {
      calls++;
      return page([item("a")]);
    });
    await list.ensure();
    await list.ensure();
    assert.equal(calls, 1);
    list.release();
  });

  it("reloads when the person signs in or out, but only once something was loaded", async () => {
    let calls = 0;
    const list = listOf(async () => {
      calls++;
      return page([item("a")]);
    });
    setSession(config.site, session());
    assert.equal(calls, 0);
    await list.load();
    setSession(config.site, null);
    assert.equal(calls, 2);
    list.release();
    setSession(config.site, session());
    assert.equal(calls, 2);
  });

  it("cancels its request and leaves its registry on release", async () => {
    let signal: AbortSignal | undefined;
    const evict = mock.fn();
    const list = listOf(
      (_s, _c, sig) =>
        new Promise((_resolve, reject) => {
          signal = sig;
          sig.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        }),
      evict,
    );
    const loading = list.load();
    list.release();
    await loading;
    assert.equal(signal?.aborted, true);
    assert.equal(evict.mock.callCount(), 1);
    assert.equal(list.$state.get().status, "loading");
  });

  it("changes one item in place and ignores ids it does not have", async () => {
    const list = listOf(async () => page([item("a", 1), item("b", 2)]));
    await list.load();
    const before = list.$state.get().items;
    list.patchItem("b", { count: 5 });
    list.patchItem("zz", { count: 7 });
    assert.deepEqual(list.$state.get().items, [item("a", 1), item("b", 5)]);
    assert.equal(list.$state.get().items[0], before[0]);
    list.release();
  });
});

describe("optimistic toggle of a list's item (toggleItem)", () => {
  type Answer = { count: number; mine: boolean };
  const toggle = (list: ReturnType<typeof listOf>, id: string, send: (on: boolean) => Promise<Answer>) =>
    toggleItem(list, config, "thing", id, "count", "mine", send);

  it("answers a second toggle of the same item, while the first is under way, with the item as it is", async () => {
    setSession(config.site, session());
    const list = listOf(async () => page([item("a", 3)]));
    await list.load();
    let answer!: (r: Answer) => void;
    const send = mock.fn(() => new Promise<Answer>((r) => (answer = r)));
    const first = toggle(list, "a", send);
    assert.deepEqual(list.$state.get().items[0], item("a", 4, true));
    assert.deepEqual(await toggle(list, "a", send), {
      kind: "ok",
      id: "a",
      count: 4,
      mine: true,
    });
    assert.equal(send.mock.callCount(), 1);
    answer({ count: 8, mine: true });
    assert.deepEqual(await first, { kind: "ok", id: "a", count: 8, mine: true });
    assert.deepEqual(list.$state.get().items[0], item("a", 8, true));
    list.release();
  });

  it("never counts below zero", async () => {
    setSession(config.site, session());
    const list = listOf(async () => page([item("a", 0, true)]));
    await list.load();
    void toggle(list, "a", () => new Promise<Answer>(() => {}));
    assert.deepEqual(list.$state.get().items[0], item("a", 0, false));
    list.release();
  });

  it("rolls back, signs out and asks for sign-in when the server no longer knows the session", async () => {
    setSession(config.site, session());
    const list = listOf(async () => page([item("a", 3)]));
    await list.load();
    const outcome = await toggle(list, "a", async () => {
      throw new AuthError({ status: 401, type: "about:blank", title: "Unauthorized", detail: "" });
    });
    assert.deepEqual(outcome, { kind: "login-required" });
    assert.deepEqual(list.$state.get().items[0], item("a", 3, false));
    assert.equal(getToken(config.site), null);
    list.release();
  });

  it("fails without a request for an item the list does not have", async () => {
    setSession(config.site, session());
    const list = listOf(async () => page([]));
    await list.load();
    const send = mock.fn(async () => ({ count: 1, mine: true }));
    const outcome = await toggle(list, "zz", send);
    assert.equal(outcome.kind, "failed");
    assert.equal(outcome.kind === "failed" && outcome.error.message, "unknown thing");
    assert.equal(send.mock.callCount(), 0);
    list.release();
  });
});
