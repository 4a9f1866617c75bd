import { CornerError, type ProblemInit } from "./corner-error.ts";

/**
 * The request conflicts with the current state (e.g. a duplicate in flight). (HTTP 409)
 * @example
 * if (e instanceof ConflictError) { explain(e.detail) }
 */
export class ConflictError extends CornerError {
  constructor(problem: ProblemInit) {
    super(problem);
    this.name = "ConflictError";
  }
}
