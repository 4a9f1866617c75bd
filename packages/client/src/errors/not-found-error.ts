import { CornerError, type ProblemInit } from "./corner-error.ts";

/**
 * The site, subject or object does not exist. (HTTP 404)
 * @example
 * if (e instanceof NotFoundError) { explain(e.detail) }
 */
export class NotFoundError extends CornerError {
  constructor(problem: ProblemInit) {
    super(problem);
    this.name = "NotFoundError";
  }
}
