import { type Driver, sqlParams } from "./driver.ts";
import type { IdeaStatus } from "./ideas.ts";
import { uuidv7 } from "./ids.ts";
import { afterKeyset, keysetPage } from "./keyset.ts";

export type NotificationRecord =
  | {
      id: string;
      kind: "status";
      idea: { id: string; title: string };
      status: IdeaStatus;
      response: string | null;
      createdAt: string;
      read: boolean;
    }
  | {
      id: string;
      kind: "answer" | "accepted";
      question: { id: string; title: string; subject: string };
      answer: { id: string; author: { id: string; name: string } };
      createdAt: string;
      read: boolean;
    };

type Row = {
  id: string;
  kind: NotificationRecord["kind"];
  idea_id: string | null;
  idea_title: string | null;
  status: IdeaStatus | null;
  response: string | null;
  question_id: string | null;
  question_title: string | null;
  subject: string | null;
  answer_id: string | null;
  answer_person_id: string | null;
  answer_author_name: string | null;
  created_at: Date;
  read_at: Date | null;
};

/** Newest first. */
const NEWEST_FIRST = { after: "(n.created_at, n.id) < ($C::timestamptz, $I::uuid)", key: () => null };

const toNotification = (r: Row): NotificationRecord => {
  const createdAt = new Date(r.created_at).toISOString();
  const read = r.read_at !== null;
  if (r.kind === "status") {
    return {
      id: r.id,
      kind: "status",
      idea: { id: r.idea_id!, title: r.idea_title! },
      status: r.status!,
      response: r.response,
      createdAt,
      read,
    };
  }
  return {
    id: r.id,
    kind: r.kind,
    question: { id: r.question_id!, title: r.question_title!, subject: r.subject! },
    answer: { id: r.answer_id!, author: { id: r.answer_person_id!, name: r.answer_author_name! } },
    createdAt,
    read,
  };
};

/**
 * One notification per recipient that a question was answered or had an answer accepted: the
 * question's followers plus `include`, minus `except` (whoever acted). Runs inside the caller's
 * transaction. Answers how many were notified.
 */
export async function notifyQuestion(
  tx: Driver,
  n: {
    siteId: string;
    kind: "answer" | "accepted";
    questionId: string;
    answerId: string;
    include?: string[];
    except: (string | null)[];
    at: string;
  },
): Promise<number> {
  const followers = await tx.query<{ person_id: string }>(
    "SELECT person_id FROM question_followers WHERE site_id = $1 AND question_id = $2::uuid",
    [n.siteId, n.questionId],
  );
  const to = new Set([...followers.map((f) => f.person_id), ...(n.include ?? [])]);
  for (const who of n.except) if (who) to.delete(who);
  const people = [...to].sort();
  if (people.length === 0) return 0;
  await tx.query(
    `INSERT INTO notifications (id, site_id, person_id, kind, question_id, answer_id, created_at)
     SELECT r.id, $1, r.person, $2, $3::uuid, $4::uuid, $5::timestamptz
     FROM unnest($6::uuid[], $7::uuid[]) AS r (id, person)`,
    [n.siteId, n.kind, n.questionId, n.answerId, n.at, people.map(() => uuidv7()), people],
  );
  return people.length;
}

export function notificationsStore(db: Driver) {
  const unread = async (siteId: string, personId: string) =>
    (
      await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM notifications WHERE site_id = $1 AND person_id = $2::uuid AND read_at IS NULL",
        [siteId, personId],
      )
    )[0]!.n;

  return {
    /** Follows (or stops following) a published idea; idempotent. Null when there is no such idea. */
    async follow(siteId: string, ideaId: string, personId: string, on: boolean): Promise<boolean | null> {
      const found = await db.query(
        "SELECT 1 FROM ideas WHERE site_id = $1 AND id = $2::uuid AND moderation = 'published'",
        [siteId, ideaId],
      );
      if (found.length === 0) return null;
      if (on) {
        await db.query(
          `INSERT INTO idea_followers (site_id, idea_id, person_id, created_at)
           VALUES ($1, $2::uuid, $3::uuid, $4::timestamptz) ON CONFLICT DO NOTHING`,
          [siteId, ideaId, personId, new Date().toISOString()],
        );
      } else {
        await db.query(
          "DELETE FROM idea_followers WHERE site_id = $1 AND idea_id = $2::uuid AND person_id = $3::uuid",
          [siteId, ideaId, personId],
        );
      }
      return on;
    },

    /** The person's notifications, newest first, with how many are unread. */
    async list(q: {
      siteId: string;
      personId: string;
      cursor?: string | undefined;
      limit: number;
    }): Promise<{ items: NotificationRecord[]; next: string | null; unread: number }> {
      const { params, p } = sqlParams([q.siteId, q.personId, q.limit + 1]);
      const after = q.cursor ? ` AND ${afterKeyset(q.cursor, "notifications", NEWEST_FIRST, p)}` : "";
      const rows = await db.query<Row>(
        `SELECT n.id, n.kind, n.idea_id, i.title AS idea_title, n.status, n.response,
           n.question_id, q.title AS question_title, q.subject, n.answer_id,
           a.person_id AS answer_person_id, ap.name AS answer_author_name, n.created_at, n.read_at
         FROM notifications n
           LEFT JOIN ideas i ON i.id = n.idea_id
           LEFT JOIN questions q ON q.id = n.question_id
           LEFT JOIN answers a ON a.id = n.answer_id
           LEFT JOIN people ap ON ap.id = a.person_id
         WHERE n.site_id = $1 AND n.person_id = $2::uuid${after}
         ORDER BY n.created_at DESC, n.id DESC LIMIT $3`,
        params,
      );
      const { page, next } = keysetPage(rows, q.limit, "notifications", NEWEST_FIRST);
      return {
        items: page.map(toNotification),
        next,
        unread: await unread(q.siteId, q.personId),
      };
    },

    /** Marks the given notifications (or all) read; answers how many stay unread. */
    async markRead(siteId: string, personId: string, ids?: string[]): Promise<number> {
      await db.query(
        `UPDATE notifications SET read_at = $3::timestamptz
         WHERE site_id = $1 AND person_id = $2::uuid AND read_at IS NULL${ids ? " AND id = ANY($4::uuid[])" : ""}`,
        [siteId, personId, new Date().toISOString(), ...(ids ? [ids] : [])],
      );
      return unread(siteId, personId);
    },
  };
}
