import { CornerError, NetworkError } from "@corner/client";
import type { ReadableAtom } from "nanostores";
import type { CornerConfig } from "./config.ts";
import { getToken, setSession } from "./session.ts";
import { toError } from "./shared.ts";

/** How an optimistic toggle ended: `ok` carries the server's answer. */
export type ToggleOutcome<R> =
  | ({ kind: "ok"; id: string } & R)
  | { kind: "login-required" }
  | { kind: "failed"; error: CornerError };

/** What a toggle needs of a list store (`createListStore`, or any store built on it). */
export interface Toggleable<Item> {
  readonly $state: ReadableAtom<{ items: Item[] }>;
  patchItem(id: string, p: Partial<Item>): void;
}

/** The items with a toggle under way, per list (its state: every handle of a shared store has the same). */
const pending = new WeakMap<object, Set<string>>();

/**
 * Flips `flag` of one item of a list at once and moves `count` by one, then asks `send` (true: on), settles
 * with `settle` (by default: the answer's fields onto the item) or rolls back; a second toggle of the same
 * item while one is under way answers with the item as it is. Signed out: `login-required` without a
 * request; a 401 signs out. Apart from the list store because the reviews' first view never runs it (their
 * helpful mark comes with the interaction code).
 * @param noun What an item is (`idea`), for the message about an item the list does not have.
 * @example
 * toggleVote: (id) => toggleItem(list, config, "idea", id, "votes", "votedByMe", (on) => send(id, on)),
 */
export async function toggleItem<Item extends { id: string }, R extends object>(
  list: Toggleable<Item>,
  config: CornerConfig,
  noun: string,
  id: string,
  count: keyof Item & string,
  flag: keyof Item & string,
  send: (on: boolean) => Promise<R>,
  settle = (r: R) => list.patchItem(id, r as Partial<Item>),
): Promise<ToggleOutcome<R>> {
  const item = list.$state.get().items.find((i) => i.id === id) as Record<string, unknown> | undefined;
  if (!item) return { kind: "failed", error: new NetworkError(`unknown ${noun}`) };
  if (!getToken(config.site)) return { kind: "login-required" };
  const before = { [count]: item[count], [flag]: !!item[flag] } as R;
  const busy = pending.get(list.$state) ?? new Set<string>();
  pending.set(list.$state, busy);
  if (busy.has(id)) return { kind: "ok", id, ...before };
  busy.add(id);
  const on = !item[flag];
  list.patchItem(id, {
    [count]: Math.max(0, (item[count] as number) + (on ? 1 : -1)),
    [flag]: on,
  } as Partial<Item>);
  try {
    const result = await send(on);
    settle(result);
    return { kind: "ok", id, ...result };
  } catch (e) {
    list.patchItem(id, before as Partial<Item>);
    if (e instanceof CornerError && e.status === 401) {
      setSession(config.site, null);
      return { kind: "login-required" };
    }
    return { kind: "failed", error: toError(e) };
  } finally {
    busy.delete(id);
  }
}
