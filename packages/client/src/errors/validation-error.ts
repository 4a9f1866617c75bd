import { CornerError, type ProblemInit } from "./corner-error.ts";

/**
 * The request was refused as invalid (400/422). `errors` names each field (`body.rating`) and what to fix.
 * @example
 * if (e instanceof ValidationError) e.fieldErrors().rating // "must be from 1 to 5"
 */
export class ValidationError extends CornerError {
  constructor(problem: ProblemInit) {
    super(problem);
    this.name = "ValidationError";
  }

  /** The first message per field, keyed by the last segment of its path (`body.rating` → `rating`). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const { path, message } of this.errors) {
      const field = path.split(".").pop() || path;
      out[field] ??= message;
    }
    return out;
  }
}
