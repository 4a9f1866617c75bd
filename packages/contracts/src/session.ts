import * as v from "valibot";
import { Text } from "./common.ts";

const Hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"));

/** A guest sign-in challenge (ALTCHA v1): find `number` with SHA-256(salt + number) = challenge. */
export const PowChallenge = v.object({
  algorithm: v.literal("SHA-256"),
  challenge: Hex64,
  /** The number is at most this; a solver tries 0, 1, 2 … up to it. */
  maxnumber: v.number(),
  /** Carries the expiry (`?expires=<unix seconds>`) and the site; part of what is hashed. */
  salt: v.string(),
  signature: Hex64,
});
export type PowChallenge = v.InferOutput<typeof PowChallenge>;

/** The solved challenge (the ALTCHA payload). */
export const PowSolution = v.object({
  algorithm: v.literal("SHA-256", 'must be "SHA-256"'),
  challenge: Hex64,
  number: v.pipe(
    v.number("must be a number"),
    v.integer("must be a whole number"),
    v.minValue(0, "must be at least 0"),
    v.maxValue(1_000_000_000, "must be at most 1000000000"),
  ),
  salt: v.pipe(
    v.string(),
    v.minLength(1, "must not be empty"),
    v.maxLength(300, "must be at most 300 characters"),
  ),
  signature: Hex64,
});
export type PowSolution = v.InferOutput<typeof PowSolution>;

const fromBase64Json = (s: string): unknown => {
  try {
    return JSON.parse(atob(s));
  } catch {
    return null;
  }
};

/** The solution as an object, or as the base64 JSON an ALTCHA widget posts. */
export const GuestPow = v.union(
  [PowSolution, v.pipe(v.string(), v.maxLength(2000), v.transform(fromBase64Json), PowSolution)],
  "must be the solved challenge {algorithm, challenge, number, salt, signature} (or its base64 JSON)",
);

/** The message of a missing `pow` on a site that requires it. */
export const POW_REQUIRED =
  "is required on this site: solve GET /v1/sites/{site}/session/challenge and send the solution";
const POW_SHAPE =
  "must be the solved challenge {algorithm, challenge, number, salt, signature} or its base64 JSON";

/**
 * A guest: a display name and the solved `GET /v1/sites/{site}/session/challenge` (`pow`; required on
 * sites with `guestProofOfWork`, checked whenever given; `login()` in `@corner/state` always fetches and
 * solves it). `pow` is checked after the shape so that a malformed one is reported as `body.guest.pow`,
 * not as "neither sso nor guest".
 */
export const GuestSignIn = v.pipe(
  v.strictObject({ name: Text(1, 60, "name"), pow: v.optional(v.unknown()) }),
  // A check, not a transform: its issue keeps the union's answer on this branch (a transform's would not).
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { pow } = dataset.value;
    if (pow === undefined) return;
    const parsed = v.safeParse(GuestPow, pow, { abortPipeEarly: true });
    if (parsed.success) return;
    const first = parsed.issues[0];
    const inner = (first.path ?? []).map((p) => String(p.key)).join(".");
    addIssue({
      message: inner ? `${POW_SHAPE} (${inner} ${first.message})` : POW_SHAPE,
      path: [{ type: "object", origin: "value", input: dataset.value, key: "pow", value: pow }],
    });
  }),
);

export const SessionCreate = v.union(
  [
    v.strictObject({ sso: v.pipe(v.string(), v.minLength(1, "must not be empty"), v.maxLength(8192)) }),
    v.strictObject({ guest: GuestSignIn }),
  ],
  'must be {"sso": "<jwt>"} or {"guest": {"name": "…", "pow": {…}}}',
);
export type SessionCreate = v.InferInput<typeof SessionCreate>;

export const User = v.object({
  id: v.string(),
  name: v.string(),
  kind: v.picklist(["sso", "guest"]),
  /** The picture the host's SSO token named (`avatar` claim, an https URL). */
  avatar: v.optional(v.string()),
  /** True when the host's SSO token carried a `staff`, `moderator` or `admin` role for this site. */
  staff: v.optional(v.boolean()),
});
export type User = v.InferOutput<typeof User>;

export const Session = v.object({
  token: v.string(),
  /** ISO time the token stops working; sign in again before then. */
  expiresAt: v.string(),
  user: User,
});
export type Session = v.InferOutput<typeof Session>;
