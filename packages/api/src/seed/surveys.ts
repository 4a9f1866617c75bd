import type { SurveyAnswerValue, SurveyDefinition, SurveyDefinitionInput } from "@corner/contracts";
import { SurveyDefinition as SurveySchema } from "@corner/contracts";
import * as v from "valibot";
import type { Storage } from "../storage/index.ts";

/** Asked on product pages after 4 s: three branches by score, each ending in the same thanks. */
export const PRODUCT_NPS: SurveyDefinitionInput = {
  id: "product-nps",
  name: "Product page NPS",
  status: "active",
  display: "slide-in",
  trigger: { type: "delay", ms: 4000 },
  targeting: { urls: { include: ["/products/**"] }, sampling: 100 },
  steps: [
    {
      type: "nps",
      id: "score",
      question: "How likely are you to recommend Corner Outfitters to a friend?",
      required: true,
      skip: [{ when: { lte: 6 }, goto: "fix" }, { when: { gte: 9 }, goto: "love" }, { goto: "improve" }],
    },
    {
      type: "text",
      id: "fix",
      question: "Sorry to hear that. What should we fix first?",
      placeholder: "Sizes, delivery, the website…",
      skip: [{ goto: "thanks" }],
    },
    {
      type: "single",
      id: "love",
      question: "Glad you like us! What do you like most?",
      choices: [
        { id: "quality", label: "Product quality" },
        { id: "prices", label: "Prices" },
        { id: "delivery", label: "Fast delivery" },
        { id: "service", label: "Friendly service" },
      ],
      other: true,
      skip: [{ goto: "thanks" }],
    },
    {
      type: "text",
      id: "improve",
      question: "What would make us a 10?",
      placeholder: "One thing we could do better",
    },
    {
      type: "thanks",
      id: "thanks",
      question: "Thank you! Every answer is read by our team.",
      link: { url: "/feedback", label: "Suggest an idea" },
    },
  ],
};

/** Asked once an order is placed (the shop calls `Corner.track("checkout_done")`). */
export const CHECKOUT_CSAT: SurveyDefinitionInput = {
  id: "checkout-csat",
  name: "Checkout satisfaction",
  status: "active",
  priority: 10,
  display: "popover",
  trigger: { type: "event", name: "checkout_done" },
  targeting: { urls: { include: ["/checkout/**"] } },
  steps: [
    { type: "csat", id: "checkout", question: "How was checking out today?", style: "faces", required: true },
    {
      type: "ces",
      id: "payment",
      question: "How easy was it to pay?",
    },
    {
      type: "multiple",
      id: "better",
      question: "What could be better?",
      choices: [
        { id: "shipping", label: "Shipping options" },
        { id: "payment", label: "Payment methods" },
        { id: "estimate", label: "Delivery estimate" },
        { id: "account", label: "Checking out without an account" },
      ],
      other: true,
    },
    { type: "thanks", id: "thanks", question: "Thanks, and enjoy your order!" },
  ],
};

/** Placed inline on the feedback page by `<corner-survey survey="site-feedback">`; never triggered. */
export const SITE_FEEDBACK: SurveyDefinitionInput = {
  id: "site-feedback",
  name: "Was this page useful?",
  status: "active",
  display: "inline",
  steps: [
    {
      type: "rating",
      id: "useful",
      question: "How useful is this page?",
      max: 5,
      required: true,
      lowLabel: "Not useful",
      highLabel: "Very useful",
    },
    { type: "text", id: "add", question: "Anything we should add?" },
    { type: "thanks", id: "thanks", question: "Thanks, that helps us improve the page." },
  ],
};

const FIX = [
  "Half sizes, please. The 43 is too big and the 42 too small.",
  "Delivery took nine days to Norway.",
  "Returns cost me €8, which felt steep for a wrong size.",
  "The size chart does not say whether it is EU or UK.",
  "The product photos are tiny on my phone.",
  "My order arrived with a broken zip and support took a week to answer.",
];
const IMPROVE = [
  "More colours for the trail runners.",
  "Free returns would make it a 10.",
  "A wide fit. Otherwise perfect.",
  "Tell me when my size is back in stock.",
  "Show real customer photos next to the reviews.",
  "Faster delivery to Austria.",
  "The Q&A answered my question, so it's a 9 next time!",
];
const LOVE_OTHER = [
  "The honest reviews",
  "Repair service for my jacket",
  "The Q&A: real answers from owners",
];
const BETTER_OTHER = ["Apple Pay, please", "Let me pick a delivery day", "A gift note field"];

const DAY = 86_400_000;
const WEEKS = 12;

/** A small seeded generator (mulberry32): the same demo data on every machine. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

type Answers = { stepId: string; value: SurveyAnswerValue }[];

/**
 * The scores of week `w` (0 = twelve weeks ago) for `n` responses: exact shares of promoters and
 * detractors that improve week by week (NPS from about −8 to +55), in shuffled order.
 */
function weekScores(rnd: () => number, w: number, n: number): number[] {
  const promoters = Math.round(n * (0.28 + 0.035 * w));
  const detractors = Math.round(n * (0.36 - 0.022 * w));
  const scores = Array.from({ length: n }, (_, i) =>
    i < promoters
      ? pick(rnd, [9, 10, 10])
      : i < promoters + detractors
        ? pick(rnd, [2, 3, 4, 5, 5, 6, 6])
        : pick(rnd, [7, 8]),
  );
  for (let i = scores.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [scores[i], scores[j]] = [scores[j]!, scores[i]!];
  }
  return scores;
}

/** One product-page response: most people give the score only; a few write a line (each text once). */
function npsResponse(
  rnd: () => number,
  score: number,
  texts: { fix: string[]; improve: string[]; love: string[] },
) {
  const answers: Answers = [{ stepId: "score", value: score }];
  if (score <= 6 && texts.fix.length > 0 && rnd() < 0.25)
    answers.push({ stepId: "fix", value: texts.fix.shift()! });
  if (score >= 7 && score <= 8 && texts.improve.length > 0 && rnd() < 0.3) {
    answers.push({ stepId: "improve", value: texts.improve.shift()! });
  }
  if (score >= 9 && rnd() < 0.6) {
    const other = texts.love.length > 0 && rnd() < 0.08;
    answers.push({
      stepId: "love",
      value: other
        ? { other: texts.love.shift()! }
        : pick(rnd, ["quality", "quality", "prices", "delivery", "service"]),
    });
  }
  return answers;
}

function csatResponse(rnd: () => number, better: string[]): Answers {
  const answers: Answers = [{ stepId: "checkout", value: pick(rnd, [2, 3, 4, 4, 4, 5, 5, 5, 5]) }];
  if (rnd() < 0.85) answers.push({ stepId: "payment", value: pick(rnd, [3, 4, 5, 5, 6, 6, 7, 7, 7]) });
  if (rnd() < 0.5) {
    const ids: (string | { other: string })[] = [pick(rnd, ["shipping", "payment", "estimate", "account"])];
    if (rnd() < 0.35)
      ids.push(
        pick(
          rnd,
          ["estimate", "account"].filter((id) => id !== ids[0]),
        ),
      );
    if (better.length > 0 && rnd() < 0.15) ids.push({ other: better.shift()! });
    answers.push({ stepId: "better", value: ids });
  }
  return answers;
}

/**
 * The demo surveys, with responses spread over the last twelve weeks (the NPS improving week by week)
 * written through the same storage code as the API's, and consistent shown/dismissed counters. Runs once
 * per database, in one transaction.
 */
export async function seedDemoSurveys(storage: Storage, siteId: string): Promise<{ seeded: boolean }> {
  return storage.transaction(async (tx) => {
    const first = await tx.driver.query(
      "INSERT INTO settings (key, value) VALUES ('seed:demo:surveys', $1) ON CONFLICT (key) DO NOTHING RETURNING key",
      [new Date().toISOString()],
    );
    if (first.length === 0) return { seeded: false };
    const now = Date.now();
    const defs = [PRODUCT_NPS, CHECKOUT_CSAT, SITE_FEEDBACK].map((d) => v.parse(SurveySchema, d));
    const [nps, csat] = defs as [SurveyDefinition, SurveyDefinition, SurveyDefinition];
    // The twelve whole UTC weeks (Monday to Sunday) before this one, so every week of the chart is full.
    const monday = Math.floor((now - 4 * DAY) / (7 * DAY)) * 7 * DAY + 4 * DAY;
    for (const def of defs) {
      await tx.surveys.create(siteId, def, new Date(monday - WEEKS * 7 * DAY - DAY).toISOString());
    }

    const rnd = random(20240601);
    const write = async (def: SurveyDefinition, answers: Answers, complete: boolean, at: number) => {
      const out = await tx.surveyResponses.write({
        siteId,
        definition: def,
        answers,
        complete,
        context: {
          url:
            def === nps
              ? `/products/${pick(rnd, ["trail-runner-2", "rain-shell", "headlamp-400"])}`
              : "/checkout/done",
          language: pick(rnd, ["en", "en", "en-GB", "de", "fr"]),
          device: rnd() < 0.45 ? "mobile" : "desktop",
        },
        at: new Date(at).toISOString(),
      });
      if (!out.ok) throw new Error(`seeding ${def.id}: ${out.reason}`);
    };
    const when = (w: number) => monday - (WEEKS - w) * 7 * DAY + Math.floor(rnd() * 7 * DAY);

    const texts = { fix: [...FIX], improve: [...IMPROVE], love: [...LOVE_OTHER] };
    const better = [...BETTER_OTHER];
    const moments: { def: SurveyDefinition; at: number; answers: Answers }[] = [];
    for (let w = 0; w < WEEKS; w++) {
      for (const score of weekScores(rnd, w, 13 + w)) {
        moments.push({ def: nps, at: when(w), answers: npsResponse(rnd, score, texts) });
      }
      for (let i = 0; i < 3 + (w % 3); i++) {
        moments.push({ def: csat, at: when(w), answers: csatResponse(rnd, better) });
      }
    }
    // In time order, so the latest free text is the latest written.
    moments.sort((a, b) => a.at - b.at);
    for (const m of moments) {
      // About one in ten closed the tab after the first question.
      const partial = rnd() < 0.1;
      await write(m.def, partial ? m.answers.slice(0, 1) : m.answers, !partial, m.at);
    }

    // Shown at least as often as answered; many more dismissed than answered, as in real life.
    for (const def of [nps, csat]) {
      await tx.driver.query(
        `UPDATE survey_stats SET shown = responses * 3 + 17, dismissed = responses + responses / 2
         WHERE site_id = $1 AND survey_id = $2`,
        [siteId, def.id],
      );
    }
    return { seeded: true };
  });
}
