import type { Storage } from "../storage/index.ts";
import { seedDemoIdeas } from "./ideas.ts";
import { seedDemoQa } from "./qa.ts";
import { DEMO_REVIEWS } from "./reviews.ts";
import { seedDemoSurveys } from "./surveys.ts";

/** The demo shop's site (shared with the demo, tests and benches). */
export const DEMO_SITE = {
  id: "demo",
  name: "Corner Outfitters",
  origins: ["http://127.0.0.1:5173", "http://localhost:5173"],
  ssoSecret: "demo-sso-secret-change-me-0123456789abcdef",
  allowGuests: true,
  premoderation: false,
} as const;

const DAY = 86_400_000;

/**
 * Seeds the demo site and its reviews in one transaction, once: safe to run on every start, and a crash
 * midway leaves nothing behind.
 */
export async function seedDemo(storage: Storage): Promise<{ seeded: boolean }> {
  const reviews = await seedDemoReviews(storage);
  // Its own once-only step, so databases seeded before the ideas board existed get it too.
  const ideas = await seedDemoIdeas(storage, DEMO_SITE.id);
  // Likewise for Q&A, after the reviews whose authors answer as verified owners.
  const qa = await seedDemoQa(storage, DEMO_SITE.id);
  // Surveys with twelve weeks of responses; the site keeps the default contact budget (14 days).
  const surveys = await seedDemoSurveys(storage, DEMO_SITE.id);
  return { seeded: reviews.seeded || ideas.seeded || qa.seeded || surveys.seeded };
}

async function seedDemoReviews(storage: Storage): Promise<{ seeded: boolean }> {
  return storage.transaction(async (tx) => {
    const first = await tx.driver.query(
      "INSERT INTO settings (key, value) VALUES ('seed:demo', $1) ON CONFLICT (key) DO NOTHING RETURNING key",
      [new Date().toISOString()],
    );
    if (first.length === 0) return { seeded: false };
    await tx.sites.create({ ...DEMO_SITE, origins: [...DEMO_SITE.origins] });
    const now = Date.now();
    const voters: string[] = [];
    const voter = async (i: number) => {
      while (voters.length <= i) {
        const p = await tx.people.upsert({
          siteId: DEMO_SITE.id,
          provider: "sso",
          subject: `demo-voter-${voters.length + 1}`,
          name: `Shopper ${voters.length + 1}`,
        });
        voters.push(p.id);
      }
      return voters[i]!;
    };
    for (const [subject, reviews] of Object.entries(DEMO_REVIEWS)) {
      for (const [author, rating, title, body, daysAgo, helpful] of reviews) {
        const person = await tx.people.upsert({
          siteId: DEMO_SITE.id,
          provider: "sso",
          subject: `demo-${author.toLowerCase().replace(/[^a-z]+/g, "-")}`,
          name: author,
        });
        // Spread within the day too, so no two reviews share a timestamp.
        const createdAt = new Date(now - daysAgo * DAY - (author.length % 12) * 3_600_000).toISOString();
        const { review } = await tx.reviews.upsert({
          siteId: DEMO_SITE.id,
          subject,
          personId: person.id,
          rating,
          title,
          body,
          premoderation: false,
          createdAt,
        });
        if (helpful > 0) {
          await voter(helpful - 1);
          // Set-based: the votes and the counter in the same transaction, as helpful.set would leave them.
          await tx.driver.query(
            `INSERT INTO helpful_votes (site_id, review_id, person_id, created_at)
             SELECT $1, $2::uuid, p, $4::timestamptz FROM unnest($3::uuid[]) AS p ON CONFLICT DO NOTHING`,
            [DEMO_SITE.id, review.id, voters.slice(0, helpful), createdAt],
          );
          await tx.driver.query(
            `UPDATE reviews SET helpful = (SELECT count(*) FROM helpful_votes WHERE site_id = $1 AND review_id = $2::uuid)
             WHERE site_id = $1 AND id = $2::uuid`,
            [DEMO_SITE.id, review.id],
          );
        }
      }
    }
    return { seeded: true };
  });
}
