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
    const preloaded: Record<string, 1> = {};
    // One chunk list per widget after the runtime's.
    let widgetsLeft = chunks.length - 1;

    // Preload the chunk's static imports first so the browser fetches them in parallel with it. Anything
    // thrown here becomes a rejection, so it reaches warn() and never the page.
    const load = (index: number): Promise<unknown> =>
      (loads[index] ||= new Promise((resolve) => {
        if (index) widgetsLeft--;
        const [file, ...imports] = chunks[index]!;
        for (const dep of imports) {
          if (preloaded[dep]) continue;
          preloaded[dep] = 1;
          const link = document.createElement("link");
          link.rel = "modulepreload";
          link.href = base + dep;
          document.head.append(link);
        }
        resolve(import(base + file));
      }));
    const runtime = () => load(0) as Promise<Runtime>;

    const login = (opts: { sso: string } | { guest: { name: string } }) =>
      runtime().then((m) => m.login(config, opts));
    const signIn = data.sso ? login({ sso: data.sso }).catch(warn) : 0;

    // Surveys: what this browser remembers (`corner:surveys:<site>`, first-party, see
    // @corner/survey-rules local-history.ts) goes with one small request; the survey chunk loads only when
    // a survey may be shown.
    const tracked: string[] = [];
    const surveysKey = `corner:surveys:${config.site}`;
    const store = (value?: LocalSurveyStore): LocalSurveyStore => {
      try {
        if (value) localStorage.setItem(surveysKey, JSON.stringify(value));
        return JSON.parse(localStorage.getItem(surveysKey)!) || {};
      } catch {
        return {};
      }
    };
    const checkSurveys = (): void => {
      if (!config.site || !config.api || data.surveys === "off") return;
      const local = store();
      // crypto.randomUUID() needs a secure context; getRandomValues() works on plain http pages too.
      local.v ||= [...crypto.getRandomValues(new Uint32Array(4))].map((n) => n.toString(36)).join("");
      store(local);
      let token: string | undefined;
      try {
        const session = JSON.parse(localStorage.getItem(`corner:session:${config.site}`)!);
        if (Date.parse(session.expiresAt) > Date.now()) token = session.token;
      } catch {}
      const query = new URLSearchParams({
        url: location.pathname + location.search,
        visitor: local.v,
        device: matchMedia("(pointer:coarse)").matches ? "mobile" : "desktop",
        lang: [document.documentElement.lang, ...navigator.languages].filter(Boolean).join(),
        history: JSON.stringify({ s: local.s, p: local.p }),
        attributes: JSON.stringify(local.t || {}),
      });
      fetch(`${config.api}/v1/sites/${config.site}/surveys/eligible?${query}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      })
        // Surveys are optional: an API that is down or answers an error shows none, quietly (a widget on
        // the page says what failed); a survey chunk that fails to load is warned about below.
        .then(
          (response) => (response.ok ? response.json() : { surveys: [] }),
          () => ({ surveys: [] }),
        )
        .then(({ surveys }) => {
          if (surveys.length)
            return (load(tags["corner-survey"]!) as Promise<SurveyChunk>).then((m) =>
              m.launch(config, surveys, tracked),
            );
        })
        .catch(warn);
    };

    // Published before any widget code runs: widgets read their defaults from it.
    host.Corner = {
      version: __CORNER_VERSION__,
      config,
      login,
      logout: () => runtime().then((m) => m.logout(config)),
      identify: (attributes: SurveyAttributes) => {
        const local = store();
        store({ ...local, t: { ...local.t, ...attributes } });
        checkSurveys();
      },
      track: (name: string) => {
        tracked.push(name);
        document.dispatchEvent(new CustomEvent("corner-track", { detail: { name } }));
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
    Promise.resolve(signIn).then(checkSurveys);
  } catch (error) {
    warn(error);
  }
}
