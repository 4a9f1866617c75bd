/**
 * URL patterns (see the README): matched against the page's path, plus its query when the pattern has a
 * `?`. Hosts and fragments never take part. In the path `*` matches within one segment and `**` across
 * segments (`/products/**` also matches `/products` itself); in the query both match anything. A trailing
 * slash is ignored on both sides.
 */

const escapeRe = (s: string) => s.replace(/[.+^${}()|[\]\\?]/g, "\\$&");
const trimSlash = (path: string) => (path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path);

const pathSource = (pattern: string): string => {
  let out = "";
  for (let i = 0; i < pattern.length; ) {
    if (pattern.startsWith("/**", i) && i + 3 === pattern.length) {
      out += "(?:/.*)?";
      i += 3;
    } else if (pattern.startsWith("**/", i)) {
      out += "(?:.*/)?";
      i += 3;
    } else if (pattern.startsWith("**", i)) {
      out += ".*";
      i += 2;
    } else if (pattern[i] === "*") {
      out += "[^/]*";
      i += 1;
    } else {
      out += escapeRe(pattern[i] as string);
      i += 1;
    }
  }
  return out;
};

const cache = new Map<string, RegExp>();

/** The pattern as an anchored regular expression (cached: the loader asks on every navigation). */
export const compilePattern = (pattern: string): RegExp => {
  let re = cache.get(pattern);
  if (!re) {
    const q = pattern.indexOf("?");
    const path = trimSlash(q === -1 ? pattern : pattern.slice(0, q));
    const query = q === -1 ? "" : `\\?${escapeRe(pattern.slice(q + 1)).replace(/\*+/g, ".*")}`;
    re = new RegExp(`^${pathSource(path)}${query}$`);
    cache.set(pattern, re);
  }
  return re;
};

/** The path and query of a page URL, absolute or not (`https://shop.example/a/?b=1#c` → `/a`, `?b=1`). */
export const pageParts = (url: string): { path: string; query: string } => {
  let parsed: URL;
  try {
    parsed = new URL(url, "http://localhost");
  } catch {
    return { path: "/", query: "" };
  }
  return { path: trimSlash(parsed.pathname), query: parsed.search };
};

/** Whether the page matches the pattern. */
export const matchUrl = (pattern: string, url: string): boolean => {
  const { path, query } = pageParts(url);
  return compilePattern(pattern).test(pattern.includes("?") ? path + query : path);
};

/** Included (no include list means every page) and not excluded; exclusions win. */
export const urlAllowed = (include: readonly string[], exclude: readonly string[], url: string): boolean =>
  (include.length === 0 || include.some((p) => matchUrl(p, url))) && !exclude.some((p) => matchUrl(p, url));
