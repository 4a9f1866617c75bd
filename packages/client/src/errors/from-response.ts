import type { FieldError } from "@corner/contracts";
import { AuthError } from "./auth-error.ts";
import { ConflictError } from "./conflict-error.ts";
import { CornerError, type ProblemInit } from "./corner-error.ts";
import { ForbiddenError } from "./forbidden-error.ts";
import { NotFoundError } from "./not-found-error.ts";
import { RateLimitError } from "./rate-limit-error.ts";
import { ValidationError } from "./validation-error.ts";

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/** Reads a problem+json body (or anything else) into the matching error class. Never throws. */
export async function errorFromResponse(response: Response): Promise<CornerError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall back to the status line.
  }
  const b = isObject(body) ? body : {};
  const problem: ProblemInit = {
    status: response.status,
    type: typeof b.type === "string" ? b.type : "about:blank",
    title: typeof b.title === "string" ? b.title : response.statusText || `HTTP ${response.status}`,
    detail: typeof b.detail === "string" ? b.detail : "",
    errors: Array.isArray(b.errors)
      ? b.errors.filter(
          (e): e is FieldError => isObject(e) && typeof e.path === "string" && typeof e.message === "string",
        )
      : [],
  };
  switch (response.status) {
    case 400:
    case 422:
      return new ValidationError(problem);
    case 401:
      return new AuthError(problem);
    case 403:
      return new ForbiddenError(problem);
    case 404:
      return new NotFoundError(problem);
    case 409:
      return new ConflictError(problem);
    case 429: {
      const seconds = Number(response.headers.get("retry-after"));
      return new RateLimitError(problem, Number.isFinite(seconds) && seconds > 0 ? seconds : 1);
    }
    default:
      return new CornerError(problem);
  }
}
