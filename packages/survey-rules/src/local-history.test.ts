import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { eligible } from "./eligible.ts";
import {
  fromLocal,
  type LocalSurveyStore,
  localHistoryKey,
  markLocal,
  mergeHistory,
} from "./local-history.ts";
import { DAY, NOW, survey, visitor } from "./test-support.ts";

describe("local survey history", () => {
  it("is kept per site under one first-party key", () => {
    assert.equal(localHistoryKey("demo"), "corner:surveys:demo");
  });

  it("records a shown survey as a prompt, and dismissals and answers per survey", () => {
    let store: LocalSurveyStore = { v: "visitor-1" };
    store = markLocal(store, "nps", "shown", NOW - 2 * DAY);
    store = markLocal(store, "nps", "dismissed", NOW - 2 * DAY + 5);
    store = markLocal(store, "csat", "answered", NOW - DAY);
    assert.deepEqual(store, {
      v: "visitor-1",
      s: { nps: { s: NOW - 2 * DAY, d: NOW - 2 * DAY + 5 }, csat: { a: NOW - DAY } },
      p: NOW - 2 * DAY,
    });
  });

  it("feeds the rule engine: a dismissal and the contact budget hold surveys back", () => {
    const store = markLocal(markLocal({}, "nps", "shown", NOW - DAY), "nps", "dismissed", NOW - DAY);
    const result = eligible([survey("nps"), survey("csat")], visitor(), fromLocal(store), NOW);
    assert.deepEqual(result.held, [
      { id: "nps", reason: "dismissed" },
      { id: "csat", reason: "contact-budget" },
    ]);
  });

  it("merges with the server's history keeping the latest moment of each kind", () => {
    const local = fromLocal({ s: { nps: { s: NOW - 20 * DAY, d: NOW - 20 * DAY } }, p: NOW - 20 * DAY });
    const server = {
      surveys: { nps: { shownAt: new Date(NOW - DAY).toISOString() }, csat: { answeredAt: NOW - 3 * DAY } },
      lastPromptAt: new Date(NOW - DAY).toISOString(),
    };
    assert.deepEqual(mergeHistory(local, server), {
      surveys: {
        nps: { answeredAt: undefined, dismissedAt: NOW - 20 * DAY, shownAt: NOW - DAY },
        csat: { answeredAt: NOW - 3 * DAY, dismissedAt: undefined, shownAt: undefined },
      },
      lastPromptAt: NOW - DAY,
    });
  });
});
