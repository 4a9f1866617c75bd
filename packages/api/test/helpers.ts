import assert from "node:assert/strict";
import type { Storage } from "@corner/api";
import { ProblemType } from "@corner/contracts";

/** Asserts an RFC 9457 answer and returns its body. */
export async function expectProblem(
  res: Response,
  status: number,
  type: keyof typeof ProblemType,
): Promise<{ detail: string; errors?: { path: string; message: string }[] }> {
  const text = await res.text();
  assert.equal(res.status, status, text);
  assert.match(res.headers.get("content-type") ?? "", /^application\/problem\+json/);
  const body = JSON.parse(text) as { type: string; title: string; status: number; detail: string };
  assert.equal(body.type, ProblemType[type]);
  assert.equal(body.status, status);
  assert.ok(body.title.length > 0 && body.detail.length > 0);
  return body;
}

/** Rows a site has in a table (tests use it to prove bad input stored nothing). */
export async function rowsFor(
  storage: Storage,
  table:
    | "reviews"
    | "helpful_votes"
    | "reports"
    | "people"
    | "idempotency_keys"
    | "boards"
    | "ideas"
    | "idea_votes"
    | "idea_followers"
    | "idea_comments"
    | "notifications"
    | "questions"
    | "question_summaries"
    | "answers"
    | "answer_votes"
    | "question_followers"
    | "qa_reports"
    | "reputation",
  site: string,
) {
  const rows = await storage.driver.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} WHERE site_id = $1`,
    [site],
  );
  return rows[0]!.n;
}

export const json = { "content-type": "application/json" };
