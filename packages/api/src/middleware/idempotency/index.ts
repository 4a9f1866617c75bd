import { createHash } from "node:crypto";
import type { Storage } from "../../storage/index.ts";
import { badRequest, HttpProblem } from "../problems/index.ts";

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Runs once the effect is committed (e.g. dropping cached lists); never stored or replayed. */
  onCommit?: () => void;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/** The Idempotency-Key header, checked: 1–255 visible ASCII characters. */
export function idempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!KEY.test(header)) {
    throw badRequest("Idempotency-Key must be 1–255 visible ASCII characters.", [
      { path: "header.Idempotency-Key", message: "must be 1–255 visible ASCII characters" },
    ]);
  }
  return header;
}

export const requestHash = (method: string, path: string, raw: string) =>
  createHash("sha256").update(`${method}\n${path}\n${raw}`).digest("base64url");

/**
 * Runs a write so its answer is stored with its effect in one transaction, keyed by (site, person, key).
 * A replay returns the first answer; the same key with another request is 422.
 */
export async function withIdempotency(
  storage: Storage,
  scope: { site: string; person: string; key: string; hash: string },
  run: (tx: Storage) => Promise<Reply>,
): Promise<{ reply: Reply; replayed: boolean }> {
  return storage.transaction(async (tx) => {
    const begun = await tx.idempotency.begin(scope.site, scope.person, scope.key, scope.hash);
    if (begun.state === "mismatch") {
      throw new HttpProblem(
        422,
        "idempotency",
        "This Idempotency-Key was already used for a different request; use a new key.",
      );
    }
    if (begun.state === "inFlight") {
      throw new HttpProblem(409, "conflict", "A request with this Idempotency-Key is still in progress.");
    }
    if (begun.state === "replay") {
      return { reply: { status: begun.status, body: JSON.parse(begun.body) as unknown }, replayed: true };
    }
    const reply = await run(tx);
    await tx.idempotency.complete(
      scope.site,
      scope.person,
      scope.key,
      reply.status,
      JSON.stringify(reply.body),
    );
    return { reply, replayed: false };
  });
}
