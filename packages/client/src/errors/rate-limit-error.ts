import { CornerError, type ProblemInit } from "./corner-error.ts";

/**
 * Too many writes (429). `retryAfter` is the number of seconds the server asked to wait.
 * @example
 * if (e instanceof RateLimitError) setTimeout(retry, e.retryAfter * 1000)
 */
export class RateLimitError extends CornerError {
  readonly retryAfter: number;

  constructor(problem: ProblemInit, retryAfter: number) {
    super(problem);
    this.name = "RateLimitError";
    this.retryAfter = retryAfter;
  }
}
