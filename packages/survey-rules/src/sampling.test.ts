import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sampleBucket, sampled } from "./sampling.ts";

describe("sampling", () => {
  it("puts a visitor in the same bucket for a survey every time", () => {
    const bucket = sampleBucket("visitor-1", "nps");
    for (let i = 0; i < 5; i++) assert.equal(sampleBucket("visitor-1", "nps"), bucket);
    assert.ok(bucket >= 0 && bucket <= 99 && Number.isInteger(bucket));
  });

  it("samples about the requested share of 10,000 visitors", () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `visitor-${i}`);
    const share = ids.filter((id) => sampled(id, "nps", 30)).length / ids.length;
    assert.ok(share >= 0.29 && share <= 0.31, `sampled ${share}`);
    const uuids = ids.map(
      (_, i) => `0193${i.toString(16).padStart(8, "0")}-7a1c-7000-8000-00000000${i % 10}abc`,
    );
    const uuidShare = uuids.filter((id) => sampled(id, "checkout-csat", 30)).length / uuids.length;
    assert.ok(uuidShare >= 0.29 && uuidShare <= 0.31, `sampled ${uuidShare}`);
  });

  it("samples surveys independently of each other", () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `visitor-${i}`);
    const both = ids.filter((id) => sampled(id, "a", 50) && sampled(id, "b", 50)).length / ids.length;
    assert.ok(both >= 0.23 && both <= 0.27, `in both samples: ${both}`);
  });

  it("takes nobody at 0% and everybody at 100%", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `v${i}`);
    assert.equal(ids.filter((id) => sampled(id, "s", 0)).length, 0);
    assert.equal(ids.filter((id) => sampled(id, "s", 100)).length, 1000);
  });
});
