import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ListCache } from "./runtime.ts";

describe("ListCache", () => {
  const setup = () => {
    let t = 1_000;
    const cache = new ListCache(1500, () => t);
    cache.set("demo", "sku", "newest|||", '{"items":[]}', "/v1/sites/demo/subjects/sku/reviews");
    return { cache, advance: (ms: number) => (t += ms) };
  };
  const url = "/v1/sites/demo/subjects/sku/reviews";

  it("serves an answer until its TTL, then lets exactly one request refresh it while others get the old one", () => {
    const { cache, advance } = setup();
    assert.equal(cache.getByUrl(url)?.body, '{"items":[]}');
    advance(1600);
    assert.equal(cache.getByUrl(url), undefined, "the first caller after expiry refreshes");
    assert.equal(cache.getByUrl(url)?.body, '{"items":[]}', "the others keep the old answer meanwhile");
    advance(1100);
    assert.equal(cache.getByUrl(url), undefined, "a refresh that never came back is retried after a second");
    assert.equal(cache.get("demo", "sku", "newest|||"), undefined, "keyed reads never see an expired answer");
  });

  it("forgets every answer of a subject on a write, including by URL", () => {
    const { cache } = setup();
    cache.invalidate("demo", "sku");
    assert.equal(cache.getByUrl(url), undefined);
    assert.equal(cache.get("demo", "sku", "newest|||"), undefined);
  });

  it("keeps nothing when its TTL is 0", () => {
    const cache = new ListCache(0);
    const out = cache.set("demo", "sku", "q", "{}", url);
    assert.match(out.etag, /^W\/"/);
    assert.equal(cache.getByUrl(url), undefined);
    assert.equal(cache.get("demo", "sku", "q"), undefined);
  });
});
