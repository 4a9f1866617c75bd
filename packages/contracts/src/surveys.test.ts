import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as v from "valibot";
import {
  checkAnswer,
  SurveyDefinition,
  type SurveyDefinitionInput,
  SurveyResponseCreate,
} from "./surveys.ts";

const nps = (): SurveyDefinitionInput => ({
  id: "nps-product",
  name: "How likely are you to recommend us?",
  status: "active",
  steps: [
    {
      id: "score",
      type: "nps",
      question: "How likely are you to recommend us to a friend?",
      skip: [
        { when: { lte: 6 }, goto: "fix" },
        { when: { gte: 9 }, goto: "love" },
      ],
    },
    { id: "fix", type: "text", question: "What should we fix?", skip: [{ goto: "thanks" }] },
    { id: "love", type: "text", question: "What do you love?" },
    {
      id: "thanks",
      type: "thanks",
      question: "Thank you!",
      link: { url: "https://shop.example/", label: "Shop" },
    },
  ],
  targeting: {
    urls: { include: ["/products/**"], exclude: ["/products/*/reviews"] },
    device: "desktop",
    languages: ["de"],
    attributes: [
      { key: "plan", equals: "pro" },
      { key: "country", in: ["CH", "AT"] },
    ],
    sampling: 30,
    startsAt: "2026-11-01T00:00:00Z",
    endsAt: "2026-12-01T00:00:00Z",
  },
  trigger: { type: "delay", ms: 5000 },
  frequency: { dismissDays: 14 },
});

/** The dotted paths and messages of every issue, or [] when the input parses. */
const problems = (input: unknown) => {
  const result = v.safeParse(SurveyDefinition, input);
  return result.success ? [] : result.issues.map((i) => [v.getDotPath(i), i.message]);
};
const paths = (input: unknown) => problems(input).map(([path]) => path);

describe("survey definitions", () => {
  it("accepts a multi-step NPS survey with skip logic, targeting, trigger and frequency", () => {
    const survey = v.parse(SurveyDefinition, nps());
    assert.equal(survey.steps.length, 4);
    assert.deepEqual(survey.steps[0]?.type === "nps" && survey.steps[0].skip[0], {
      when: { lte: 6 },
      goto: "fix",
    });
    assert.equal(survey.targeting.sampling, 30);
    assert.deepEqual(survey.trigger, { type: "delay", ms: 5000 });
  });

  it("fills in defaults: draft, any visitor, page view, 30 days after a dismissal", () => {
    const survey = v.parse(SurveyDefinition, {
      id: "csat",
      name: "Checkout",
      steps: [
        { id: "q", type: "csat", question: "How was checkout?" },
        { id: "c", type: "single", question: "Why?", choices: [{ id: "fast", label: "Fast" }], other: true },
        { id: "m", type: "multiple", question: "What else?", choices: [{ id: "a", label: "A" }] },
        { id: "r", type: "rating", question: "Rate us" },
        { id: "e", type: "ces", question: "Effort?" },
      ],
    });
    assert.equal(survey.status, "draft");
    assert.equal(survey.priority, 0);
    assert.deepEqual(survey.targeting, {
      urls: { include: [], exclude: [] },
      device: "any",
      signedIn: "any",
      languages: [],
      attributes: [],
      sampling: 100,
    });
    assert.deepEqual(survey.trigger, { type: "pageview" });
    assert.deepEqual(survey.frequency, { dismissDays: 30 });
    const [csat, , , rating] = survey.steps;
    assert.equal(csat?.type === "csat" && csat.style, "faces");
    assert.equal(rating?.type === "rating" && rating.max, 5);
  });

  it("accepts every trigger type", () => {
    for (const trigger of [
      { type: "pageview" },
      { type: "delay", ms: 0 },
      { type: "scroll", percent: 50 },
      { type: "exit" },
      { type: "click", selector: "#buy" },
      { type: "event", name: "checkout_done" },
    ]) {
      assert.deepEqual(paths({ ...nps(), trigger }), [], JSON.stringify(trigger));
    }
  });

  it("rejects an unknown question type at the step's type", () => {
    const survey = nps();
    survey.steps[1] = { id: "fix", type: "slider", question: "?" } as never;
    assert.deepEqual(problems(survey), [
      ["steps.1.type", "must be nps, csat, ces, rating, single, multiple, text or thanks"],
    ]);
  });

  it("rejects skip logic to a missing step, naming the rule's goto", () => {
    const survey = nps();
    survey.steps[0] = { id: "score", type: "nps", question: "?", skip: [{ when: { lte: 6 }, goto: "fixx" }] };
    assert.deepEqual(problems(survey), [["steps.0.skip.0.goto", "names no step: fixx"]]);
  });

  it("rejects skip logic that goes back to an earlier step (a loop)", () => {
    const survey = nps();
    survey.steps[2] = { id: "love", type: "text", question: "?", skip: [{ goto: "score" }] };
    assert.deepEqual(paths(survey), ["steps.2.skip.0.goto"]);
  });

  it("rejects duplicate step ids at the second one", () => {
    const survey = nps();
    survey.steps[2] = { id: "fix", type: "text", question: "Again?" };
    assert.deepEqual(problems(survey)[0], ["steps.2.id", "duplicates the id of step 1"]);
  });

  it("rejects a condition that does not fit the step's type", () => {
    const survey = nps();
    survey.steps[0] = { id: "score", type: "nps", question: "?", skip: [{ when: { lte: 11 }, goto: "fix" }] };
    assert.deepEqual(problems(survey), [["steps.0.skip.0.when.lte", "must be from 0 to 10 for a nps step"]]);

    survey.steps[0] = {
      id: "score",
      type: "nps",
      question: "?",
      skip: [{ when: { in: ["a"] }, goto: "fix" }],
    };
    assert.deepEqual(paths(survey), ["steps.0.skip.0.when.in"]);

    survey.steps[0] = {
      id: "score",
      type: "single",
      question: "?",
      choices: [{ id: "a", label: "A" }],
      skip: [{ when: { in: ["b"] }, goto: "fix" }],
    };
    assert.deepEqual(problems(survey), [["steps.0.skip.0.when.in", "names no choice of this step: b"]]);

    survey.steps[0] = { id: "score", type: "csat", question: "?", skip: [{ when: { gte: 0 }, goto: "fix" }] };
    assert.deepEqual(paths(survey), ["steps.0.skip.0.when.gte"]);

    survey.steps[0] = { id: "score", type: "ces", question: "?", skip: [{ when: {}, goto: "fix" }] };
    assert.deepEqual(paths(survey), ["steps.0.skip.0.when"]);
  });

  it('accepts `in: ["other"]` only when the step offers other', () => {
    const step = (other: boolean) => ({
      id: "score",
      type: "multiple" as const,
      question: "?",
      choices: [{ id: "a", label: "A" }],
      other,
      skip: [{ when: { in: ["other"] }, goto: "fix" }],
    });
    assert.deepEqual(paths({ ...nps(), steps: [step(true), ...nps().steps.slice(1)] }), []);
    assert.deepEqual(paths({ ...nps(), steps: [step(false), ...nps().steps.slice(1)] }), [
      "steps.0.skip.0.when.in",
    ]);
  });

  it("rejects empty choices", () => {
    const survey = nps();
    survey.steps[1] = { id: "fix", type: "single", question: "?", choices: [] };
    assert.deepEqual(problems(survey), [["steps.1.choices", "must have at least one choice"]]);
  });

  it("rejects endsAt before startsAt", () => {
    const survey = nps();
    survey.targeting = { startsAt: "2026-12-01T00:00:00Z", endsAt: "2026-11-01T00:00:00Z" };
    assert.deepEqual(problems(survey), [["targeting.endsAt", "must be after startsAt"]]);
  });

  it("rejects out-of-range numbers and unsafe links with their paths", () => {
    assert.deepEqual(paths({ ...nps(), targeting: { sampling: 101 } }), ["targeting.sampling"]);
    assert.deepEqual(paths({ ...nps(), trigger: { type: "scroll", percent: 0 } }), ["trigger.percent"]);
    assert.deepEqual(paths({ ...nps(), targeting: { device: "tablet" } }), ["targeting.device"]);
    assert.deepEqual(paths({ ...nps(), targeting: { urls: { include: ["products"] } } }), [
      "targeting.urls.include.0",
    ]);
    const survey = nps();
    survey.steps[3] = {
      id: "thanks",
      type: "thanks",
      question: "Bye",
      link: { url: "javascript:alert(1)", label: "x" },
    };
    assert.deepEqual(paths(survey), ["steps.3.link.url"]);
    for (const url of ["//evil.example/x", "/\\evil.example/x", "data:text/html,x", "feedback"]) {
      survey.steps[3] = { id: "thanks", type: "thanks", question: "Bye", link: { url, label: "x" } };
      assert.deepEqual(paths(survey), ["steps.3.link.url"], url);
    }
    for (const url of ["/feedback?from=survey", "https://shop.example/ideas"]) {
      survey.steps[3] = { id: "thanks", type: "thanks", question: "Bye", link: { url, label: "x" } };
      assert.deepEqual(paths(survey), [], url);
    }
  });
});

describe("survey answers", () => {
  const survey = v.parse(SurveyDefinition, {
    ...nps(),
    steps: [
      ...nps().steps.slice(0, 3),
      { id: "why", type: "single", question: "?", choices: [{ id: "price", label: "Price" }], other: true },
      {
        id: "what",
        type: "multiple",
        question: "?",
        choices: [
          { id: "a", label: "A" },
          { id: "b", label: "B" },
        ],
      },
      { id: "stars", type: "rating", question: "?", max: 10 },
      { id: "thanks", type: "thanks", question: "Thanks" },
    ],
  });

  it("accepts answers that fit their step", () => {
    for (const [stepId, value] of [
      ["score", 0],
      ["score", 10],
      ["fix", "Faster delivery"],
      ["why", "price"],
      ["why", { other: "Colour" }],
      ["what", ["a", "b"]],
      ["stars", 10],
    ] as const) {
      assert.equal(checkAnswer(survey, stepId, value), null, `${stepId} ${JSON.stringify(value)}`);
    }
  });

  it("says what is wrong with an answer that does not fit", () => {
    assert.equal(checkAnswer(survey, "score", 11), "must be a whole number from 0 to 10");
    assert.equal(checkAnswer(survey, "score", 7.5), "must be a whole number from 0 to 10");
    assert.equal(checkAnswer(survey, "score", "9"), "must be a whole number from 0 to 10");
    assert.equal(checkAnswer(survey, "stars", 0), "must be a whole number from 1 to 10");
    assert.equal(checkAnswer(survey, "fix", "   "), "must not be empty");
    assert.equal(checkAnswer(survey, "why", "cheap"), "must be one of the step's choice ids");
    assert.equal(checkAnswer(survey, "why", { other: "" }), "other must not be empty");
    assert.equal(checkAnswer(survey, "what", ["a", "a"]), "must not list a choice twice");
    assert.equal(checkAnswer(survey, "what", [{ other: "x" }]), "this step has no other option");
    assert.equal(checkAnswer(survey, "what", []), "must be a non-empty list of choice ids");
    assert.equal(checkAnswer(survey, "thanks", 1), "a thank-you step takes no answer");
    assert.equal(checkAnswer(survey, "nope", 1), "names no step of this survey: nope");
  });

  it("parses a partial response and rejects one without answers", () => {
    const ok = v.parse(SurveyResponseCreate, { answers: [{ stepId: "score", value: 3 }] });
    assert.deepEqual(ok, { answers: [{ stepId: "score", value: 3 }], complete: false });
    const bad = v.safeParse(SurveyResponseCreate, { answers: [] });
    assert.equal(bad.success, false);
    assert.equal(v.getDotPath(bad.issues![0]), "answers");
  });
});
