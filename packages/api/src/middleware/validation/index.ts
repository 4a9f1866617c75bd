import * as v from "valibot";
import { badRequest } from "../problems/index.ts";

export type Where = "path" | "query" | "body";

/** Turns valibot issues into `{path: "body.rating", message}` field errors. */
export function fieldErrors(where: Where, issues: readonly v.BaseIssue<unknown>[]) {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => String(p.key));
    return { path: [where, ...keys].join("."), message: issue.message };
  });
}

/** Parses `input` with a contracts schema or throws a 400 problem naming every bad field. */
export function validate<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  where: Where,
): v.InferOutput<S> {
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  if (result.success) return result.output;
  const errors = fieldErrors(where, result.issues);
  const first = errors[0];
  throw badRequest(first ? `${first.path} ${first.message}` : `The ${where} is not valid.`, errors);
}
