import { recomputeTrending } from "../storage/idea-votes.ts";
import type { Storage } from "../storage/index.ts";

type Status = "open" | "under_review" | "planned" | "in_progress" | "done" | "declined";
/** [title, description, category, status, votes, days ago, author, official response?] */
type SeedIdea = [string, string, string | null, Status, number, number, string, string?];

export const DEMO_BOARD = {
  id: "feedback",
  title: "Ideas for Corner Outfitters",
  description: "Tell us what to make, stock or change. Vote for the ideas you want most; we answer here.",
  categories: [
    { id: "products", name: "Products" },
    { id: "shop-delivery", name: "Shop & delivery" },
    { id: "sustainability", name: "Sustainability" },
  ],
  trendingHalfLifeDays: 7,
};

export const DEMO_IDEAS: SeedIdea[] = [
  [
    "Wide-fit version of the Trail Runner 2",
    "Love the grip, but the toe box is too narrow for wide feet. A 2E width would be perfect.",
    "products",
    "planned",
    118,
    40,
    "Maya Okafor",
    "Wide fit is in testing now; we expect to launch it in spring.",
  ],
  [
    "Repair service for worn soles",
    "Let us send shoes back to be resoled instead of throwing them away.",
    "sustainability",
    "under_review",
    96,
    25,
    "Tom Becker",
    "We're talking to two resoling workshops about a mail-in service.",
  ],
  [
    "Carbon-neutral delivery option at checkout",
    "Offer a greener shipping option, even if it costs a little more.",
    "sustainability",
    "in_progress",
    84,
    60,
    "Sofia Nowak",
    "Rolling out in Germany and the Netherlands first.",
  ],
  [
    "Plastic-free packaging",
    "Parcels still come with plastic bags around every item. Paper or nothing, please.",
    "sustainability",
    "done",
    142,
    150,
    "Fatima Zahra",
    "Done: since March every parcel ships without plastic.",
  ],
  [
    "Size guide with foot measurements",
    "A printable foot-length guide per shoe would save a lot of returns.",
    "shop-delivery",
    "done",
    57,
    120,
    "Jonas Lindqvist",
    "The size guide now has a foot-length table on every shoe page.",
  ],
  [
    "Merino hoodie in more colours",
    "Forest green or a deep red would be lovely.",
    "products",
    "open",
    63,
    12,
    "Hannah Schultz",
  ],
  [
    "Free returns for members",
    "Returns cost €4.95 now; free returns would make trying sizes easier.",
    "shop-delivery",
    "declined",
    71,
    90,
    "Oliver Grant",
    "We can't make returns free without raising prices for everyone, but exchanges stay free.",
  ],
  ["Dark mode for the shop", "Browsing at night is blinding.", "shop-delivery", "open", 38, 5, "Ravi Patel"],
  [
    "Backpack with a detachable hip belt",
    "The City Backpack is great for commuting; a hip belt would make it work for day hikes too.",
    "products",
    "open",
    29,
    8,
    "Elena Rossi",
  ],
  [
    "Click and collect in stores",
    "Order online, pick up on the way home.",
    "shop-delivery",
    "planned",
    45,
    70,
    "Marcus Johnson",
    "Coming to our Berlin and Hamburg stores first.",
  ],
  [
    "Kettle with a built-in thermometer display",
    "Digital temperature readout for green tea and pour-over.",
    "products",
    "under_review",
    22,
    33,
    "Isabel Moreno",
  ],
  [
    "Rechargeable batteries for the headlamp sold separately",
    "A spare battery pack would make multi-day trips easier.",
    "products",
    "in_progress",
    34,
    45,
    "Connor Walsh",
    "Spare packs are in production; they'll be listed next month.",
  ],
  [
    "Gift wrapping at checkout",
    "A simple paper wrap and a card for birthdays.",
    "shop-delivery",
    "open",
    17,
    3,
    "Chloé Martin",
  ],
  [
    "Show stock in nearby stores",
    "Let me see whether the shop near me has my size before I go.",
    "shop-delivery",
    "open",
    26,
    15,
    "Kwame Asante",
  ],
  [
    "Second-hand section for used gear",
    "Buy back worn gear and sell it refurbished.",
    "sustainability",
    "under_review",
    88,
    30,
    "Nora Hughes",
    "We love this idea and are working out how to grade used gear fairly.",
  ],
  [
    "Vegan leather option for the beanie patch",
    "The leather patch is the only non-vegan part.",
    "sustainability",
    "done",
    19,
    200,
    "Grace Liu",
    "The patch is now made from cork.",
  ],
  [
    "Trail shoe for winter with studs",
    "Something with proper ice grip for winter runs.",
    "products",
    "open",
    41,
    20,
    "Lucía Fernández",
  ],
  [
    "Newsletter only when things are on sale",
    "Let me pick which emails I get.",
    "shop-delivery",
    "done",
    12,
    180,
    "Ben Carter",
    "Email preferences are now in your account settings.",
  ],
  [
    "Kids' sizes for the merino hoodie",
    "My children keep stealing mine.",
    "products",
    "open",
    15,
    10,
    "Amara Nwosu",
  ],
  [
    "Headlamp with a red-light-only mode lock",
    "So it never flashes white at camp.",
    "products",
    "declined",
    8,
    100,
    "Ingrid Larsen",
    "The current lock mode already starts in red when you hold the button; see the manual, page 4.",
  ],
  [
    "Show the CO₂ footprint of each product",
    "A number per product would help choose.",
    "sustainability",
    "open",
    33,
    18,
    "Leo Dubois",
  ],
  [
    "Pay in instalments",
    "Split bigger purchases over three months.",
    "shop-delivery",
    "open",
    9,
    6,
    "Pedro Alves",
  ],
  [
    "Insulated version of the pour-over kettle",
    "Keeps water hot while brewing a second cup.",
    "products",
    "open",
    6,
    2,
    "Felix Wagner",
  ],
  [
    "Water bottle that fits the backpack side pocket",
    "The pocket is slightly too shallow for most bottles.",
    "products",
    "open",
    11,
    14,
    "Sofia Nowak",
  ],
  [
    "Repair kits for backpack zips",
    "A spare slider and instructions instead of a whole new bag.",
    "sustainability",
    "planned",
    27,
    50,
    "Mei Chen",
    "Zip repair kits will ship free on request from next season.",
  ],
  [
    "Loyalty points for reviews",
    "Reward people who write helpful reviews.",
    "shop-delivery",
    "open",
    5,
    1,
    "Zoe Adams",
  ],
  [
    "Reflective details on the hoodie",
    "For running home in the dark.",
    "products",
    "open",
    14,
    22,
    "Daniel Mensah",
  ],
  [
    "Recycled packaging",
    "Use recycled cardboard for every box.",
    "sustainability",
    "open",
    13,
    160,
    "Victor Popescu",
  ],
  ["Trail Runner 2 in wide fit", "Please make a wide version!", "products", "open", 24, 9, "Aiko Tanaka"],
];

/** [idea title, author, comment, replies as [author, text]] */
const DEMO_COMMENTS: [string, string, string, [string, string][]][] = [
  [
    "Wide-fit version of the Trail Runner 2",
    "Sam Whitaker",
    "Yes! I size up a whole size just for the width.",
    [["Maya Okafor", "Same here, and then the heel slips."]],
  ],
  [
    "Wide-fit version of the Trail Runner 2",
    "Priya Raman",
    "Would it keep the rock plate?",
    [["Corner Outfitters team", "Yes, same sole and rock plate, wider last."]],
  ],
  ["Repair service for worn soles", "Yuki Sato", "I'd happily pay for this rather than buy a new pair.", []],
  ["Plastic-free packaging", "Ahmed Hassan", "My last order arrived completely plastic-free. Thank you!", []],
  [
    "Dark mode for the shop",
    "Mei Chen",
    "Following the system setting would be enough.",
    [["Ravi Patel", "Exactly, no toggle needed."]],
  ],
  ["Second-hand section for used gear", "Ingrid Larsen", "Patagonia's Worn Wear works well; copy that!", []],
];

const DAY = 86_400_000;
const personKey = (name: string) => `demo-${name.toLowerCase().replace(/[^a-z]+/g, "-")}`;

/**
 * The demo ideas board: every vote, follower and comment is a real row, status changes go through the
 * same storage code as staff do, and a near-duplicate pair is merged. Runs once per database.
 */
export async function seedDemoIdeas(storage: Storage, siteId: string): Promise<{ seeded: boolean }> {
  return storage.transaction(async (tx) => {
    const first = await tx.driver.query(
      "INSERT INTO settings (key, value) VALUES ('seed:demo:ideas', $1) ON CONFLICT (key) DO NOTHING RETURNING key",
      [new Date().toISOString()],
    );
    if (first.length === 0) return { seeded: false };
    const board = await tx.boards.create({ siteId, ...DEMO_BOARD });
    if (!board) return { seeded: false };
    const person = (name: string) =>
      tx.people.upsert({ siteId, provider: "sso", subject: personKey(name), name });
    const staff = await person("Corner Outfitters team");
    const maxVotes = Math.max(...DEMO_IDEAS.map((i) => i[4]));
    const voters: string[] = [];
    for (let i = 0; i < maxVotes; i++) {
      const p = await tx.people.upsert({
        siteId,
        provider: "sso",
        subject: `demo-voter-${i + 1}`,
        name: `Shopper ${i + 1}`,
      });
      voters.push(p.id);
    }
    const now = Date.now();
    const ids = new Map<string, string>();
    for (const [
      n,
      [title, description, category, status, votes, daysAgo, author, response],
    ] of DEMO_IDEAS.entries()) {
      const by = await person(author);
      const createdMs = now - daysAgo * DAY - (n % 7) * 3_600_000;
      const idea = await tx.ideas.create({
        siteId,
        boardId: board.id,
        personId: by.id,
        title,
        description,
        category,
        premoderation: false,
        halfLifeDays: board.trendingHalfLifeDays,
        createdAt: new Date(createdMs).toISOString(),
      });
      ids.set(title, idea.id);
      if (votes > 0) {
        // Voters rotate through the pool so different ideas have different crowds; votes thin out over time.
        const who = Array.from({ length: votes }, (_, k) => voters[(k + n * 7) % voters.length]!);
        const when = who.map((_, k) =>
          new Date(createdMs + (now - createdMs) * Math.sqrt((k + 1) / (votes + 1))).toISOString(),
        );
        await tx.driver.query(
          `INSERT INTO idea_votes (site_id, idea_id, person_id, created_at)
           SELECT $1, $2::uuid, v.p, v.t FROM unnest($3::uuid[], $4::timestamptz[]) AS v (p, t) ON CONFLICT DO NOTHING`,
          [siteId, idea.id, who, when],
        );
        await tx.driver.query(
          `INSERT INTO idea_followers (site_id, idea_id, person_id, created_at)
           SELECT site_id, idea_id, person_id, created_at FROM idea_votes WHERE site_id = $1 AND idea_id = $2::uuid
           ON CONFLICT DO NOTHING`,
          [siteId, idea.id],
        );
        await tx.driver.query(
          `UPDATE ideas SET votes = (SELECT count(*) FROM idea_votes WHERE site_id = $1 AND idea_id = $2::uuid)
           WHERE site_id = $1 AND id = $2::uuid`,
          [siteId, idea.id],
        );
        await recomputeTrending(tx.driver, siteId, {
          id: idea.id,
          created_at: new Date(createdMs),
          hl: board.trendingHalfLifeDays,
        });
      }
      if (status !== "open" || response) {
        await tx.ideaStaff.setStatus({
          siteId,
          ideaId: idea.id,
          status,
          response,
          actor: { personId: staff.id, name: staff.name },
          at: new Date(createdMs + (now - createdMs) / 2),
        });
      }
    }
    for (const [title, author, body, replies] of DEMO_COMMENTS) {
      const ideaId = ids.get(title)!;
      const top = await tx.ideaComments.create({
        siteId,
        ideaId,
        personId: (await person(author)).id,
        parentId: null,
        body,
        premoderation: false,
      });
      if (!top || top === "badParent") continue;
      for (const [who, text] of replies) {
        await tx.ideaComments.create({
          siteId,
          ideaId,
          personId: (await person(who)).id,
          parentId: top.id,
          body: text,
          premoderation: false,
        });
      }
    }
    // The near-duplicate pair: the later "wide fit" idea is merged into the planned one (votes move, once each).
    await tx.ideaStaff.setStatus({
      siteId,
      ideaId: ids.get("Trail Runner 2 in wide fit")!,
      status: "merged",
      mergedInto: ids.get("Wide-fit version of the Trail Runner 2")!,
      response: "Merged into the wide-fit idea, which is planned.",
      actor: { personId: staff.id, name: staff.name },
    });
    return { seeded: true };
  });
}
