import type { Review, ReviewList, Session } from "@corner/contracts";
import { HttpResponse, http, type RequestHandler } from "msw";
import { fakeId, trailRunnerReviews } from "./fixtures.ts";
import { feedbackBoard, feedbackIdeas, type IdeasDb, ideaHandlers } from "./ideas.ts";
import { type QaDb, qaDb, qaHandlers } from "./qa.ts";
import { type SurveysDb, surveyHandlers, surveysDb } from "./surveys.ts";

export const MOCK_API = "http://api.corner.test";

/** An RFC 9457 problem+json response. */
export function problem(
  status: number,
  title: string,
  detail: string,
  errors?: { path: string; message: string }[],
) {
  return HttpResponse.json(
    {
      type: `https://corner.dev/problems/${title.toLowerCase().replace(/\W+/g, "-")}`,
      title,
      status,
      detail,
      ...(errors ? { errors } : {}),
    },
    { status, headers: { "content-type": "application/problem+json" } },
  );
}

export interface MockDb extends IdeasDb, QaDb, SurveysDb {
  reviews: Map<string, Review[]>;
  sessions: Map<string, Session["user"]>;
  helpful: Set<string>;
  allowGuests: boolean;
  premoderation: boolean;
  pageSize: number;
  /** Every request the mock saw, in order (method + path + query). */
  log: { method: string; url: URL; headers: Headers }[];
}

/**
 * A stateful fake of the Corner API for component tests: reviews per subject, sessions, helpful marks,
 * validation as problem+json. `trail-runner-2` is seeded with 12 reviews; `wool-beanie` has none. The
 * `feedback` board has 7 ideas; the `empty` board has none. `trail-runner-2` has 7 questions with their
 * answers; `wool-beanie` none. A session signed in with `{ staff: true }` may accept any answer. Surveys
 * `nps` (with skip logic) and `tour` (one step of each type) are active.
 */
export function createMockApi(opts: { api?: string; site?: string } = {}) {
  const base = `${opts.api ?? MOCK_API}/v1/sites/${opts.site ?? "demo"}`;
  const db: MockDb = {
    reviews: new Map([["trail-runner-2", trailRunnerReviews()]]),
    sessions: new Map(),
    helpful: new Set(),
    allowGuests: true,
    premoderation: false,
    pageSize: 5,
    log: [],
    boards: new Map([
      ["feedback", feedbackBoard()],
      ["empty", { ...feedbackBoard(), id: "empty", title: "Empty", categories: [] }],
    ]),
    ideas: new Map([["feedback", feedbackIdeas()]]),
    votes: new Set(),
    ...qaDb(),
    ...surveysDb(),
  };
  const userOf = (request: Request) => db.sessions.get(request.headers.get("authorization")?.slice(7) ?? "");
  const record = (request: Request) =>
    db.log.push({ method: request.method, url: new URL(request.url), headers: request.headers });
  const unauthorized = () => problem(401, "Unauthorized", "Sign in to do this.");
  const view = (r: Review, userId?: string) =>
    userId ? { ...r, helpfulByMe: db.helpful.has(`${r.id}|${userId}`), mine: r.author.id === userId } : r;

  const handlers: RequestHandler[] = [
    http.get(`${base}/config`, ({ request }) => {
      record(request);
      return HttpResponse.json({
        site: { id: opts.site ?? "demo", name: "Corner Outfitters" },
        allowGuests: db.allowGuests,
        premoderation: db.premoderation,
      });
    }),
    // A real, tiny proof-of-work challenge (the number is 0..50), so login() solves it as against the API.
    http.get(`${base}/session/challenge`, async ({ request }) => {
      record(request);
      const salt = `${fakeId()}?expires=${Math.floor(Date.now() / 1000) + 300}&`;
      const digest = await crypto.subtle.digest(
        "SHA-256",
        new TextEncoder().encode(salt + Math.floor(Math.random() * 51)),
      );
      const challenge = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
      return HttpResponse.json(
        { algorithm: "SHA-256", challenge, maxnumber: 50, salt, signature: "0".repeat(64) },
        { headers: { "cache-control": "no-store" } },
      );
    }),
    http.post(`${base}/session`, async ({ request }) => {
      record(request);
      const body = (await request.json()) as { guest?: { name?: string } };
      const name = body.guest?.name?.trim();
      if (!name)
        return problem(400, "Validation failed", "Give a name.", [
          { path: "body.guest.name", message: "must not be empty" },
        ]);
      const token = `tok-${fakeId()}`;
      const user = { id: fakeId(), name, kind: "guest" as const };
      db.sessions.set(token, user);
      return HttpResponse.json(
        { token, user, expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
        { status: 201 },
      );
    }),
    http.get(`${base}/subjects/:subject/reviews`, ({ request, params }) => {
      record(request);
      const q = new URL(request.url).searchParams;
      const user = userOf(request);
      const all = (db.reviews.get(String(params.subject)) ?? []).filter(
        (r) => r.status === "published" || r.author.id === user?.id,
      );
      const published = all.filter((r) => r.status === "published");
      const histogram = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
      for (const r of published) histogram[String(r.rating) as "1"]++;
      const sum = published.reduce((s, r) => s + r.rating, 0);
      const rating = Number(q.get("rating")) || null;
      const sort = q.get("sort") ?? "newest";
      const sorted = all
        .filter((r) => !rating || r.rating === rating)
        .sort((a, b) =>
          sort === "highest"
            ? b.rating - a.rating
            : sort === "lowest"
              ? a.rating - b.rating
              : sort === "helpful"
                ? b.helpful - a.helpful
                : b.createdAt.localeCompare(a.createdAt),
        );
      const start = Number(q.get("cursor") ?? 0);
      const items = sorted.slice(start, start + db.pageSize).map((r) => view(r, user?.id));
      const next = start + db.pageSize < sorted.length ? String(start + db.pageSize) : null;
      const list: ReviewList = {
        summary: {
          count: published.length,
          average: published.length ? Math.round((sum / published.length) * 100) / 100 : 0,
          histogram,
        },
        items,
        next,
      };
      return HttpResponse.json(list);
    }),
    http.post(`${base}/subjects/:subject/reviews`, async ({ request, params }) => {
      record(request);
      const user = userOf(request);
      if (!user) return unauthorized();
      const body = (await request.json()) as { rating?: unknown; title?: string; body?: string };
      const errors: { path: string; message: string }[] = [];
      if (
        typeof body.rating !== "number" ||
        !Number.isInteger(body.rating) ||
        body.rating < 1 ||
        body.rating > 5
      )
        errors.push({ path: "body.rating", message: "must be from 1 to 5" });
      if (!body.body?.trim()) errors.push({ path: "body.body", message: "must not be empty" });
      else if ([...body.body].length > 5000)
        errors.push({ path: "body.body", message: "must be at most 5000 characters" });
      if (errors.length) return problem(400, "Validation failed", "Some fields need fixing.", errors);
      const subject = String(params.subject);
      const list = db.reviews.get(subject) ?? [];
      db.reviews.set(subject, list);
      const now = new Date().toISOString();
      const existing = list.find((r) => r.author.id === user.id);
      const fields = { rating: body.rating as number, title: body.title ?? null, body: body.body!.trim() };
      if (existing) {
        Object.assign(existing, fields, { updatedAt: now });
        return HttpResponse.json(view(existing, user.id), { status: 200 });
      }
      const review: Review = {
        id: fakeId(),
        subject,
        ...fields,
        author: { id: user.id, name: user.name },
        status: db.premoderation ? "pending" : "published",
        helpful: 0,
        createdAt: now,
        updatedAt: now,
      };
      list.unshift(review);
      return HttpResponse.json(view(review, user.id), { status: 201 });
    }),
    ...(["put", "delete"] as const).map((method) =>
      http[method](`${base}/reviews/:id/helpful`, ({ request, params }) => {
        record(request);
        const user = userOf(request);
        if (!user) return unauthorized();
        const review = [...db.reviews.values()].flat().find((r) => r.id === params.id);
        if (!review) return problem(404, "Not found", "No such review.");
        const key = `${review.id}|${user.id}`;
        if (method === "put" && !db.helpful.has(key)) {
          db.helpful.add(key);
          review.helpful++;
        } else if (method === "delete" && db.helpful.has(key)) {
          db.helpful.delete(key);
          review.helpful--;
        }
        return HttpResponse.json({ helpful: review.helpful, helpfulByMe: db.helpful.has(key) });
      }),
    ),
    http.post(`${base}/reviews/:id/reports`, ({ request }) => {
      record(request);
      if (!userOf(request)) return unauthorized();
      return HttpResponse.json(
        { id: fakeId(), reason: "spam", createdAt: new Date().toISOString() },
        { status: 201 },
      );
    }),
    ...ideaHandlers(base, db, record, userOf, problem),
    ...qaHandlers(base, db, record, userOf, problem),
    ...surveyHandlers(base, db, record, userOf, problem),
  ];

  /** Signs a guest in on the mock and returns the session to store in the page (`{ staff: true }` for staff). */
  function signIn(name = "Ada", extra: Partial<Session["user"]> = {}): Session {
    const token = `tok-${fakeId()}`;
    const user: Session["user"] = { id: fakeId(), name, kind: "guest", ...extra };
    db.sessions.set(token, user);
    return { token, user, expiresAt: new Date(Date.now() + 3_600_000).toISOString() };
  }

  return { base, db, handlers, signIn };
}
export type MockApi = ReturnType<typeof createMockApi>;
