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
