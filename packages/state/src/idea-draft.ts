import { AuthError, type CornerError, ideasClient, ValidationError } from "@corner/client";
import type { Idea } from "@corner/contracts";
import { atom, type ReadableAtom } from "nanostores";
import { type CornerConfig, clientFor } from "./config.ts";
import { uuid } from "./draft.ts";
import { getToken, setSession } from "./session.ts";
import { readJson, writeJson } from "./storage.ts";

export interface IdeaDraft {
  title: string;
  description: string;
  /** A category id of the board, or "" for none. */
  category: string;
}

export interface IdeaDraftStore {
  readonly $draft: ReadableAtom<IdeaDraft>;
  set<K extends keyof IdeaDraft>(field: K, value: IdeaDraft[K]): void;
  /** Forgets the draft: call only once the server accepted it. */
  clear(): void;
  /** The Idempotency-Key for sending the draft as it is now; the same until the draft changes. */
  idempotencyKey(): string;
}

export const ideaDraftKey = (site: string, board: string) => `corner:draft:${site}:${board}:idea`;
const emptyDraft = (): IdeaDraft => ({ title: "", description: "", category: "" });
const drafts = new Map<string, IdeaDraftStore>();

/**
 * The unsent idea of a board, persisted in localStorage so it survives failures and reloads.
 * @example
 * const draft = ideaDraft("demo", "feedback");
 * draft.set("title", "Dark mode");
 */
export function ideaDraft(site: string, board: string): IdeaDraftStore {
  const storageKey = ideaDraftKey(site, board);
  const cached = drafts.get(storageKey);
  if (cached) return cached;
  const $draft = atom<IdeaDraft>({ ...emptyDraft(), ...readJson<Partial<IdeaDraft>>(storageKey) });
  let key: string | null = null;
  const store: IdeaDraftStore = {
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

export type IdeaSubmitOutcome =
  | { kind: "ok"; idea: Idea }
  | { kind: "login-required" }
  | { kind: "invalid"; error: ValidationError; fields: Record<string, string> }
  | { kind: "failed"; error: CornerError };

/**
 * Sends the board's idea draft. The draft is cleared only when the server accepts it (2xx); a retry of the
 * unchanged draft reuses its Idempotency-Key. A rejected or expired token signs out and keeps the draft.
 * @example
 * const outcome = await submitIdea({ site: "demo", api }, "feedback");
 */
export async function submitIdea(config: CornerConfig, board: string): Promise<IdeaSubmitOutcome> {
  const draft = ideaDraft(config.site, board);
  if (!getToken(config.site)) return { kind: "login-required" };
  const { title, description, category } = draft.$draft.get();
  try {
    const idea = await ideasClient(clientFor(config)).createIdea(
      board,
      { title: title.trim(), description: description.trim(), ...(category ? { category } : {}) },
      { idempotencyKey: draft.idempotencyKey() },
    );
    draft.clear();
    return { kind: "ok", idea };
  } catch (e) {
    if (e instanceof AuthError) {
      setSession(config.site, null);
      return { kind: "login-required" };
    }
    if (e instanceof ValidationError) return { kind: "invalid", error: e, fields: e.fieldErrors() };
    return { kind: "failed", error: e as CornerError };
  }
}
