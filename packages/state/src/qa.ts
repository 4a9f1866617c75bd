import { qaClient } from "@corner/client";
import type { Question, QuestionSort } from "@corner/contracts";
import type { ReadableAtom, WritableAtom } from "nanostores";
import { type CornerConfig, clientFor } from "./config.ts";
import { createListStore, type ListState } from "./list.ts";
import { acquireShared, isAbort } from "./shared.ts";

/** What the list shows: the sort and a search text. */
export interface QuestionsQuery {
  sort: QuestionSort;
  q: string;
}

export interface QuestionsState extends QuestionsQuery, ListState<Question> {
  /** The subject's published questions (whatever the search), 0 before the first load. */
  total: number;
}

export interface QuestionsStore {
  readonly $state: ReadableAtom<QuestionsState>;
  /** Loads the first page for the current query changed by `query`, cancelling whatever was loading. */
  load(query?: Partial<QuestionsQuery>): Promise<void>;
  /** Appends the next page. */
  loadMore(): Promise<void>;
  /** Loads the current query again (after an error or a sign-in). */
  reload(): Promise<void>;
  /** Changes a question if the list has it (no request): an answer or a choice reported by its detail. */
  patchQuestion(id: string, p: Partial<Question>): void;
  /**
   * Shows a newly asked question at the top (whatever the sort: its author looks for it there); a published
   * one counts in the total.
   */
  prependQuestion(q: Question): void;
  /**
   * Reads one question again and takes its counters and accepted answer (after its detail accepted an
   * answer: the list previews it). Failures leave the list as it is.
   */
  refreshQuestion(id: string): Promise<void>;
  /** Stops working for one user of the store; the last one out cancels requests and frees it. */
  release(): void;
}

export const questionsEmpty = (s: QuestionsState) => s.status === "ready" && s.items.length === 0;

const stores = new Map<string, { store: QuestionsStore; users: number }>();

/**
 * The questions about one subject, shared by every widget showing it. Call `release()` when done.
 * @example
 * const questions = acquireQuestions({ site: "demo", api }, "trail-runner-2");
 * questions.$state.subscribe(render);
 * await questions.load({ sort: "unanswered", q: "waterproof" });
 */
export function acquireQuestions(config: CornerConfig, subject: string): QuestionsStore {
  return acquireShared(stores, `${config.api}|${config.site}|${subject}`, (evict) => {
    const client = qaClient(clientFor(config));
    /** Questions posted while a first page was on its way. */
    let asked: Question[] = [];
    const list = createListStore<Question, QuestionsQuery, { total: number }>(
      config,
      "question",
      subject,
      evict,
      { sort: "newest", q: "", total: 0 },
      // The API's default sort is left out of the URL: one cacheable URL for the common first view.
      async ({ sort, q }, cursor, signal) => {
        const page = await client.listQuestions(
          subject,
          { sort: sort === "newest" ? undefined : sort, q, cursor },
          { signal },
        );
        if (cursor || signal.aborted || !asked.length) return page;
        // A page asked for before a question was posted (a reload on sign-in) keeps it on top.
        const missing = asked.filter((a) => !page.items.some((i) => i.id === a.id));
        asked = [];
        return {
          ...page,
          items: [...missing, ...page.items],
          total: page.total + missing.filter((a) => a.status === "published").length,
        };
      },
    );
    // The list core has no insert (it sits in every first view); the atom it hands out is its own.
    const $state = list.$state as WritableAtom<QuestionsState>;
    const refreshing = new Map<string, AbortController>();
    return {
      ...list,
      patchQuestion: list.patchItem,
      prependQuestion(q) {
        const s = $state.get();
        if (s.status === "loading") asked.push(q);
        const known = s.items.some((i) => i.id === q.id);
        $state.set({
          ...s,
          items: [q, ...s.items.filter((i) => i.id !== q.id)],
          total: s.total + (!known && q.status === "published" ? 1 : 0),
        });
      },
      async refreshQuestion(id) {
        refreshing.get(id)?.abort();
        const c = new AbortController();
        refreshing.set(id, c);
        try {
          const { answerCount, hasOfficialAnswer, acceptedAnswer } = await client.getQuestion(id, {
            signal: c.signal,
          });
          if (!c.signal.aborted) list.patchItem(id, { answerCount, hasOfficialAnswer, acceptedAnswer });
        } catch (e) {
          if (!isAbort(e)) console.warn(`[corner] could not refresh question ${id}: ${String(e)}`);
        } finally {
          if (refreshing.get(id) === c) refreshing.delete(id);
        }
      },
      release() {
        for (const c of refreshing.values()) c.abort();
        list.release();
      },
    };
  });
}
