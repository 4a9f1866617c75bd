import { type CornerError, surveysClient } from "@corner/client";
import type { SurveyAnswer, SurveyResponseResult, SurveyResponseWrite } from "@corner/contracts";
import { atom, type ReadableAtom } from "nanostores";
import { type CornerConfig, clientFor } from "./config.ts";
import { getToken, setSession } from "./session.ts";
import { toError } from "./shared.ts";
import { readJson, writeJson } from "./storage.ts";

/** What a step holds while the person answers: a scale's number, a choice id, the ids picked, or text. */
export type SurveyPick = number | string | string[];

/**
 * A survey in progress in this browser: the response the server gave (`responseId`, `key`), the step shown,
 * the steps before it (Back goes through them), and what was picked or typed per step (also on steps left
 * by Back or by another branch, so going back shows the earlier answer).
 */
export interface SurveyDraft {
  responseId: string;
  key: string;
  /** The step shown; "" before the first. */
  step: string;
  /** The steps answered or skipped before it, in order. */
  path: string[];
  picks: Record<string, SurveyPick>;
  /** The text of each step's "Other" option. */
  other: Record<string, string>;
}

/** The survey in progress of a site and survey id, persisted in localStorage. */
export interface SurveyDraftStore {
  readonly $draft: ReadableAtom<SurveyDraft>;
  /** Changes some fields at once (and forgets the Idempotency-Key when the answers change). */
  update(change: Partial<SurveyDraft>): void;
  /** Forgets the survey in progress: call once the response is complete. */
  clear(): void;
  /** The Idempotency-Key for starting the response with the answers as they are now. */
  idempotencyKey(): string;
}

export const surveyDraftKey = (site: string, surveyId: string) => `corner:survey-draft:${site}:${surveyId}`;

const empty = (): SurveyDraft => ({ responseId: "", key: "", step: "", path: [], picks: {}, other: {} });
const drafts = new Map<string, SurveyDraftStore>();
const randomKey = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * The survey in progress, persisted in localStorage `corner:survey-draft:<site>:<id>` (one store per key
 * for the page), so a failed request, a reload or an expired sign-in loses nothing. Cleared once the
 * response is complete. (Not the forms' `persistedDraft`: that module stays with the forms, out of the
 * survey's first view.)
 * @example
 * const draft = surveyDraft("demo", "nps");
 * draft.update({ picks: { ...draft.$draft.get().picks, score: 9 } });
 */
export function surveyDraft(site: string, surveyId: string): SurveyDraftStore {
  const storageKey = surveyDraftKey(site, surveyId);
  let store = drafts.get(storageKey);
  if (store) return store;
  const $draft = atom<SurveyDraft & { idem?: string }>({
    ...empty(),
    ...readJson<Partial<SurveyDraft>>(storageKey),
  });
  const save = (next: SurveyDraft & { idem?: string }) => {
    $draft.set(next);
    writeJson(storageKey, next);
  };
  store = {
    $draft,
    update(change) {
      const answers = "picks" in change || "other" in change || "responseId" in change;
      save({ ...$draft.get(), ...change, ...(answers ? { idem: "" } : {}) });
    },
    clear() {
      $draft.set(empty());
      writeJson(storageKey, null);
    },
    idempotencyKey() {
      const { idem } = $draft.get();
      if (idem) return idem;
      const key = randomKey();
      save({ ...$draft.get(), idem: key });
      return key;
    },
  };
  drafts.set(storageKey, store);
  return store;
}

/** How writing a survey's answers ended. */
export type SurveyWriteOutcome =
  | { kind: "ok"; result: SurveyResponseResult }
  /** The server refused an answer (400/422): `message` says why; changing the answer is the way on. */
  | { kind: "invalid"; error: CornerError; message: string }
  /** The response was already complete (409): nothing more to send. */
  | { kind: "closed" }
  | { kind: "failed"; error: CornerError };

/**
 * Sends the answers so far of the draft's response (starting one on the first call, with `context` and the
 * draft's Idempotency-Key; continuing it with `responseId` and `key` after) and keeps the server's id and key
 * in the draft. Needs no sign-in: a signed-in person's token goes along, and a token the server rejects
 * signs out and the write is tried again without it. A response the server no longer knows (404/403) is
 * started again with the same answers.
 * @example
 * const out = await writeSurveyAnswers(config, "nps", [{ stepId: "score", value: 9 }], { complete: false });
 */
export async function writeSurveyAnswers(
  config: CornerConfig,
  surveyId: string,
  answers: SurveyAnswer[],
  opts: { complete: boolean; context?: SurveyResponseWrite["context"] },
): Promise<SurveyWriteOutcome> {
  const draft = surveyDraft(config.site, surveyId);
  const write = () => {
    const { responseId, key } = draft.$draft.get();
    const body: SurveyResponseWrite = responseId
      ? { responseId, key, answers, complete: opts.complete }
      : { answers, complete: opts.complete, ...(opts.context ? { context: opts.context } : {}) };
    return surveysClient(clientFor(config)).writeResponse(surveyId, body, {
      idempotencyKey: responseId ? undefined : draft.idempotencyKey(),
    });
  };
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await write();
      draft.update({ responseId: result.responseId, key: result.key });
      return { kind: "ok", result };
    } catch (e) {
      const error = toError(e);
      const { status } = error;
      if (attempt === 0 && status === 401 && getToken(config.site)) {
        setSession(config.site, null);
        continue;
      }
      if (attempt === 0 && (status === 403 || status === 404) && draft.$draft.get().responseId) {
        draft.update({ responseId: "", key: "" });
        continue;
      }
      if (status === 409) return { kind: "closed" };
      if (status === 400 || status === 422)
        return { kind: "invalid", error, message: error.errors[0]?.message || error.detail };
      return { kind: "failed", error };
    }
  }
}

/** Reports that a survey was shown or dismissed; a failure is ignored (the page must not suffer for it). */
export async function recordSurveyEvent(
  config: CornerConfig,
  surveyId: string,
  type: "shown" | "dismissed",
): Promise<void> {
  try {
    await surveysClient(clientFor(config)).recordEvent(surveyId, { type });
  } catch {
    // Counted in the results only; the local history already remembers it for this browser.
  }
}

/** A JSON value in localStorage (the survey history `corner:surveys:<site>`), or null. */
export const readStored = <T>(key: string): T | null => readJson<T>(key);

/** Reads, changes and writes back a JSON value in localStorage; quietly in memory only where it is blocked. */
export function updateStored<T>(key: string, change: (value: T | null) => T): T {
  const next = change(readJson<T>(key));
  writeJson(key, next);
  return next;
}
