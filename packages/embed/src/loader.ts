// corner.js: a tiny classic script (safe with `async`) that loads the code of the Corner widgets present
// on the page, and only those, from next to itself. It defines no elements and never throws into the host
// page: anything that goes wrong becomes one console warning prefixed [corner].
import type { LocalSurveyStore } from "@corner/survey-rules";
import type { ChunkMap, CornerConfig, CornerGlobal, CornerUser, SurveyAttributes } from "./types.ts";

declare const __CORNER_MAP__: ChunkMap;
declare const __CORNER_VERSION__: string;

interface Runtime {
  login(config: CornerConfig, opts: { sso: string } | { guest: { name: string } }): Promise<CornerUser>;
  logout(config: CornerConfig): Promise<void>;
}

/** The survey chunk's launcher: arms the triggers of the eligible surveys and shows the first that fires. */
interface SurveyChunk {
  launch(config: CornerConfig, surveys: unknown[], tracked: readonly string[]): void;
}

const host = window as unknown as { Corner?: CornerGlobal };
const warn = (error: unknown): void => console.warn("[corner]", error);

// A second copy of the script tag must not load everything twice.
if (!host.Corner) {
  try {
    const { chunks, tags } = __CORNER_MAP__;
    const script = (document.currentScript ||
      document.querySelector('script[src*="corner.js"]')) as HTMLScriptElement | null;
    const base = new URL(".", script?.src || location.href).href;
    const data = script?.dataset || {};
    const config = { site: data.site, api: data.api, base } as CornerConfig;
    const loads: Promise<unknown>[] = [];
    // One chunk list per widget after the runtime's.
    let widgetsLeft = chunks.length - 1;

    // Import the chunk's static imports alongside it, so the browser fetches them in parallel rather than
    // after parsing it: what `modulepreload` links do, in fewer bytes. Each module is fetched and run once
    // however many imports name it, and a failure also fails the chunk's own import, which reaches warn().
    // Anything thrown here becomes a rejection, so it never reaches the page.
    const load = (index: number): Promise<unknown> =>
      (loads[index] ||= new Promise((resolve) => {
        if (index) widgetsLeft--;
        const [file, ...imports] = chunks[index]!;
        for (const dep of imports) import(base + dep).catch(() => 0);
        resolve(import(base + file));
      }));
    const runtime = () => load(0) as Promise<Runtime>;

    const login = (opts: { sso: string } | { guest: { name: string } }) =>
      runtime().then((m) => m.login(config, opts));
    const signIn = data.sso ? login({ sso: data.sso }).catch(warn) : 0;

    // Surveys: one small request per page view sends what this browser remembers of them (first-party
    // localStorage `corner:surveys:<site>`: a random visitor id, shown/dismissed/answered times and
    // `Corner.identify()` attributes; see @corner/survey-rules local-history.ts) and the page's path; the
    // server answers which surveys may show, and the survey chunk loads only then. The server reads the
    // languages from Accept-Language and the device from the request's client hints, and treats a stale
    // session token as no session, so none of that costs bytes here. Surveys are optional: an API that is
    // down or answers an error shows none, quietly (a widget on the page says what failed).
    const tracked: string[] = [];
    const surveysKey = `corner:surveys:${config.site}`;
    const checkSurveys = (attributes?: SurveyAttributes): void => {
      try {
        if (data.surveys === "off" || !config.site || !config.api) return;
        const local: LocalSurveyStore = JSON.parse(localStorage[surveysKey] || "{}");
        // Not a secret, only a stable sampling bucket: Math.random() is enough and works on http pages.
        local.v ||= Math.random().toString(36).slice(2);
        local.t = { ...local.t, ...attributes };
        localStorage[surveysKey] = JSON.stringify(local);
        const token = JSON.parse(localStorage[`corner:session:${config.site}`] || "{}").token;
        fetch(
          `${config.api}/v1/sites/${config.site}/surveys/eligible?${new URLSearchParams({
            url: location.pathname + location.search,
            history: localStorage[surveysKey],
          })}`,
          token ? { headers: { authorization: `Bearer ${token}` } } : {},
        )
          .then((response) => response.json())
          .then(
            ({ surveys }) =>
              surveys?.[0] &&
              (load(tags["corner-survey"]!) as Promise<SurveyChunk>)
                .then((m) => m.launch(config, surveys, tracked))
                .catch(warn),
            () => 0,
          );
      } catch {}
    };

    // Published before any widget code runs: widgets read their defaults from it.
    host.Corner = {
      version: __CORNER_VERSION__,
      config,
      login,
      logout: () => runtime().then((m) => m.logout(config)),
      identify: checkSurveys,
      // The survey launcher, once loaded, takes over `track` and reacts to each name as it comes.
      track: (name: string) => {
        tracked.push(name);
      },
      ready: new Promise((resolve) => {
        const settle = () => {
          Promise.all([signIn, ...loads.map((p) => p.catch(() => 0))]).then(() => resolve());
        };
        if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", settle);
        // After the first scan below has started the loads of the widgets already on the page.
        else queueMicrotask(settle);
      }),
    };

    const selector = Object.keys(tags).join();
    const scan = (node: Node): void => {
      if (node.nodeType !== 1) return;
      const element = node as Element;
      for (const found of [element, ...element.querySelectorAll(selector)]) {
        const index = tags[found.localName];
        if (index !== undefined && !loads[index]) load(index).catch(warn);
      }
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) record.addedNodes.forEach(scan);
      // Every widget's code is in: nothing left to watch for.
      if (!widgetsLeft) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
    scan(document.documentElement);
    Promise.resolve(signIn).then(() => checkSurveys());
  } catch (error) {
    warn(error);
  }
}
