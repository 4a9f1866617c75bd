import { type CornerElement, SharedStoreController } from "@corner/core";
import { acquireIdeas, type IdeasState, type IdeasStore } from "@corner/state";

/** The shared ideas store of the element's (api, site, board). */
export class IdeasController extends SharedStoreController<IdeasState, IdeasStore> {
  constructor(host: CornerElement & { board: string | undefined }, onBind: (store: IdeasStore) => void) {
    super(host, () => host.board, acquireIdeas, onBind);
  }
}
