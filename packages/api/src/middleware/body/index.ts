import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HttpProblem, problemResponse } from "../problems/index.ts";

export const MAX_BODY_BYTES = 64 * 1024;

const tooLarge = () =>
  new HttpProblem(413, "tooLarge", `The body is larger than ${MAX_BODY_BYTES / 1024} KB; send less text.`);

/** Refuses bodies over 64 KB, by Content-Length up front and by counting bytes for chunked uploads. */
export const limitBody = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => problemResponse(tooLarge()) });

const isJson = (type: string) => /^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(type.trim());

/**
 * Reads a JSON body. A body with another content type is 415; an absent or unparsable body is 400.
 * Returns the raw text too (the Idempotency-Key request hash is taken over it).
 */
export async function readJson(c: Context): Promise<{ raw: string; json: unknown }> {
  const type = c.req.header("content-type");
  const unsupported = () =>
    new HttpProblem(
      415,
      "unsupportedMediaType",
      "Send the body as JSON with the header Content-Type: application/json.",
    );
  if (type && !isJson(type)) throw unsupported();
  const raw = await c.req.text();
  if (!type && raw !== "") throw unsupported();
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) throw tooLarge();
  if (raw.trim() === "") throw new HttpProblem(400, "malformed", "The body is empty; send a JSON object.");
  try {
    return { raw, json: JSON.parse(raw) };
  } catch (err) {
    throw new HttpProblem(400, "malformed", `The body is not valid JSON: ${(err as Error).message}`);
  }
}

/** Routes without a body still refuse a non-JSON one, so a form post never reaches a handler. */
export function refuseNonJsonBody(c: Context): void {
  const type = c.req.header("content-type");
  if (type && !isJson(type)) {
    throw new HttpProblem(415, "unsupportedMediaType", "This request takes no body, or a JSON one.");
  }
}
