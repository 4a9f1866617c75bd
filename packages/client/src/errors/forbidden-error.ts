import { CornerError, type ProblemInit } from "./corner-error.ts";

/**
 * The person or origin may not do this. (HTTP 403)
 * @example
 * if (e instanceof ForbiddenError) { explain(e.detail) }
 */
export class ForbiddenError extends CornerError {
  constructor(problem: ProblemInit) {
    super(problem);
    this.name = "ForbiddenError";
  }
}
