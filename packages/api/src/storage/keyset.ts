/** A `?cursor=` that did not come from the same list and sort; answered as 400 naming `query.cursor`. */
export class InvalidCursorError extends Error {}

/** A keyset position: the sort's name, its first key (null when the order is by time alone), time, id. */
export type Keyset = { s: string; k: number | null; c: string; i: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeKeyset(data: Keyset): string {
  return Buffer.from(JSON.stringify([data.s, data.k, data.c, data.i])).toString("base64url");
}

/**
 * Decodes a cursor from `encodeKeyset` for the same sort; anything else is an `InvalidCursorError`.
 * `integerKey` for sorts whose first key is a count or a star level.
 */
export function decodeKeyset(cursor: string, sort: string, opts: { integerKey?: boolean } = {}): Keyset {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError("is not a cursor from this list");
  }
  if (!Array.isArray(parsed) || parsed.length !== 4)
    throw new InvalidCursorError("is not a cursor from this list");
  const [s, k, c, i] = parsed as unknown[];
  if (s !== sort) throw new InvalidCursorError("belongs to another sort order; start again without it");
  if (
    !(
      k === null ||
      (typeof k === "number" && (opts.integerKey ? Number.isInteger(k) : Number.isFinite(k)))
    ) ||
    typeof c !== "string" ||
    Number.isNaN(Date.parse(c)) ||
    typeof i !== "string" ||
    !UUID.test(i)
  ) {
    throw new InvalidCursorError("is not a cursor from this list");
  }
  return { s: sort, k, c, i };
}

/**
 * A list's order for keyset pages. `after` is the condition for rows past a position, naming the
 * first key `$K` (left out when the order is by time alone), the time `$C` and the id `$I`.
 */
export interface KeysetSort<Row> {
  order: string;
  after: string;
  key: (row: Row) => number | null;
}

/**
 * The condition for rows after `cursor` in the sort named `name`, its values added through `p`
 * (see `sqlParams`). A keyed sort's cursor without a key is an `InvalidCursorError`.
 */
export function afterKeyset(
  cursor: string,
  name: string,
  sort: { after: string },
  p: (value: unknown) => string,
  opts: { integerKey?: boolean } = {},
): string {
  const c = decodeKeyset(cursor, name, opts);
  const keyed = sort.after.includes("$K");
  if (keyed && c.k === null) throw new InvalidCursorError("is not a cursor from this list");
  const k = keyed ? p(c.k) : "";
  const cc = p(c.c);
  const ci = p(c.i);
  return sort.after.replaceAll("$K", k).replaceAll("$C", cc).replaceAll("$I", ci);
}

/**
 * Rows fetched with `LIMIT limit + 1`: the page, and the cursor after its last row when there
 * were more (null on the last page).
 */
export function keysetPage<Row extends { id: string; created_at: Date | string }>(
  rows: Row[],
  limit: number,
  name: string,
  sort: { key: (row: Row) => number | null },
): { page: Row[]; next: string | null } {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  const next =
    more && last
      ? encodeKeyset({ s: name, k: sort.key(last), c: new Date(last.created_at).toISOString(), i: last.id })
      : null;
  return { page, next };
}
