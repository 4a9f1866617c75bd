import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nextStep } from "./next-step.ts";
import { survey } from "./test-support.ts";

const nps = survey("nps", {
  steps: [
    {
      id: "score",
      type: "nps",
      question: "How likely are you to recommend us?",
      skip: [
        { when: { lte: 6 }, goto: "fix" },
        { when: { gte: 9 }, goto: "love" },
      ],
    },
    { id: "passive", type: "text", question: "What would make it a 10?", skip: [{ goto: "thanks" }] },
    { id: "fix", type: "text", question: "What should we fix?", skip: [{ goto: "thanks" }] },
    { id: "love", type: "text", question: "What do you love?" },
    { id: "thanks", type: "thanks", question: "Thank you!" },
  ],
});

describe("skip logic", () => {
  it("sends detractors, passives and promoters to their own question", () => {
    assert.equal(nextStep(nps, "score", 0), "fix");
    assert.equal(nextStep(nps, "score", 6), "fix");
    assert.equal(nextStep(nps, "score", 7), "passive");
    assert.equal(nextStep(nps, "score", 8), "passive");
    assert.equal(nextStep(nps, "score", 9), "love");
    assert.equal(nextStep(nps, "score", 10), "love");
  });

  it("follows an unconditional rule, else the next step, and ends after the last", () => {
    assert.equal(nextStep(nps, "fix", "Shipping"), "thanks");
    assert.equal(nextStep(nps, "love", "Colours"), "thanks");
    assert.equal(nextStep(nps, "thanks", undefined), null);
    assert.equal(nextStep(nps, "missing", 3), null);
  });

  it("ends at a thank-you step even when other steps follow it", () => {
    const branches = survey("branches", {
      steps: [
        { id: "score", type: "nps", question: "?", skip: [{ when: { gte: 9 }, goto: "love" }] },
        { id: "sorry", type: "thanks", question: "Sorry to hear that" },
        { id: "love", type: "text", question: "What do you love?" },
        { id: "thanks", type: "thanks", question: "Thank you!" },
      ],
    });
    assert.equal(nextStep(branches, "score", 3), "sorry");
    assert.equal(nextStep(branches, "sorry", undefined), null);
    assert.equal(nextStep(branches, "score", 10), "love");
    assert.equal(nextStep(branches, "love", "All of it"), "thanks");
  });

  it("takes a skipped scale past its conditional rules", () => {
    assert.equal(nextStep(nps, "score", undefined), "passive");
  });

  it("routes choices by the picked ids, including other", () => {
    const choices = survey("why", {
      steps: [
        {
          id: "why",
          type: "multiple",
          question: "Why did you leave?",
          choices: [
            { id: "price", label: "Price" },
            { id: "bugs", label: "Bugs" },
          ],
          other: true,
          skip: [
            { when: { in: ["bugs"] }, goto: "which" },
            { when: { in: ["other"] }, goto: "tell" },
          ],
        },
        { id: "price", type: "rating", question: "How fair is the price?", max: 5 },
        { id: "which", type: "text", question: "Which bug?" },
        {
          id: "tell",
          type: "text",
          question: "Tell us more",
          skip: [{ when: { answered: false }, goto: "end" }],
        },
        { id: "more", type: "text", question: "Anything else?" },
        { id: "end", type: "thanks", question: "Thanks" },
      ],
    });
    assert.equal(nextStep(choices, "why", ["price", "bugs"]), "which");
    assert.equal(nextStep(choices, "why", [{ other: "Moved" }]), "tell");
    assert.equal(nextStep(choices, "why", ["price"]), "price");
    assert.equal(nextStep(choices, "tell", "  "), "end");
    assert.equal(nextStep(choices, "tell", undefined), "end");
    assert.equal(nextStep(choices, "tell", "It was slow"), "more");
  });
});
