import { AuthError, type CornerError, ValidationError } from "@corner/client";
import { atom, type ReadableAtom } from "nanostores";
import type { CornerConfig } from "./config.ts";
import { getToken, setSession } from "./session.ts";
import { toError } from "./shared.ts";
import { readJson, writeJson } from "./storage.ts";

/** A random UUID v4 that also works outside secure contexts, where `crypto.randomUUID` is missing. */
export function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** One unsent text (a review, an idea, a comment), field by field. */
export interface DraftStore<T extends object = ReviewDraft> {
  readonly $draft: ReadableAtom<T>;
  set<K extends keyof T>(field: K, value: T[K]): void;
  /** Forgets the draft: call only once the server accepted it. */
  clear(): void;
  /** The Idempotency-Key for sending the draft as it is now; the same until the draft changes. */
  idempotencyKey(): string;
}

const drafts = new Map<string, DraftStore<object>>();

/**
 * A draft persisted in localStorage under `storageKey`, so it survives failed posts, reloads and expired
 * sign-ins; one store per key for the page. Its Idempotency-Key is persisted beside it: a post whose answer
 * was lost, retried after a reload, is still stored once.
 * @example
 * const draft = persistedDraft("corner:draft:demo:sku-1:review", () => ({ rating: 0, title: "", body: "" }));
 * draft.set("rating", 4);
 */
export function persistedDraft<T extends object>(storageKey: string, empty: () => T): DraftStore<T> {
  const cached = drafts.get(storageKey) as DraftStore<T> | undefined;
  if (cached) return cached;
  const keyKey = `${storageKey}:key`;
  const $draft = atom<T>({ ...empty(), ...readJson<Partial<T>>(storageKey) });
  let key = readJson<string>(keyKey);
  const save = (next: T | null) => {
    key = null;
    writeJson(keyKey, null);
    $draft.set(next ?? empty());
    writeJson(storageKey, next);
  };
  const store: DraftStore<T> = {
    $draft,
    set(field, value) {
      if ($draft.get()[field] !== value) save({ ...$draft.get(), [field]: value });
    },
    clear: () => save(null),
    idempotencyKey() {
      if (!key) {
        key = uuid();
        writeJson(keyKey, key);
      }
      return key;
    },
  };
  drafts.set(storageKey, store as DraftStore<object>);
  return store;
}

export interface ReviewDraft {
  /** 0 until the person picks a star. */
  rating: number;
  title: string;
  body: string;
}

export const draftKey = (site: string, subject: string) => `corner:draft:${site}:${subject}:review`;

/**
 * The unsent review of a subject, persisted per field in localStorage so it survives failures and reloads.
 * @example
 * const draft = reviewDraft("demo", "trail-runner-2");
 * draft.set("rating", 4);
 */
export const reviewDraft = (site: string, subject: string): DraftStore<ReviewDraft> =>
  persistedDraft(draftKey(site, subject), () => ({ rating: 0, title: "", body: "" }));

/** How a write of the signed-in reader ended. */
export type WriteOutcome<R> =
  | { kind: "ok"; value: R }
  | { kind: "login-required" }
  | { kind: "invalid"; error: ValidationError; fields: Record<string, string> }
  | { kind: "failed"; error: CornerError };

/**
 * Runs a write as the site's signed-in reader. Without a session nothing is sent; a rejected or expired
 * token (401) signs out; both answer `login-required`, so the caller asks for sign-in and tries again.
 * @example
 * const out = await writeAs(config, () => ideas.followIdea(id));
 */
export async function writeAs<R>(config: CornerConfig, write: () => Promise<R>): Promise<WriteOutcome<R>> {
  if (!getToken(config.site)) return { kind: "login-required" };
  try {
    return { kind: "ok", value: await write() };
  } catch (e) {
    if (e instanceof AuthError) {
      setSession(config.site, null);
      return { kind: "login-required" };
    }
    if (e instanceof ValidationError) return { kind: "invalid", error: e, fields: e.fieldErrors() };
    return { kind: "failed", error: toError(e) };
  }
}

/**
 * Sends a draft as the signed-in reader with its Idempotency-Key, and clears it only when the server
 * accepts it (2xx): after a failure, a 401 or a reload the text is still there, and a retry of the
 * unchanged draft reuses its key.
 * @example
 * const out = await sendDraft(config, draft, (d, idempotencyKey) => ideas.createComment(id, d, { idempotencyKey }));
 */
export async function sendDraft<T extends object, R>(
  config: CornerConfig,
  draft: DraftStore<T>,
  send: (draft: T, idempotencyKey: string) => Promise<R>,
): Promise<WriteOutcome<R>> {
  const out = await writeAs(config, () => send(draft.$draft.get(), draft.idempotencyKey()));
  if (out.kind === "ok") draft.clear();
  return out;
}
