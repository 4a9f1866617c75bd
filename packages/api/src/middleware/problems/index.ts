import { type Problem, ProblemType } from "@corner/contracts";
import type { Context, ErrorHandler } from "hono";
import { InvalidCursorError } from "../../storage/keyset.ts";

type FieldError = { path: string; message: string };
type Kind = keyof typeof ProblemType;

const TITLES: Record<Kind, string> = {
  validation: "The request is not valid",
  malformed: "The body is not valid JSON",
  unauthorized: "Sign-in required",
  forbidden: "Not allowed",
  notFound: "Not found",
  methodNotAllowed: "Method not allowed",
  conflict: "Conflict",
  tooLarge: "Request body too large",
  unsupportedMediaType: "Unsupported media type",
  rateLimited: "Too many requests",
  idempotency: "Idempotency-Key reused with a different request",
  originNotAllowed: "Origin not allowed",
  internal: "Internal server error",
};

/** Thrown anywhere in a request; the error mapper turns it into RFC 9457 problem+json. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly kind: Kind,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
  }
}

export function problemBody(status: number, kind: Kind, detail: string, errors?: FieldError[]): Problem {
  return { type: ProblemType[kind], title: TITLES[kind], status, detail, ...(errors ? { errors } : {}) };
}

export function problemResponse(p: HttpProblem): Response {
  return new Response(JSON.stringify(problemBody(p.status, p.kind, p.detail, p.errors)), {
    status: p.status,
    headers: { "content-type": "application/problem+json", ...p.headers },
  });
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new HttpProblem(400, "validation", detail, errors);
export const notFound = (detail: string) => new HttpProblem(404, "notFound", detail);
export const unauthorized = (detail: string) =>
  new HttpProblem(401, "unauthorized", detail, undefined, { "www-authenticate": 'Bearer realm="corner"' });

/** Maps thrown errors to problem+json; anything unexpected is a logged 500 that leaks no internals. */
export function onError(log: (msg: string, err: unknown) => void): ErrorHandler {
  return (err: Error, c: Context) => {
    if (err instanceof HttpProblem) return problemResponse(err);
    // Every list pages with `?cursor=`; a cursor from another list or sort is the caller's mistake.
    if (err instanceof InvalidCursorError) {
      return problemResponse(
        badRequest(`query.cursor ${err.message}`, [{ path: "query.cursor", message: err.message }]),
      );
    }
    log(`unexpected error on ${c.req.method} ${c.req.path}`, err);
    return problemResponse(new HttpProblem(500, "internal", "Something went wrong on our side; try again."));
  };
}
