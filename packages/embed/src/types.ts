/** What `corner.js` publishes as `window.Corner`. */
export interface CornerGlobal {
  /** Version of the `@corner/embed` bundle. */
  version: string;
  /** From the script tag: `data-site`, `data-api`, and the URL the bundle's chunks load from. */
  config: CornerConfig;
  /** Signs the visitor in on every widget of the page; resolves with the user once the session works. */
  login(opts: { sso: string } | { guest: { name: string } }): Promise<CornerUser>;
  /** Signs the visitor out on every widget of the page. */
  logout(): Promise<void>;
  /**
   * Tells Corner about the visitor, for survey targeting (`targeting.attributes`): merged into what this
   * browser remembers (first-party localStorage `corner:surveys:<site>`), and the surveys are checked again
   * with them at once.
   * @example Corner.identify({ plan: "pro", orders: 3 });
   */
  identify(attributes: SurveyAttributes): void;
  /**
   * Reports a host event: surveys with trigger `{ type: "event", name }` show when it happens (also when it
   * happened on this page before the survey code loaded). Once the survey code is loaded, each name is also
   * dispatched as `corner-track` (`detail: { name }`) on `document`.
   * @example Corner.track("checkout_done");
   */
  track(name: string): void;
  /** Settles once the widgets on the page at load time have their code (and `data-sso` sign-in is done). */
  ready: Promise<void>;
}

/** Values `Corner.identify()` takes: what survey targeting can match. */
export type SurveyAttributes = Record<string, string | number | boolean>;

export interface CornerConfig {
  site: string;
  api: string;
  /** Absolute URL of the folder `corner.js` was loaded from, ending in `/`. */
  base: string;
}

export interface CornerUser {
  id: string;
  name: string;
  kind: "sso" | "guest";
}

/** The chunk map inlined into `corner.js` at build time. */
export interface ChunkMap {
  /** Per chunk: its file, then the files it imports statically (for `modulepreload`), relative to corner.js. Index 0 is the runtime. */
  chunks: string[][];
  /** Custom element tag → index in `chunks` of the widget chunk that defines it. */
  tags: Record<string, number>;
}
