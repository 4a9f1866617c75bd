/**
 * A visitor's bucket (0–99) for a survey: the same visitor always lands in the same bucket for the same
 * survey (so a reload never flips the sampling decision), while different surveys sample independently.
 * FNV-1a over the UTF-8 bytes of `visitorId:surveyId`, then a 32-bit finaliser (murmur3 fmix) because
 * FNV's low bits vary too little for ids that differ only in their last characters.
 */
export const sampleBucket = (visitorId: string, surveyId: string): number => {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(`${visitorId}:${surveyId}`)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % 100;
};

/** Whether the visitor is in the sample: buckets below `percent` are (0 → nobody, 100 → everybody). */
export const sampled = (visitorId: string, surveyId: string, percent: number): boolean =>
  sampleBucket(visitorId, surveyId) < percent;
