import type { ReactiveController } from "lit";
import type { CornerElement } from "../corner-element.ts";

type Config = NonNullable<CornerElement["config"]>;

/** A pause in typing long enough to ask the server. */
const SIMILAR_DELAY = 300;

/**
 * What a form's title resembles (ideas of the board, questions already asked), looked up after a pause in
 * typing; a newer search cancels the one in flight and failures are left silent (the list just stays).
 * The host re-renders when `items` change.
 * @example
 * private similar = new SimilarController(this, () => this.title, (config, q, signal) =>
 *   this.board ? ideasClient(clientFor(config)).similarIdeas(this.board, q, { signal }) : null);
 * onTitleInput() { this.similar.find() }
 * render() { return this.similar.items.map(…) }
 */
export class SimilarController<T> implements ReactiveController {
  items: T[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request: AbortController | null = null;

  constructor(
    private host: CornerElement,
    /** The text to look for (read when the pause is over). */
    private text: () => string,
    /** The search for `q`, or null when the host has nothing to search in yet. */
    private search: (config: Config, q: string, signal: AbortSignal) => Promise<{ items: T[] }> | null,
  ) {
    host.addController(this);
  }

  /** Looks for what resembles the text after a pause; an empty text empties the list. */
  find(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const config = this.host.config;
      const q = this.text().trim();
      this.request?.abort();
      const request = new AbortController();
      const search = config && q ? this.search(config, q, request.signal) : null;
      if (!search) return this.show([]);
      this.request = request;
      search.then(
        (r) => {
          if (!request.signal.aborted) this.show(r.items);
        },
        () => {},
      );
    }, SIMILAR_DELAY);
  }

  /** Empties the list (the form was sent). */
  clear(): void {
    this.show([]);
  }

  private show(items: T[]) {
    this.items = items;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.request?.abort();
  }
}
