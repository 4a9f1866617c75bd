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
  /** Settles once the widgets on the page at load time have their code (and `data-sso` sign-in is done). */
  ready: Promise<void>;
}

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
