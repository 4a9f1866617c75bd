import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { SurveyStep } from "@corner/contracts";
import { npsSurvey, tourSurvey } from "@corner/test-utils/msw";
import {
  after,
  answerOf,
  answersUpTo,
  backward,
  blocked,
  completes,
  currentStep,
  forward,
  OTHER,
  type Progress,
  progress,
  rangeOf,
  safeUrl,
} from "./flow.ts";

const start = (p: Partial<Progress> = {}): Progress => ({ step: "", path: [], picks: {}, other: {}, ...p });
const tour = tourSurvey();
const step = (id: string) => tour.steps.find((s) => s.id === id)!;

describe("survey flow", () => {
  it("knows the range of each scale", () => {
    assert.deepEqual(
      tour.steps.map((s) => rangeOf(s)),
      [[1, 5], [1, 7], [1, 5], null, null, null, null],
    );
    assert.deepEqual(rangeOf(npsSurvey().steps[0]!), [0, 10]);
  });

  it("makes the API's answer from a pick, or none while the step is not answered", () => {
    assert.equal(answerOf(step("ces"), 6), 6);
    assert.equal(answerOf(step("ces"), undefined), undefined);
    assert.equal(answerOf(step("found"), "friend"), "friend");
    assert.equal(answerOf(step("found"), "nope"), undefined, "a choice the step does not have");
    assert.deepEqual(answerOf(step("found"), OTHER, "  a podcast "), { other: "a podcast" });
    assert.equal(answerOf(step("found"), OTHER, "   "), undefined, "Other without its text");
    assert.deepEqual(answerOf(step("bought"), ["socks", OTHER, "hats"], "Gloves"), [
      "socks",
      { other: "Gloves" },
    ]);
    assert.equal(answerOf(step("bought"), []), undefined);
    assert.equal(answerOf(step("else"), "  Great shop  "), "Great shop");
    assert.equal(answerOf(step("else"), "x".repeat(2001)), undefined, "over the limit");
    assert.equal(
      answerOf(step("else"), "🙂".repeat(2000)),
      "🙂".repeat(2000),
      "characters, not UTF-16 units",
    );
    assert.equal(answerOf(step("bye"), "x"), undefined);
  });

  it("holds back a required step until answered, and an optional one begun but not complete", () => {
    const text = step("else");
    assert.equal(blocked(step("ces"), start()), true, "required, nothing picked");
    assert.equal(blocked(step("ces"), start({ picks: { ces: 3 } })), false);
    assert.equal(blocked(text, start()), false, "optional and untouched: it may be skipped");
    assert.equal(blocked(text, start({ picks: { else: "   " } })), false, "blanks are nothing");
    assert.equal(
      blocked(text, start({ picks: { else: "x".repeat(2001) } })),
      true,
      "too long is not skipped",
    );
    assert.equal(blocked(step("found"), start({ picks: { found: OTHER } })), true, "Other without its text");
  });

  it("follows skip logic: a detractor to the fix question, a promoter past it, and both end at the thanks", () => {
    const nps = npsSurvey();
    const score = nps.steps[0]!;
    const detractor = start({ picks: { score: 3 } });
    const promoter = start({ picks: { score: 10 } });
    assert.equal(after(nps, detractor, score), "fix");
    assert.equal(after(nps, promoter, score), "love");
    assert.equal(after(nps, start({ picks: { score: 8 } }), score), "fix");
    const fix = nps.steps[1]!;
    assert.equal(after(nps, detractor, fix), "thanks");
    assert.equal(completes(nps, detractor, fix), true);
    assert.equal(completes(nps, detractor, score), false);
    const last = { type: "text", id: "end", question: "?", required: false, skip: [] } as SurveyStep;
    const plain = { ...nps, steps: [last] };
    assert.equal(completes(plain, start(), last), true, "the end of the steps completes too");
  });

  it("sends the answers of the path taken, not those left on another branch or skipped", () => {
    const nps = npsSurvey();
    // Answered "fix", went back twice, picked 10: "fix" is off the path now.
    const p = start({ step: "love", path: ["score"], picks: { score: 10, fix: "Faster", love: "Socks" } });
    assert.deepEqual(answersUpTo(nps, p, nps.steps[2]!), [
      { stepId: "score", value: 10 },
      { stepId: "love", value: "Socks" },
    ]);
    const skipped = start({ step: "ces", path: ["csat"], picks: { csat: 4 } });
    assert.deepEqual(answersUpTo(tour, skipped, step("ces")), [{ stepId: "csat", value: 4 }]);
  });

  it("counts questions on the way the answers lead", () => {
    const nps = npsSurvey();
    assert.deepEqual(progress(nps, start()), { index: 1, total: 2 });
    assert.deepEqual(progress(nps, start({ picks: { score: 10 } })), { index: 1, total: 2 });
    assert.deepEqual(progress(nps, start({ step: "fix", path: ["score"], picks: { score: 2 } })), {
      index: 2,
      total: 2,
    });
    assert.deepEqual(progress(tour, start()), { index: 1, total: 6 });
    assert.deepEqual(
      progress(tour, start({ step: "else", path: ["csat", "ces", "rating", "found", "bought"] })),
      {
        index: 6,
        total: 6,
      },
    );
  });

  it("moves forward and back through the path, the first step when the draft names none", () => {
    const p = start({ picks: { csat: 5 } });
    assert.equal(currentStep(tour, p).id, "csat");
    assert.equal(currentStep(tour, start({ step: "gone" })).id, "csat");
    const on = { ...p, ...forward(p, "csat", "ces") };
    assert.deepEqual([on.path, on.step], [["csat"], "ces"]);
    const back = { ...on, ...backward(on) };
    assert.deepEqual([back.path, back.step, back.picks.csat], [[], "csat", 5]);
  });

  it("links only http and https URLs", () => {
    assert.equal(safeUrl("https://example.com/a?b"), "https://example.com/a?b");
    assert.equal(safeUrl("http://example.com"), "http://example.com/");
    assert.equal(safeUrl("javascript:alert(1)"), null);
    assert.equal(safeUrl("data:text/html,x"), null);
    assert.equal(safeUrl("/feedback", "https://shop.example/products/a"), "https://shop.example/feedback");
    assert.equal(safeUrl("/relative", undefined), null, "a path needs a page to resolve against");
    assert.equal(safeUrl(undefined), null);
  });
});
