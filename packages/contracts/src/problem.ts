import * as v from "valibot";

/** One field-level error: a JSON path into the request (e.g. `body.rating`, `query.sort`) and what to fix. */
export const FieldError = v.object({ path: v.string(), message: v.string() });
export type FieldError = v.InferOutput<typeof FieldError>;

/** RFC 9457 problem details, served as `application/problem+json` for every error. */
export const Problem = v.object({
  type: v.string(),
  title: v.string(),
  status: v.number(),
  detail: v.string(),
  errors: v.optional(v.array(FieldError)),
});
export type Problem = v.InferOutput<typeof Problem>;

/** The problem `type` URIs Corner uses; clients switch on these, never on `title`. */
export const ProblemType = {
  validation: "https://corner.dev/problems/validation",
  malformed: "https://corner.dev/problems/malformed-json",
  unauthorized: "https://corner.dev/problems/unauthorized",
  forbidden: "https://corner.dev/problems/forbidden",
  notFound: "https://corner.dev/problems/not-found",
  methodNotAllowed: "https://corner.dev/problems/method-not-allowed",
  conflict: "https://corner.dev/problems/conflict",
  tooLarge: "https://corner.dev/problems/too-large",
  unsupportedMediaType: "https://corner.dev/problems/unsupported-media-type",
  rateLimited: "https://corner.dev/problems/rate-limited",
  idempotency: "https://corner.dev/problems/idempotency-key",
  originNotAllowed: "https://corner.dev/problems/origin-not-allowed",
  internal: "https://corner.dev/problems/internal",
} as const;
