import { getRandomValues } from "node:crypto";

/** A UUIDv7 (RFC 9562): 48-bit millisecond time, then 74 random bits. Time-ordered, not guessable. */
export function uuidv7(now = Date.now()): string {
  const b = getRandomValues(new Uint8Array(16));
  let t = now;
  for (let i = 5; i >= 0; i--) {
    b[i] = t % 256;
    t = Math.floor(t / 256);
  }
  b[6] = 0x70 | (b[6]! & 0x0f);
  b[8] = 0x80 | (b[8]! & 0x3f);
  const h = Buffer.from(b).toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
