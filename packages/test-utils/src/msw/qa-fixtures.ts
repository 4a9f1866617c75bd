import type { Answer, Badge, Question } from "@corner/contracts";
import { fakeId } from "./fixtures.ts";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const person = (name: string, badges: Badge[] = []) => ({ id: fakeId(), name, badges });

/** A question with sensible defaults; override what a test cares about. */
export function makeQuestion(p: Partial<Question> = {}): Question {
  const createdAt = p.createdAt ?? ago(3);
  return {
    id: fakeId(),
    subject: "trail-runner-2",
    title: "A question",
    details: "",
    author: person("Sam"),
    status: "published",
    answerCount: 0,
    hasOfficialAnswer: false,
    acceptedAnswer: null,
    createdAt,
    updatedAt: createdAt,
    ...p,
  };
}

/** An answer with sensible defaults; override what a test cares about. */
export function makeAnswer(p: Partial<Answer> & { questionId: string }): Answer {
  return {
    id: fakeId(),
    body: "An answer.",
    author: person("Sam"),
    official: false,
    accepted: false,
    votes: 0,
    status: "published",
    createdAt: ago(2),
    ...p,
  };
}

type SeedAnswer = [
  body: string,
  name: string,
  badges: Badge[],
  votes: number,
  days: number,
  accepted?: boolean,
];
const seed: [
  title: string,
  details: string,
  asker: string,
  askerBadges: Badge[],
  days: number,
  SeedAnswer[],
][] = [
  [
    "Are these waterproof?",
    "I run through a lot of puddles and streams in spring.",
    "Maya R.",
    ["verified_owner"],
    2,
    [
      [
        "Not fully: the mesh upper drains fast but lets water in.\nFor wet trails, take the GTX version.",
        "Jonas",
        ["verified_owner", "top_contributor"],
        12,
        1,
        true,
      ],
      ["The upper is water-resistant, not waterproof. Gaiters help.", "Corner Outfitters", ["staff"], 5, 1],
      ["Mine got wet in the first creek.", "Tom", [], 1, 1],
    ],
  ],
  [
    "How do they fit compared to the Trail Runner 1?",
    "",
    "Chris B.",
    [],
    5,
    [
      ["Same length, slightly roomier toe box.", "Priya", ["top_contributor"], 7, 4, true],
      ["I went half a size up.", "Léa", [], 2, 3],
    ],
  ],
  ["Good for wide feet?", "My feet are an E width.", "Ana", [], 6, []],
  [
    "What is the heel-to-toe drop?",
    "",
    "Dev",
    [],
    9,
    [["6 mm, with a 30 mm stack at the heel.", "Corner Outfitters", ["staff"], 3, 8]],
  ],
  ["Do they come in half sizes?", "", "Kim", [], 14, [["Yes, from 38 to 47.5.", "Omar", [], 1, 13]]],
  ["Can I use them on the road too?", "Half of my run is on asphalt.", "Ines", ["verified_owner"], 20, []],
  [
    "How long does the outsole last?",
    "",
    "Bruno",
    [],
    40,
    [
      ["About 800 km for me, on mixed terrain.", "Maya R.", ["verified_owner"], 9, 38, true],
      ["600 km, mostly rocky trails.", "Jonas", ["top_contributor"], 4, 35],
      ["Still fine after 400 km.", "Sam", [], 0, 30],
      ["Depends on your stride, but 700 km is typical.", "Corner Outfitters", ["staff"], 2, 36],
    ],
  ],
];

/**
 * Seven realistic questions of `trail-runner-2`, newest first, with their answers: answered with an accepted
 * answer and an official one ("Are these waterproof?"), accepted by a top contributor, unanswered, answered
 * by staff only, and askers and answerers with badges. The stored counters are those the answers give.
 */
export function trailRunnerQuestions(): { questions: Question[]; answers: Map<string, Answer[]> } {
  const answers = new Map<string, Answer[]>();
  const questions = seed.map(([title, details, asker, askerBadges, days, list]) => {
    const q = makeQuestion({
      title,
      details,
      author: person(asker, askerBadges),
      createdAt: ago(days),
      updatedAt: ago(days),
    });
    answers.set(
      q.id,
      list.map(([body, name, badges, votes, d, accepted]) =>
        makeAnswer({
          questionId: q.id,
          body,
          author: person(name, badges),
          official: badges.includes("staff"),
          accepted: accepted ?? false,
          votes,
          createdAt: ago(d),
        }),
      ),
    );
    return q;
  });
  return { questions, answers };
}
