import type { SurveyDefinition, SurveyStep } from "@corner/contracts";
import type { ExportRow, Storage } from "../storage/index.ts";
import type { AnswerColumns } from "../storage/survey-responses.ts";

/** Responses read per query while exporting. */
export const CSV_BATCH = 500;

/**
 * One CSV field: text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
 * gets a leading `'`; then RFC 4180 quoting when it holds a comma, quote or line break.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvLine = (cells: string[]) => `${cells.map(csvCell).join(",")}\r\n`;

/** Steps that take an answer: one column each, headed by the step id. */
const questionSteps = (def: SurveyDefinition) => def.steps.filter((s) => s.type !== "thanks");

export const csvHeader = (def: SurveyDefinition) =>
  csvLine([
    "response_id",
    "started_at",
    "updated_at",
    "complete",
    "url",
    "language",
    "device",
    "signed_in",
    ...questionSteps(def).map((s) => s.id),
  ]);

/** An answer as a person reads it: choice labels (several joined by "; "), "Other: …", the number or text. */
export function answerText(step: SurveyStep, a: AnswerColumns | undefined): string {
  if (!a) return "";
  if (step.type === "single" || step.type === "multiple") {
    const labels = new Map(step.choices.map((c) => [c.id, c.label]));
    const parts = (a.choices ?? []).map((id) => labels.get(id) ?? id);
    if (a.other !== null) parts.push(`Other: ${a.other}`);
    return parts.join("; ");
  }
  if (a.num !== null) return String(a.num);
  return a.text ?? a.other ?? (a.choices ?? []).join("; ");
}

export const csvRow = (def: SurveyDefinition, r: ExportRow) =>
  csvLine([
    r.id,
    r.startedAt,
    r.updatedAt,
    String(r.completedAt !== null),
    r.url ?? "",
    r.language ?? "",
    r.device ?? "",
    String(r.signedIn),
    ...questionSteps(def).map((s) => answerText(s, r.answers.get(s.id))),
  ]);

/**
 * The survey's responses as CSV, oldest first, streamed in keyset-paged batches so a large survey never
 * becomes one string in memory.
 */
export function csvStream(
  db: Storage,
  siteId: string,
  def: SurveyDefinition,
  log: (msg: string, err?: unknown) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: { startedAt: string; id: string } | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvHeader(def)));
        return;
      }
      try {
        const batch = await db.surveyResults.exportBatch(siteId, def.id, after, CSV_BATCH);
        if (batch.length > 0) {
          controller.enqueue(encoder.encode(batch.map((r) => csvRow(def, r)).join("")));
          const last = batch[batch.length - 1]!;
          after = { startedAt: last.startedAt, id: last.id };
        }
        if (batch.length < CSV_BATCH) controller.close();
      } catch (err) {
        log(`exporting survey ${def.id} of ${siteId}`, err);
        controller.error(err);
      }
    },
  });
}
