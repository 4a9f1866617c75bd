import { getRandomValues } from "node:crypto";

let lastMs = 0;
let seq = 0;

/**
 * A UUIDv7 (RFC 9562): 48-bit millisecond time, a 12-bit sequence, then 62 random bits. Not guessable,
 * and strictly increasing within a process (the sequence orders ids minted in the same millisecond),
 * so `created_at, id` keyset order matches creation order.
 */
export function uuidv7(now = Date.now()): string {
  let ms = now;
  if (ms <= lastMs) {
    ms = lastMs;
    seq++;
    if (seq > 0xfff) {
      ms++;
      seq = 0;
    }
  } else {
    seq = getRandomValues(new Uint16Array(1))[0]! & 0x7ff;
  }
  lastMs = ms;
  const b = getRandomValues(new Uint8Array(16));
  let t = ms;
  for (let i = 5; i >= 0; i--) {
    b[i] = t % 256;
    t = Math.floor(t / 256);
  }
  b[6] = 0x70 | (seq >> 8);
  b[7] = seq & 0xff;
  b[8] = 0x80 | (b[8]! & 0x3f);
  const h = Buffer.from(b).toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
