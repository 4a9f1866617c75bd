import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { SurveyAnswerValue, SurveyDefinition, SurveyStep } from "@corner/contracts";
import { nextStep } from "@corner/survey-rules";
import type { Driver } from "./driver.ts";
import { uuidv7 } from "./ids.ts";
import { rememberPerson } from "./surveys.ts";

/** One answer as stored: typed columns, so results aggregate in SQL. */
export type AnswerColumns = {
  num: number | null;
  choices: string[] | null;
  other: string | null;
  text: string | null;
};

export type ResponseWriteOutcome =
  | { ok: true; created: boolean; responseId: string; key: string; complete: boolean }
  /** No such response for this survey, or neither its key nor its person: never says which. */
  | { ok: false; reason: "notFound" }
  | { ok: false; reason: "completed" }
  /** `complete` while a required step on the answers' path has no answer. */
  | { ok: false; reason: "required"; stepId: string };

const isOther = (x: unknown): x is { other: string } =>
  typeof x === "object" &&
  x !== null &&
  !Array.isArray(x) &&
  typeof (x as { other?: unknown }).other === "string";

/** An answer (already checked with `checkAnswer`) in the columns of its step's type. */
export function toColumns(step: SurveyStep, value: SurveyAnswerValue): AnswerColumns {
  const none: AnswerColumns = { num: null, choices: null, other: null, text: null };
  switch (step.type) {
    case "single":
      return isOther(value)
        ? { ...none, other: value.other.trim() }
        : { ...none, choices: [value as string] };
    case "multiple": {
      const items = value as (string | { other: string })[];
      const other = items.find(isOther);
      return {
        ...none,
        choices: items.filter((i): i is string => typeof i === "string"),
        other: other ? other.other.trim() : null,
      };
    }
    case "text":
      return { ...none, text: (value as string).trim() };
    default:
      return { ...none, num: value as number };
  }
}

/** The stored columns back as the answer value `nextStep()` reads, or undefined when they do not fit the step. */
export function fromColumns(step: SurveyStep, c: AnswerColumns): SurveyAnswerValue | undefined {
  switch (step.type) {
    case "single":
      return c.other !== null ? { other: c.other } : (c.choices?.[0] ?? undefined);
    case "multiple":
      return [...(c.choices ?? []), ...(c.other !== null ? [{ other: c.other }] : [])];
    case "text":
      return c.text ?? undefined;
    case "thanks":
      return undefined;
    default:
      return c.num ?? undefined;
  }
}

/**
 * The steps a visitor with these answers passes through, from the first step by skip logic, and the
 * first required step among them without an answer (a thank-you step ends the path).
 */
export function answerPath(
  definition: SurveyDefinition,
  answers: ReadonlyMap<string, SurveyAnswerValue>,
): { path: string[]; missing: string | null } {
  const path: string[] = [];
  let at: string | null = definition.steps[0]?.id ?? null;
  while (at !== null && !path.includes(at)) {
    const id: string = at;
    const step = definition.steps.find((s) => s.id === id);
    if (!step) break;
    path.push(id);
    const value = answers.get(id);
    if (value === undefined && step.type !== "thanks" && step.required) return { path, missing: id };
    at = nextStep(definition, id, value);
  }
  return { path, missing: null };
}

/** Only path and query of a page address are kept (never its host or fragment), at most 2048 characters. */
export function pathAndQuery(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, "http://localhost");
    return (u.pathname + u.search).slice(0, 2048);
  } catch {
    return null;
  }
}

const hashKey = (key: string) => createHash("sha256").update(key).digest("base64url");
const newKey = () => randomBytes(24).toString("base64url");
const sameHash = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

type AnswerRow = AnswerColumns & { step_id: string };

export function surveyResponsesStore(db: Driver) {
  return {
    /**
     * Creates a response (no `responseId`) or continues one (its key, or the signed-in person it belongs
     * to), upserting the answers by step. `complete` walks the path the answers take, refuses a required
     * step left out on it, drops answers off it and counts the completion once. The survey's status and
     * each answer's fit are the caller's to check first; nothing is written on a refusal.
     */
    write(input: {
      siteId: string;
      definition: SurveyDefinition;
      responseId?: string | undefined;
      key?: string | undefined;
      personId?: string | undefined;
      answers: { stepId: string; value: SurveyAnswerValue }[];
      complete: boolean;
      context?: { url?: string | undefined; language?: string | undefined; device?: string | undefined };
      /** Seed data only: when the answers were given. */
      at?: string;
    }): Promise<ResponseWriteOutcome> {
      const def = input.definition;
      const at = input.at ?? new Date().toISOString();
      return db.transaction(async (tx) => {
        let responseId: string;
        let key: string;
        let created = false;
        const known = new Map<string, AnswerColumns>();
        if (input.responseId) {
          const rows = await tx.query<{
            key_hash: string;
            person_id: string | null;
            completed_at: Date | null;
          }>(
            `SELECT key_hash, person_id, completed_at FROM survey_responses
             WHERE site_id = $1 AND survey_id = $2 AND id = $3::uuid FOR UPDATE`,
            [input.siteId, def.id, input.responseId],
          );
          const row = rows[0];
          const keyOk = row && input.key !== undefined && sameHash(hashKey(input.key), row.key_hash);
          const personOk = row && input.personId !== undefined && row.person_id === input.personId;
          if (!row || !(keyOk || personOk)) return { ok: false, reason: "notFound" };
          if (row.completed_at !== null) return { ok: false, reason: "completed" };
          responseId = input.responseId;
          // A person continuing on another device without the key gets a new one (the old one stops working).
          key = keyOk ? (input.key as string) : newKey();
          for (const a of await tx.query<AnswerRow>(
            "SELECT step_id, num, choices, other, text FROM survey_answers WHERE response_id = $1::uuid",
            [responseId],
          )) {
            known.set(a.step_id, a);
          }
        } else {
          responseId = uuidv7();
          key = newKey();
          created = true;
        }

        const steps = new Map(def.steps.map((s) => [s.id, s]));
        const given = new Map<string, AnswerColumns>();
        for (const a of input.answers) given.set(a.stepId, toColumns(steps.get(a.stepId)!, a.value));
        let keep: string[] | null = null;
        if (input.complete) {
          const values = new Map<string, SurveyAnswerValue>();
          for (const [stepId, cols] of [...known, ...given]) {
            const step = steps.get(stepId);
            const value = step ? fromColumns(step, cols) : undefined;
            if (value !== undefined) values.set(stepId, value);
          }
          const { path, missing } = answerPath(def, values);
          if (missing !== null) return { ok: false, reason: "required", stepId: missing };
          keep = path;
        }

        if (created) {
          const ctx = input.context ?? {};
          await tx.query(
            `INSERT INTO survey_responses (id, site_id, survey_id, key_hash, person_id, url, language, device, started_at, updated_at)
             VALUES ($1::uuid, $2, $3, $4, $5::uuid, $6, $7, $8, $9::timestamptz, $9::timestamptz)`,
            [
              responseId,
              input.siteId,
              def.id,
              hashKey(key),
              input.personId ?? null,
              pathAndQuery(ctx.url),
              ctx.language ?? null,
              ctx.device ?? null,
              at,
            ],
          );
          // A response counts once it has an answer, which its first write always carries.
          await tx.query(
            "UPDATE survey_stats SET responses = responses + 1 WHERE site_id = $1 AND survey_id = $2",
            [input.siteId, def.id],
          );
        } else {
          await tx.query(
            `UPDATE survey_responses SET updated_at = $3::timestamptz, key_hash = $4,
               person_id = COALESCE(person_id, $5::uuid)
             WHERE site_id = $1 AND id = $2::uuid`,
            [input.siteId, responseId, at, hashKey(key), input.personId ?? null],
          );
        }
        for (const [stepId, c] of given) {
          await tx.query(
            `INSERT INTO survey_answers (site_id, survey_id, response_id, step_id, num, choices, other, text, answered_at)
             VALUES ($1, $2, $3::uuid, $4, $5::int, $6::text[], $7, $8, $9::timestamptz)
             ON CONFLICT (response_id, step_id) DO UPDATE SET num = EXCLUDED.num, choices = EXCLUDED.choices,
               other = EXCLUDED.other, text = EXCLUDED.text, answered_at = EXCLUDED.answered_at`,
            [input.siteId, def.id, responseId, stepId, c.num, c.choices, c.other, c.text, at],
          );
        }
        if (keep) {
          await tx.query(
            "DELETE FROM survey_answers WHERE response_id = $1::uuid AND NOT (step_id = ANY($2::text[]))",
            [responseId, keep],
          );
          const done = await tx.query(
            `UPDATE survey_responses SET completed_at = $3::timestamptz
             WHERE site_id = $1 AND id = $2::uuid AND completed_at IS NULL RETURNING id`,
            [input.siteId, responseId, at],
          );
          if (done.length === 1) {
            await tx.query(
              "UPDATE survey_stats SET completed = completed + 1 WHERE site_id = $1 AND survey_id = $2",
              [input.siteId, def.id],
            );
          }
          if (input.personId)
            await rememberPerson(tx, input.siteId, input.personId, def.id, "answered_at", at);
        }
        return { ok: true, created, responseId, key, complete: keep !== null };
      });
    },
  };
}
