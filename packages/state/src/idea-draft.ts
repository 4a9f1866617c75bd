import { ideasClient } from "@corner/client";
import type { Idea } from "@corner/contracts";
import { type CornerConfig, clientFor } from "./config.ts";
import { type DraftStore, persistedDraft, sendDraft, type WriteOutcome } from "./draft.ts";

export interface IdeaDraft {
  title: string;
  description: string;
  /** A category id of the board, or "" for none. */
  category: string;
}

export type IdeaDraftStore = DraftStore<IdeaDraft>;

export const ideaDraftKey = (site: string, board: string) => `corner:draft:${site}:${board}:idea`;

/**
 * The unsent idea of a board, persisted in localStorage so it survives failures and reloads.
 * @example
 * const draft = ideaDraft("demo", "feedback");
 * draft.set("title", "Dark mode");
 */
export const ideaDraft = (site: string, board: string): IdeaDraftStore =>
  persistedDraft(ideaDraftKey(site, board), () => ({ title: "", description: "", category: "" }));

export interface CommentDraft {
  body: string;
}

/** Where the unsent comment on an idea (`parentId` null) or reply to one of its comments is kept. */
export const commentDraftKey = (site: string, idea: string, parentId: string | null) =>
  `corner:draft:${site}:${idea}:${parentId ? `reply:${parentId}` : "comment"}`;

/**
 * The unsent comment on an idea, or reply to one of its top-level comments, persisted like the other drafts.
 * @example
 * commentDraft("demo", ideaId, null).set("body", "Yes please");
 */
export const commentDraft = (site: string, idea: string, parentId: string | null): DraftStore<CommentDraft> =>
  persistedDraft(commentDraftKey(site, idea, parentId), () => ({ body: "" }));

export type IdeaSubmitOutcome = { kind: "ok"; idea: Idea } | Exclude<WriteOutcome<Idea>, { kind: "ok" }>;

/**
 * Sends the board's idea draft. The draft is cleared only when the server accepts it (2xx); a retry of the
 * unchanged draft reuses its Idempotency-Key. A rejected or expired token signs out and keeps the draft.
 * @example
 * const outcome = await submitIdea({ site: "demo", api }, "feedback");
 */
export async function submitIdea(config: CornerConfig, board: string): Promise<IdeaSubmitOutcome> {
  const out = await sendDraft(config, ideaDraft(config.site, board), (d, idempotencyKey) =>
    ideasClient(clientFor(config)).createIdea(
      board,
      {
        title: d.title.trim(),
        description: d.description.trim(),
        ...(d.category ? { category: d.category } : {}),
      },
      { idempotencyKey },
    ),
  );
  return out.kind === "ok" ? { kind: "ok", idea: out.value } : out;
}
