import * as v from "valibot";
import { Text } from "./common.ts";

export const SessionCreate = v.union(
  [
    v.strictObject({ sso: v.pipe(v.string(), v.minLength(1, "must not be empty"), v.maxLength(8192)) }),
    v.strictObject({ guest: v.strictObject({ name: Text(1, 60, "name") }) }),
  ],
  'must be {"sso": "<jwt>"} or {"guest": {"name": "…"}}',
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
