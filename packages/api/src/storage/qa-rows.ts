// Row shapes and SELECT fragments shared by the Q&A stores: a question or an answer with what its
// author's badges are computed from (staff flag, a published review of the subject, reputation points).

export type QaStatus = "published" | "pending" | "rejected";

/** An author as stored: badges are derived from these by the route, with the site's threshold. */
export interface QaAuthorRecord {
  id: string;
  name: string;
  /** The question was asked, or the answer written, with a staff session. */
  staff: boolean;
  /** A published review by this person of the question's subject. */
  verified: boolean;
  points: number;
}

export interface QuestionRecord {
  id: string;
  siteId: string;
  subject: string;
  author: QaAuthorRecord;
  title: string;
  details: string;
  status: QaStatus;
  answerCount: number;
  officialCount: number;
  acceptedAnswerId: string | null;
  createdAt: string;
  updatedAt: string;
  following?: boolean;
}

export interface AnswerRecord {
  id: string;
  questionId: string;
  subject: string;
  author: QaAuthorRecord;
  body: string;
  official: boolean;
  accepted: boolean;
  votes: number;
  status: QaStatus;
  createdAt: string;
  votedByMe?: boolean;
}

type AuthorRow = {
  person_id: string;
  author_name: string;
  author_staff: boolean;
  author_verified: boolean;
  author_points: number;
};

export type QuestionRow = AuthorRow & {
  id: string;
  site_id: string;
  subject: string;
  title: string;
  details: string;
  status: QaStatus;
  answer_count: number;
  official_count: number;
  accepted_answer_id: string | null;
  created_at: Date;
  updated_at: Date;
  following?: boolean;
};

export type AnswerRow = AuthorRow & {
  id: string;
  question_id: string;
  subject: string;
  body: string;
  official: boolean;
  accepted: boolean;
  votes: number;
  status: QaStatus;
  created_at: Date;
  answer_rank?: number;
  voted_by_me?: boolean;
};

const toAuthor = (r: AuthorRow): QaAuthorRecord => ({
  id: r.person_id,
  name: r.author_name,
  staff: r.author_staff,
  verified: r.author_verified,
  points: Number(r.author_points),
});

export const toQuestion = (r: QuestionRow): QuestionRecord => ({
  id: r.id,
  siteId: r.site_id,
  subject: r.subject,
  author: toAuthor(r),
  title: r.title,
  details: r.details,
  status: r.status,
  answerCount: r.answer_count,
  officialCount: r.official_count,
  acceptedAnswerId: r.accepted_answer_id,
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
  ...(r.following === undefined ? {} : { following: r.following }),
});

export const toAnswer = (r: AnswerRow): AnswerRecord => ({
  id: r.id,
  questionId: r.question_id,
  subject: r.subject,
  author: toAuthor(r),
  body: r.body,
  official: r.official,
  accepted: r.accepted,
  votes: r.votes,
  status: r.status,
  createdAt: new Date(r.created_at).toISOString(),
  ...(r.voted_by_me === undefined ? {} : { votedByMe: r.voted_by_me }),
});

/** The author's reputation points and whether they published a review of `subject`. */
const authorColumns = (row: "q" | "a", rep: string) => `p.name AS author_name,
  COALESCE(${rep}.points, 0) AS author_points,
  EXISTS (SELECT 1 FROM reviews r WHERE r.site_id = ${row}.site_id AND r.subject = q.subject
    AND r.person_id = ${row}.person_id AND r.status = 'published') AS author_verified`;

/** Question columns; `me` is the viewer's parameter (adds `following`). */
export const questionSelect = (me?: string) => `SELECT q.id, q.site_id, q.subject, q.person_id, q.title,
  q.details, q.status, q.answer_count, q.official_count, q.accepted_answer_id, q.created_at, q.updated_at,
  q.staff AS author_staff, ${authorColumns("q", "rq")}${
    me
      ? `, EXISTS (SELECT 1 FROM question_followers f WHERE f.site_id = q.site_id AND f.question_id = q.id
          AND f.person_id = ${me}::uuid) AS following`
      : ""
  }
  FROM questions q JOIN people p ON p.id = q.person_id
  LEFT JOIN reputation rq ON rq.site_id = q.site_id AND rq.person_id = q.person_id`;

/**
 * `top` order puts the accepted answer first: its rank is above any possible vote count (an integer
 * column), then answers by votes.
 */
export const ANSWER_RANK = `(CASE WHEN q.accepted_answer_id = a.id THEN 2147483648 ELSE a.votes END)::float8`;

/** Answer columns; `me` is the viewer's parameter (adds `voted_by_me`). */
export const answerSelect = (me?: string) => `SELECT a.id, a.question_id, q.subject, a.person_id, a.body,
  a.official, a.status, a.votes, a.created_at, COALESCE(q.accepted_answer_id = a.id, false) AS accepted,
  ${ANSWER_RANK} AS answer_rank, a.official AS author_staff, ${authorColumns("a", "ra")}${
    me
      ? `, EXISTS (SELECT 1 FROM answer_votes v WHERE v.site_id = a.site_id AND v.answer_id = a.id
          AND v.person_id = ${me}::uuid) AS voted_by_me`
      : ""
  }
  FROM answers a JOIN questions q ON q.id = a.question_id JOIN people p ON p.id = a.person_id
  LEFT JOIN reputation ra ON ra.site_id = a.site_id AND ra.person_id = a.person_id`;

/** Published rows, plus the viewer's own pending ones (`me` is the viewer's parameter, or absent). */
export const visibleTo = (row: "q" | "a", me?: string) =>
  me
    ? `(${row}.status = 'published' OR (${row}.status = 'pending' AND ${row}.person_id = ${me}::uuid))`
    : `${row}.status = 'published'`;
