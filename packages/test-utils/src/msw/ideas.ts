import type { Board, CommentList, Idea, IdeaComment, IdeaList } from "@corner/contracts";
import { HttpResponse, http, type RequestHandler } from "msw";
import { fakeId } from "./fixtures.ts";
import { type Problem, type Recorder, setFollow, setVote, type UserOf } from "./handler-kit.ts";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** An idea with sensible defaults; override what a test cares about. */
export function makeIdea(p: Partial<Idea> = {}): Idea {
  const createdAt = p.createdAt ?? ago(3);
  return {
    id: fakeId(),
    board: "feedback",
    title: "An idea",
    description: "",
    category: null,
    status: "open",
    moderation: "published",
    author: { id: fakeId(), name: "Sam" },
    votes: 0,
    commentCount: 0,
    createdAt,
    updatedAt: createdAt,
    response: null,
    mergedInto: null,
    ...p,
  };
}

const seed: [string, Idea["status"], string | null, number, number, number][] = [
  ["Dark mode for the store", "planned", "website", 42, 6, 20],
  ["Free returns on sale items", "under_review", "shipping", 31, 4, 12],
  ["Size guide with foot length", "open", "website", 18, 2, 5],
  ["Carbon-neutral shipping option", "in_progress", "shipping", 25, 3, 30],
  ["Repair service for backpacks", "open", "products", 9, 1, 2],
  ["Kids' sizes for the Merino Hoodie", "done", "products", 57, 8, 60],
  ["Gift cards by email", "open", null, 4, 0, 1],
];

/**
 * Seven realistic ideas of the `feedback` board, across statuses and categories. The first, "Dark mode for
 * the store", has a description and an official response (its six comments are `feedbackComments`).
 */
export const feedbackIdeas = (): Idea[] => {
  const ideas = seed.map(([title, status, category, votes, commentCount, days]) =>
    makeIdea({ title, status, category, votes, commentCount, createdAt: ago(days), updatedAt: ago(days) }),
  );
  Object.assign(ideas[0]!, {
    description: "The product pages are very bright at night.\nA dark theme would be easier on the eyes.",
    response: {
      body: "Planned for the spring redesign.\nThanks for all the votes!",
      author: { id: "site", name: "Corner Outfitters" },
      at: ago(4),
    },
  });
  return ideas;
};

/** A comment on an idea with sensible defaults; override what a test cares about. */
export function makeComment(p: Partial<IdeaComment> & { ideaId: string }): IdeaComment {
  return {
    id: fakeId(),
    parentId: null,
    body: "Good idea.",
    author: { id: fakeId(), name: "Sam" },
    status: "published",
    createdAt: ago(2),
    ...p,
  };
}

/** The six comments (three threads, oldest first) of an idea: `feedbackComments(feedbackIdeas()[0])`. */
export function feedbackComments(idea: Idea): IdeaComment[] {
  const c = (body: string, name: string, days: number, parentId: string | null = null) =>
    makeComment({ ideaId: idea.id, body, parentId, author: { id: fakeId(), name }, createdAt: ago(days) });
  const first = c("Yes please, my eyes hurt after 10 pm.", "Maya R.", 19);
  const second = c("Would it follow the system setting?", "Jonas", 15);
  const third = c("Please keep the product photos true to colour.", "Priya", 6);
  return [
    first,
    c("Same here, I shop late.", "Chris B.", 18, first.id),
    c("+1, also for the checkout.", "Léa", 12, first.id),
    second,
    c("That would be ideal.", "Tom", 14, second.id),
    third,
  ];
}

export const feedbackBoard = (): Board => ({
  id: "feedback",
  title: "Feedback",
  description: "Tell us what to build next.",
  categories: [
    { id: "website", name: "Website" },
    { id: "shipping", name: "Shipping" },
    { id: "products", name: "Products" },
  ],
  trendingHalfLifeDays: 7,
  createdAt: ago(90),
});

export interface IdeasDb {
  boards: Map<string, Board>;
  ideas: Map<string, Idea[]>;
  /** `ideaId|userId` of every vote. */
  votes: Set<string>;
  /** Comments and replies per idea id, oldest first (seeded for the first feedback idea when absent). */
  comments?: Map<string, IdeaComment[]>;
  /** `ideaId|userId` of every follow. */
  follows?: Set<string>;
}

/**
 * The ideas part of the mock API: boards, list (sort, status, category, q, cursor), similar, create, vote,
 * one idea, its comments (threads with replies, pending under pre-moderation, Idempotency-Key) and follow.
 */
export function ideaHandlers(
  base: string,
  db: IdeasDb & { pageSize: number; premoderation: boolean },
  record: Recorder,
  userOf: UserOf,
  problem: Problem,
): RequestHandler[] {
  const first = db.ideas.get("feedback")?.[0];
  db.comments ??= new Map(first ? [[first.id, feedbackComments(first)]] : []);
  db.follows ??= new Set();
  const { comments, follows } = db;
  const saved = new Map<string, IdeaComment>();
  const view = (i: Idea, userId?: string): Idea =>
    userId
      ? {
          ...i,
          votedByMe: db.votes.has(`${i.id}|${userId}`),
          mine: i.author.id === userId,
          following: follows.has(`${i.id}|${userId}`),
        }
      : i;
  const find = (id: unknown) => [...db.ideas.values()].flat().find((i) => i.id === id);
  /** The idea if this reader may see it: published, or pending and theirs. */
  const visible = (id: unknown, userId?: string) => {
    const idea = find(id);
    return idea && (idea.moderation === "published" || idea.author.id === userId) ? idea : undefined;
  };
  const shown = (c: IdeaComment, userId?: string) => c.status === "published" || c.author.id === userId;
  const unauthorized = () => problem(401, "Unauthorized", "Sign in to do this.");
  const noIdea = () => problem(404, "Not found", "No such idea.");
  return [
    http.get(`${base}/boards/:board`, ({ request, params }) => {
      record(request);
      const board = db.boards.get(String(params.board));
      return board ? HttpResponse.json(board) : problem(404, "Not found", "No such board.");
    }),
    http.get(`${base}/boards/:board/ideas/similar`, ({ request, params }) => {
      record(request);
      const words = (new URL(request.url).searchParams.get("q") ?? "")
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean);
      const items = (db.ideas.get(String(params.board)) ?? [])
        .filter((i) => words.some((w) => w.length > 2 && i.title.toLowerCase().includes(w)))
        .slice(0, 5)
        .map(({ id, title, status, votes }) => ({ id, title, status, votes, score: 0.5 }));
      return HttpResponse.json({ items });
    }),
    http.get(`${base}/boards/:board/ideas`, ({ request, params }) => {
      record(request);
      if (!db.boards.has(String(params.board))) return problem(404, "Not found", "No such board.");
      const q = new URL(request.url).searchParams;
      const user = userOf(request);
      const status = q.get("status");
      const category = q.get("category");
      const text = q.get("q")?.toLowerCase();
      const sort = q.get("sort") ?? "trending";
      const sorted = (db.ideas.get(String(params.board)) ?? [])
        .filter((i) => i.moderation === "published" || i.author.id === user?.id)
        .filter((i) => (status ? i.status === status : i.status !== "merged"))
        .filter((i) => !category || i.category === category)
        .filter((i) => !text || `${i.title} ${i.description}`.toLowerCase().includes(text))
        .sort((a, b) =>
          sort === "new"
            ? b.createdAt.localeCompare(a.createdAt)
            : sort === "top"
              ? b.votes - a.votes
              : b.votes / (1 + (Date.now() - Date.parse(b.createdAt)) / (7 * DAY)) -
                a.votes / (1 + (Date.now() - Date.parse(a.createdAt)) / (7 * DAY)),
        );
      const start = Number(q.get("cursor") ?? 0);
      const list: IdeaList = {
        items: sorted.slice(start, start + db.pageSize).map((i) => view(i, user?.id)),
        next: start + db.pageSize < sorted.length ? String(start + db.pageSize) : null,
      };
      return HttpResponse.json(list);
    }),
    http.post(`${base}/boards/:board/ideas`, async ({ request, params }) => {
      record(request);
      const user = userOf(request);
      if (!user) return unauthorized();
      const body = (await request.json()) as { title?: string; description?: string; category?: string };
      const title = body.title?.trim() ?? "";
      if (!title || [...title].length > 120)
        return problem(400, "Validation failed", "Some fields need fixing.", [
          { path: "body.title", message: title ? "must be at most 120 characters" : "must not be empty" },
        ]);
      const board = String(params.board);
      const list = db.ideas.get(board) ?? [];
      db.ideas.set(board, list);
      const idea = makeIdea({
        board,
        title,
        description: body.description ?? "",
        category: body.category ?? null,
        author: { id: user.id, name: user.name },
        moderation: db.premoderation ? "pending" : "published",
        votes: 1,
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      });
      db.votes.add(`${idea.id}|${user.id}`);
      list.unshift(idea);
      return HttpResponse.json(view(idea, user.id), { status: 201 });
    }),
    ...(["put", "delete"] as const).map((method) =>
      http[method](`${base}/ideas/:id/vote`, ({ request, params }) => {
        record(request);
        const user = userOf(request);
        if (!user) return unauthorized();
        const idea = find(params.id);
        if (!idea) return problem(404, "Not found", "No such idea.");
        return HttpResponse.json(setVote(db.votes, idea, user.id, method === "put"));
      }),
    ),
    http.get(`${base}/ideas/:id`, ({ request, params }) => {
      record(request);
      const user = userOf(request);
      const idea = visible(params.id, user?.id);
      return idea ? HttpResponse.json(view(idea, user?.id)) : noIdea();
    }),
    http.get(`${base}/ideas/:id/comments`, ({ request, params }) => {
      record(request);
      const user = userOf(request);
      if (!visible(params.id, user?.id)) return noIdea();
      const all = (comments.get(String(params.id)) ?? []).filter((c) => shown(c, user?.id));
      const top = all.filter((c) => !c.parentId);
      const start = Number(new URL(request.url).searchParams.get("cursor") ?? 0);
      const mine = (c: IdeaComment) => (user ? { ...c, mine: c.author.id === user.id } : c);
      const list: CommentList = {
        items: top.slice(start, start + db.pageSize).map((t) => ({
          ...mine(t),
          replies: all.filter((r) => r.parentId === t.id).map(mine),
        })),
        next: start + db.pageSize < top.length ? String(start + db.pageSize) : null,
      };
      return HttpResponse.json(list);
    }),
    http.post(`${base}/ideas/:id/comments`, async ({ request, params }) => {
      record(request);
      const user = userOf(request);
      if (!user) return unauthorized();
      const idea = visible(params.id, user.id);
      if (!idea) return noIdea();
      const key = `${user.id}|${request.headers.get("idempotency-key")}`;
      const again = saved.get(key);
      if (again) return HttpResponse.json(again, { status: 201 });
      const body = (await request.json()) as { body?: string; parentId?: string | null };
      const text = body.body?.trim() ?? "";
      const list = comments.get(idea.id) ?? [];
      const invalid = (path: string, message: string) =>
        problem(400, "Validation failed", "Some fields need fixing.", [{ path, message }]);
      if (!text || [...text].length > 5000)
        return invalid("body.body", text ? "must be at most 5000 characters" : "must not be empty");
      if (body.parentId && !list.some((c) => c.id === body.parentId && !c.parentId))
        return invalid("body.parentId", "must be a top-level comment on this idea");
      const comment: IdeaComment = {
        ...makeComment({ ideaId: idea.id, body: text, parentId: body.parentId ?? null }),
        author: { id: user.id, name: user.name },
        status: db.premoderation ? "pending" : "published",
        createdAt: new Date().toISOString(),
        mine: true,
      };
      comments.set(idea.id, [...list, comment]);
      if (comment.status === "published") idea.commentCount++;
      if (request.headers.has("idempotency-key")) saved.set(key, comment);
      return HttpResponse.json(comment, { status: 201 });
    }),
    ...(["put", "delete"] as const).map((method) =>
      http[method](`${base}/ideas/:id/follow`, ({ request, params }) => {
        record(request);
        const user = userOf(request);
        if (!user) return unauthorized();
        const idea = visible(params.id, user.id);
        if (!idea) return noIdea();
        return HttpResponse.json(setFollow(follows, idea.id, user.id, method === "put"));
      }),
    ),
  ];
}
