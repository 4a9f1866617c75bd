import * as v from "valibot";

/** A site id: lower-case letters, digits and dashes, 1–63 characters, starting with a letter or digit. */
export const SiteId = v.pipe(
  v.string("must be a string"),
  v.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be 1–63 lower-case letters, digits or dashes"),
);

/** A subject (product, page) id chosen by the site: 1–128 visible characters, no spaces. */
export const SubjectId = v.pipe(
  v.string("must be a string"),
  v.minLength(1, "must not be empty"),
  v.maxLength(128, "must be at most 128 characters"),
  v.regex(/^[A-Za-z0-9._:~@+-]+$/, "may contain only letters, digits and . _ : ~ @ + -"),
);

/** Server-generated ids are UUIDs (v7, time-ordered, not guessable). */
export const Id = v.pipe(v.string("must be a string"), v.uuid("must be a UUID"));

/** Trimmed text with length limits counted in characters (code points). */
export const Text = (min: number, max: number, field = "text") =>
  v.pipe(
    v.string(`${field} must be a string`),
    v.trim(),
    v.check(
      (s) => [...s].length >= min,
      min === 1 ? "must not be empty" : `must be at least ${min} characters`,
    ),
    v.check((s) => [...s].length <= max, `must be at most ${max} characters`),
  );

export const IsoDate = v.pipe(v.string(), v.isoTimestamp());

/** Every list answers `{ items, next }`; `next` is an opaque cursor for `?cursor=` or null. */
export const Page = <T extends v.GenericSchema>(item: T) =>
  v.object({ items: v.array(item), next: v.nullable(v.string()) });

export const Cursor = v.pipe(v.string(), v.maxLength(512, "cursor is too long"));

export const Limit = v.pipe(
  v.string(),
  v.regex(/^\d+$/, "must be a whole number"),
  v.transform(Number),
  v.number(),
  v.minValue(1, "must be at least 1"),
  v.maxValue(50, "must be at most 50"),
);
