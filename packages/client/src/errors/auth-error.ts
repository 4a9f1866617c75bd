import { CornerError, type ProblemInit } from "./corner-error.ts";

/**
 * No valid session: sign in (again) and retry. (HTTP 401)
 * @example
 * if (e instanceof AuthError) { askToSignInAgain() }
 */
export class AuthError extends CornerError {
  constructor(problem: ProblemInit) {
    super(problem);
    this.name = "AuthError";
  }
}
