import type { Storage } from "../storage/index.ts";

/** Staff answers are official; this is the same staff person the ideas board answers as. */
const STAFF = "Corner Outfitters team";

/** [author, body, days ago, votes, accepted by the asker?] */
type SeedAnswer = [string, string, number, number, boolean?];
/** [asker, title, details, days ago, answers] */
type SeedQuestion = [string, string, string, number, SeedAnswer[]];

/**
 * Questions per demo product. Answerers who reviewed the product show as verified owners; Ingrid
 * Larsen, a regular with several accepted answers, is the one top contributor (over 50 points).
 */
export const DEMO_QUESTIONS: Record<string, SeedQuestion[]> = {
  "trail-runner-2": [
    [
      "Lena Vogel",
      "Are these good for wide feet?",
      "My feet are fairly wide and I usually size up. Would half a size up be enough?",
      20,
      [
        [
          "Jonas Lindqvist",
          "I have wide-ish feet and went half a size up. The toe box is fine; the midfoot felt snug for the first week, then relaxed.",
          18,
          6,
          true,
        ],
        [
          STAFF,
          "The Trail Runner 2 comes in a standard D width. A wide (2E) version is in testing; until then, half a size up is what most wide-footed customers choose.",
          17,
          2,
        ],
        [
          "Sam Whitaker",
          "Try them on in the afternoon if you can: feet swell, and these stretch a little.",
          15,
          1,
        ],
      ],
    ],
    [
      "Chris Park",
      "How do they handle snow and ice?",
      "Thinking of using them for winter runs in the hills.",
      9,
      [
        [
          "Ingrid Larsen",
          "Fine on packed snow, but on ice you'll want microspikes. They fit over these well and the heel tab holds them in place.",
          8,
          5,
          true,
        ],
        [
          "Maya Okafor",
          "The lugs clog a little in wet snow; otherwise grippy. Gaiters help keep snow out.",
          7,
          2,
        ],
      ],
    ],
    [
      "Amir Khan",
      "Is there a rock plate?",
      "",
      30,
      [
        [
          STAFF,
          "Yes: a flexible TPU rock plate under the forefoot, so you feel the trail without the sharp stones.",
          29,
          3,
        ],
      ],
    ],
    ["Julia Costa", "Are they waterproof?", "Looking for a shoe for rainy autumn trails.", 3, []],
    [
      "Noah Meyer",
      "How many kilometres do they last?",
      "",
      45,
      [
        ["Lucía Fernández", "The forefoot lugs were noticeably worn after about 300 km for me.", 40, 3],
        ["Daniel Mensah", "About 600 km before I retired mine, mostly on dry dirt trails.", 38, 2],
      ],
    ],
  ],
  "merino-hoodie": [
    [
      "Sara Lind",
      "Does it shrink in the wash?",
      "The label says wool cycle, but I only have a basic machine.",
      14,
      [
        ["Fatima Zahra", "Mine hasn't shrunk after ten washes on the wool cycle at 30°.", 12, 5, true],
        [
          STAFF,
          "Wash cold on a wool or hand-wash cycle and lay it flat to dry. Please avoid the tumble dryer.",
          13,
          2,
        ],
      ],
    ],
    [
      "Ethan Brooks",
      "Is it warm enough as a winter mid-layer?",
      "",
      25,
      [
        [
          "Ingrid Larsen",
          "Under a shell I'm comfortable down to about −5 °C while moving. Add a vest for long stops.",
          22,
          4,
          true,
        ],
      ],
    ],
    ["Olga Petrova", "Does the hood fit over a cycling helmet?", "", 2, []],
    [
      "Mateo Ruiz",
      "How does the sizing compare to other brands?",
      "I'm a medium in most outdoor brands.",
      35,
      [
        ["Oliver Grant", "True to size in the body; the sleeves run long, but the thumb loops help.", 33, 2],
        ["Ravi Patel", "I went down a size for a closer fit and it's perfect under a jacket.", 30, 1],
      ],
    ],
  ],
  "city-backpack-22": [
    [
      "Hana Kim",
      "Does a 16-inch laptop fit in the sleeve?",
      "",
      11,
      [
        ["Grace Liu", "My 16-inch MacBook Pro fits, even in a thin sleeve case.", 10, 6, true],
        [STAFF, "The padded sleeve takes laptops up to 36 × 25 × 2.5 cm.", 10, 2],
      ],
    ],
    [
      "Lena Vogel",
      "Is it waterproof?",
      "I cycle to work in the rain most of the year.",
      40,
      [
        [
          "Ingrid Larsen",
          "Water-resistant, not waterproof: in a real downpour water gets in at the zips. A rain cover solves it.",
          38,
          6,
          true,
        ],
        ["Pedro Alves", "Mine got damp inside after 40 minutes of heavy rain.", 36, 2],
      ],
    ],
    ["Chris Park", "Can the hip belt be removed?", "", 5, []],
    [
      "Amir Khan",
      "Will it fit under an airline seat?",
      "",
      60,
      [[STAFF, "At 45 × 30 × 20 cm it fits most airlines' personal-item limits, but do check yours.", 58, 3]],
    ],
  ],
  "pour-over-kettle": [
    [
      "Julia Costa",
      "Does it work on induction hobs?",
      "",
      16,
      [
        [STAFF, "Yes, the base is induction-compatible stainless steel.", 15, 2, true],
        ["Felix Wagner", "Works on mine and heats quickly.", 14, 2],
      ],
    ],
    [
      "Noah Meyer",
      "How accurate is the thermometer?",
      "",
      28,
      [
        ["Amara Nwosu", "Within a degree of my probe thermometer at 93 °C.", 27, 3, true],
        ["Ingrid Larsen", "Mine reads about 2 °C low near boiling, which is fine for pour-over.", 25, 2],
      ],
    ],
    ["Sara Lind", "Is the handle heat-resistant?", "", 1, []],
  ],
  "headlamp-400": [
    [
      "Ethan Brooks",
      "How long does the battery last on the lowest setting?",
      "",
      19,
      [
        ["Mei Chen", "I got about 40 hours on low over a week of camping.", 17, 5, true],
        [STAFF, "It is rated for 60 hours on low (10 lumens) from a full charge.", 18, 2],
      ],
    ],
    [
      "Olga Petrova",
      "Does it have a red light?",
      "For reading maps without ruining my night vision.",
      33,
      [["Ingrid Larsen", "Yes: press and hold from off and it starts in red.", 31, 6, true]],
    ],
    [
      "Mateo Ruiz",
      "Is it bright enough for night trail running?",
      "",
      7,
      [
        [
          "Connor Walsh",
          "400 lumens on high is plenty for technical trails, but it drains the battery fast.",
          6,
          3,
        ],
      ],
    ],
    ["Hana Kim", "Can I use AAA batteries instead?", "", 4, []],
  ],
};

const DAY = 86_400_000;
const HOUR = 3_600_000;
const personKey = (name: string) => `demo-${name.toLowerCase().replace(/[^a-z]+/g, "-")}`;

/**
 * The demo Q&A: every question, answer, vote and acceptance goes through the same storage code as the
 * API's, so counts, reputation and notifications are real. Runs once per database, in one transaction.
 */
export async function seedDemoQa(storage: Storage, siteId: string): Promise<{ seeded: boolean }> {
  return storage.transaction(async (tx) => {
    const first = await tx.driver.query(
      "INSERT INTO settings (key, value) VALUES ('seed:demo:qa', $1) ON CONFLICT (key) DO NOTHING RETURNING key",
      [new Date().toISOString()],
    );
    if (first.length === 0) return { seeded: false };
    const people = new Map<string, string>();
    const person = async (name: string, subject = personKey(name)) => {
      let id = people.get(subject);
      if (!id) {
        id = (await tx.people.upsert({ siteId, provider: "sso", subject, name })).id;
        people.set(subject, id);
      }
      return id;
    };
    const voters: string[] = [];
    for (let i = 0; i < 10; i++) voters.push(await person(`Shopper ${i + 1}`, `demo-voter-${i + 1}`));
    const now = Date.now();
    let n = 0;
    for (const [subject, questions] of Object.entries(DEMO_QUESTIONS)) {
      for (const [asker, title, details, daysAgo, answers] of questions) {
        n++;
        const askerId = await person(asker);
        const q = await tx.questions.create({
          siteId,
          subject,
          personId: askerId,
          title,
          details,
          staff: false,
          pending: false,
          createdAt: new Date(now - daysAgo * DAY - (n % 9) * HOUR).toISOString(),
        });
        for (const [k, [author, body, ago, votes, accepted]] of answers.entries()) {
          const official = author === STAFF;
          const a = await tx.answers.create({
            siteId,
            questionId: q.id,
            personId: await person(author),
            body,
            official,
            pending: false,
            createdAt: new Date(now - ago * DAY - ((n + k) % 5) * HOUR).toISOString(),
          });
          if (typeof a === "string") throw new Error(`seeding ${title}: ${a}`);
          // Voters rotate through the pool, so different answers have different crowds.
          for (let v = 0; v < votes; v++) {
            await tx.answerVotes.set(siteId, a.id, voters[(v + n * 3 + k) % voters.length]!);
          }
          if (accepted) {
            const out = await tx.accept({
              siteId,
              questionId: q.id,
              answerId: a.id,
              actor: { personId: askerId, staff: false },
            });
            if (!out.ok) throw new Error(`seeding ${title}: ${out.reason}`);
          }
        }
      }
    }
    return { seeded: true };
  });
}
