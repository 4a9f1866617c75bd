import { atom, type ReadableAtom } from "nanostores";
import { readJson, writeJson } from "./storage.ts";

/** A random UUID v4 that also works outside secure contexts, where `crypto.randomUUID` is missing. */
export function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface ReviewDraft {
  /** 0 until the person picks a star. */
  rating: number;
  title: string;
  body: string;
}

export interface DraftStore {
  readonly $draft: ReadableAtom<ReviewDraft>;
  set<K extends keyof ReviewDraft>(field: K, value: ReviewDraft[K]): void;
  /** Forgets the draft: call only once the server accepted it. */
  clear(): void;
  /** The Idempotency-Key for sending the draft as it is now; the same until the draft changes. */
  idempotencyKey(): string;
}

export const draftKey = (site: string, subject: string) => `corner:draft:${site}:${subject}:review`;
const emptyDraft = (): ReviewDraft => ({ rating: 0, title: "", body: "" });
const drafts = new Map<string, DraftStore>();

/**
 * The unsent review of a subject, persisted per field in localStorage so it survives failures and reloads.
 * @example
 * const draft = reviewDraft("demo", "trail-runner-2");
 * draft.set("rating", 4);
 */
export function reviewDraft(site: string, subject: string): DraftStore {
  const storageKey = draftKey(site, subject);
  const cached = drafts.get(storageKey);
  if (cached) return cached;
  const stored = readJson<Partial<ReviewDraft>>(storageKey);
  const $draft = atom<ReviewDraft>({ ...emptyDraft(), ...stored });
  let key: string | null = null;
  const store: DraftStore = {
    $draft,
    set(field, value) {
      if ($draft.get()[field] === value) return;
      key = null;
      const next = { ...$draft.get(), [field]: value };
      $draft.set(next);
      writeJson(storageKey, next);
    },
    clear() {
      key = null;
      $draft.set(emptyDraft());
      writeJson(storageKey, null);
    },
    idempotencyKey: () => {
      key ??= uuid();
      return key;
    },
  };
  drafts.set(storageKey, store);
  return store;
}
