import { type CornerElement, SharedStoreController } from "@corner/core";
import { acquireIdeas, type IdeasState, type IdeasStore } from "@corner/state";

/** The shared ideas store of the element's (api, site, board); none in compact mode, which shows no list. */
export class IdeasController extends SharedStoreController<IdeasState, IdeasStore> {
  constructor(
    host: CornerElement & { board: string | undefined; compact: boolean },
    onBind: (store: IdeasStore) => void,
  ) {
    super(host, () => (host.compact ? undefined : host.board), acquireIdeas, onBind);
  }
}
