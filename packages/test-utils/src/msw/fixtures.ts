import type { Review } from "@corner/contracts";

const DAY = 86_400_000;
let seq = 0;
/** A time-ordered UUID-looking id, unique within a test run. */
export const fakeId = () => `0190a0b0-0000-7000-8000-${(++seq).toString(16).padStart(12, "0")}`;

const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** A review with sensible defaults; override what a test cares about. */
export function makeReview(p: Partial<Review> = {}): Review {
  const createdAt = p.createdAt ?? ago(3);
  return {
    id: fakeId(),
    subject: "trail-runner-2",
    rating: 5,
    title: null,
    body: "Does what it says.",
    author: { id: fakeId(), name: "Sam" },
    status: "published",
    helpful: 0,
    createdAt,
    updatedAt: createdAt,
    ...p,
  };
}

const seed: [number, string | null, string, string, number, number][] = [
  [
    5,
    "Best trail shoe I have owned",
    "Grippy on wet rock, light, and my feet were fine after 30 km.",
    "Maya R.",
    2,
    14,
  ],
  [4, "Great, runs a little small", "Half a size up and they are perfect. Toe box is roomy.", "Jonas", 5, 9],
  [5, null, "Second pair. The outsole lasted 900 km on the first one.", "Priya", 9, 6],
  [3, "Good grip, stiff at first", "Took about 50 km to break in. Now comfortable.", "Chris B.", 14, 4],
  [5, "Light and fast", "Perfect for races up to a marathon.", "Léa", 20, 3],
  [2, "Laces keep coming undone", "Shoe is fine, but the laces are slippery.", "Tom", 31, 2],
  [4, null, "Solid all-rounder for forest paths.", "Ana", 45, 1],
  [1, "Sole came off", "After two months the sole started peeling at the toe.", "Dev", 60, 8],
  [5, "Love them", "Comfortable out of the box.", "Kim", 75, 0],
  [4, "Good value", "Not the lightest, but tough.", "Omar", 90, 1],
  [3, null, "Average. Fine for short runs.", "Ines", 120, 0],
  [5, "Mountain approved", "Did a week in the Alps, no blisters.", "Bruno", 150, 5],
];

/** Twelve realistic reviews of `trail-runner-2`, every star level, newest first. */
export const trailRunnerReviews = (): Review[] =>
  seed.map(([rating, title, body, name, days, helpful]) =>
    makeReview({
      rating,
      title,
      body,
      author: { id: fakeId(), name },
      createdAt: ago(days),
      updatedAt: ago(days),
      helpful,
    }),
  );
