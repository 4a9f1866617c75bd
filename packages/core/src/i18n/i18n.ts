import type { ReactiveController, ReactiveControllerHost } from "lit";

/** Formatting helpers for one locale, handed to message functions. */
export interface Fmt {
  readonly lang: string;
  /** A localised number: `fmt.number(4.25, 1)` → "4.3" / "4,3". */
  number(value: number, fractionDigits?: number): string;
  /** Picks the plural form for `count` and replaces `#` with the localised count. */
  plural(count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string;
  /** "3 days ago" / "vor 3 Tagen" for an ISO time. */
  relative(iso: string): string;
  /** A localised calendar date for an ISO time (for the `title` of a relative date). */
  date(iso: string): string;
}

/** A widget's messages: English inline, other languages as lazily imported modules. */
export interface Catalog<M> {
  en: M;
  locales: Record<string, () => Promise<{ default: M }>>;
}

const fmtCache = new Map<string, Fmt>();
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 31_536_000],
  ["month", 2_592_000],
  ["week", 604_800],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];

export function formatter(lang: string): Fmt {
  let f = fmtCache.get(lang);
  if (f) return f;
  const rules = new Intl.PluralRules(lang);
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: "auto" });
  const number = (value: number, digits = 0) =>
    new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
      value,
    );
  f = {
    lang,
    number,
    plural: (count, forms) => (forms[rules.select(count)] ?? forms.other).replace("#", number(count)),
    relative(iso) {
      const seconds = (Date.parse(iso) - Date.now()) / 1000;
      for (const [unit, size] of UNITS) {
        if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
      }
      return rtf.format(0, "minute");
    },
    date: (iso) => new Intl.DateTimeFormat(lang, { dateStyle: "long" }).format(new Date(iso)),
  };
  fmtCache.set(lang, f);
  return f;
}

/** The language that applies to an element: the closest `lang` attribute, across shadow roots, else the page's. */
export function langOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const lang = node.closest("[lang]")?.getAttribute("lang");
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || "en";
}

const loaded = new Map<Catalog<unknown>, Map<string, unknown>>();

/**
 * Gives an element its messages (`this.i18n.m`) and formatters (`this.i18n.fmt`) for its language,
 * loading a non-English catalogue on first use and re-rendering once it has arrived.
 * @example
 * private i18n = new I18nController(this, catalog);
 * render() { return html`${this.i18n.m.retry}` }
 */
export class I18nController<M> implements ReactiveController {
  m: M;
  fmt: Fmt = formatter("en");

  constructor(
    private host: ReactiveControllerHost & Element,
    private catalog: Catalog<M>,
  ) {
    this.m = catalog.en;
    host.addController(this);
  }

  hostConnected(): void {
    this.update();
  }

  hostUpdate(): void {
    // A `lang` change on an ancestor is picked up on the next render.
    if (langOf(this.host) !== this.fmt.lang) this.update();
  }

  private update(): void {
    const lang = langOf(this.host);
    this.fmt = formatter(lang);
    const base = lang.toLowerCase().split("-")[0]!;
    const cache = (loaded.get(this.catalog) ?? new Map()) as Map<string, M>;
    loaded.set(this.catalog, cache);
    const ready = cache.get(base);
    const load = this.catalog.locales[base];
    if (ready) this.m = ready;
    else if (!load) this.m = this.catalog.en;
    else
      load().then(
        (mod) => {
          cache.set(base, mod.default);
          if (langOf(this.host).toLowerCase().split("-")[0] === base) {
            this.m = mod.default;
            this.host.requestUpdate();
          }
        },
        () => {}, // keep English if a catalogue chunk fails to load
      );
  }
}
