import type { Answer, Badge, QaAuthor, Question } from "@corner/contracts";
import type { SessionUser } from "../middleware/auth/index.ts";
import { notFound } from "../middleware/problems/index.ts";
import type { AnswerRecord, QaAuthorRecord, QuestionRecord, SiteRecord, Storage } from "../storage/index.ts";

/** Badges in a fixed order: staff, verified owner, top contributor (reputation ≥ the site's threshold). */
export function qaAuthor(a: QaAuthorRecord, site: SiteRecord): QaAuthor {
  const badges: Badge[] = [];
  if (a.staff) badges.push("staff");
  if (a.verified) badges.push("verified_owner");
  if (a.points >= site.topContributorThreshold) badges.push("top_contributor");
  return { id: a.id, name: a.name, badges };
}

/** The public shape of an answer; `votedByMe` and `mine` only for a signed-in reader. */
export function answerJson(r: AnswerRecord, site: SiteRecord, viewer?: SessionUser): Answer {
  return {
    id: r.id,
    questionId: r.questionId,
    body: r.body,
    author: qaAuthor(r.author, site),
    official: r.official,
    accepted: r.accepted,
    votes: r.votes,
    status: r.status === "pending" ? "pending" : "published",
    createdAt: r.createdAt,
    ...(viewer ? { votedByMe: r.votedByMe ?? false, mine: r.author.id === viewer.id } : {}),
  };
}

/** The public shape of a question with its accepted answer; viewer fields only for a signed-in reader. */
export function questionJson(
  r: QuestionRecord,
  accepted: AnswerRecord | null,
  site: SiteRecord,
  viewer?: SessionUser,
): Question {
  return {
    id: r.id,
    subject: r.subject,
    title: r.title,
    details: r.details,
    author: qaAuthor(r.author, site),
    status: r.status === "pending" ? "pending" : "published",
    answerCount: r.answerCount,
    hasOfficialAnswer: r.officialCount > 0,
    acceptedAnswer: accepted ? answerJson(accepted, site, viewer) : null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    ...(viewer
      ? {
          mine: r.author.id === viewer.id,
          following: r.following ?? false,
          canAccept: r.author.id === viewer.id || viewer.staff === true,
        }
      : {}),
  };
}

/** Questions with their accepted answers, read in one query for the whole page. */
export async function questionsJson(
  db: Storage,
  rows: QuestionRecord[],
  site: SiteRecord,
  viewer?: SessionUser,
): Promise<Question[]> {
  const ids = rows.flatMap((r) => (r.acceptedAnswerId ? [r.acceptedAnswerId] : []));
  const accepted = new Map((await db.answers.byIds(site.id, ids, viewer?.id)).map((a) => [a.id, a]));
  return rows.map((r) =>
    questionJson(r, r.acceptedAnswerId ? (accepted.get(r.acceptedAnswerId) ?? null) : null, site, viewer),
  );
}

export const notFoundQuestion = (id: string) => notFound(`There is no question ${id} on this site.`);
export const notFoundAnswer = (id: string) => notFound(`There is no answer ${id} on this site.`);

/** A question the reader may see (published, or pending and theirs), or a 404 problem. */
export async function visibleQuestion(
  db: Storage,
  site: string,
  id: string,
  user?: SessionUser,
): Promise<QuestionRecord> {
  const q = await db.questions.visible(site, id, user?.id);
  if (!q) throw notFoundQuestion(id);
  return q;
}
