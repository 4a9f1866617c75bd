import type { FieldError } from "@corner/contracts";

/** What the API said about a failure (RFC 9457 problem details). */
export interface ProblemInit {
  status: number;
  type: string;
  title: string;
  detail: string;
  errors?: FieldError[] | undefined;
}

/**
 * Base class of every error the Corner client throws. Switch on the subclass (or on `type`), never on `title`.
 * @example
 * try { await client.createReview("sku-1", draft) } catch (e) { if (e instanceof CornerError) show(e.detail) }
 */
export class CornerError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];

  constructor(problem: ProblemInit) {
    super(problem.detail || problem.title);
    this.name = "CornerError";
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
  }
}
