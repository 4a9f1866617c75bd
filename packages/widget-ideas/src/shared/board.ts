import { ideasClient } from "@corner/client";
import type { Board } from "@corner/contracts";
import { type CornerConfig, clientFor } from "@corner/state";

const boards = new Map<string, Promise<Board | null>>();

/**
 * The board (title, categories), fetched once per page for the list and the form. Null when it could not
 * be loaded (the list then shows category ids; a failed load is tried again by the next caller).
 */
export function boardOf(config: CornerConfig, board: string): Promise<Board | null> {
  const key = `${config.api}|${config.site}|${board}`;
  let p = boards.get(key);
  if (!p) {
    p = ideasClient(clientFor(config))
      .getBoard(board)
      .catch(() => {
        boards.delete(key);
        return null;
      });
    boards.set(key, p);
  }
  return p;
}
