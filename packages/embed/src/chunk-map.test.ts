import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chunkMap, type Manifest } from "./chunk-map.ts";

const manifest: Manifest = {
  "_lit-1.js": { file: "chunks/lit-1.js" },
  "_core-2.js": { file: "chunks/core-2.js", imports: ["_lit-1.js"] },
  "_state-3.js": { file: "chunks/state-3.js" },
  "packages/widget-reviews/src/define.ts": {
    file: "chunks/reviews-4.js",
    name: "reviews",
    isEntry: true,
    imports: ["_core-2.js", "_state-3.js"],
  },
  "packages/widget-reviews/src/review-form/form.ts": { file: "chunks/form-5.js", name: "form" },
  "packages/core/src/runtime.ts": {
    file: "chunks/runtime-6.js",
    name: "runtime",
    isEntry: true,
    imports: ["_state-3.js"],
  },
};

describe("chunk map", () => {
  it("points every tag of a widget at its entry and all the chunks it imports, lazy ones left out", () => {
    const map = chunkMap(manifest, { reviews: { tags: ["corner-reviews", "corner-rating"] } });
    assert.deepEqual(map.tags, { "corner-reviews": 1, "corner-rating": 1 });
    assert.deepEqual(map.chunks[1], [
      "chunks/reviews-4.js",
      "chunks/core-2.js",
      "chunks/lit-1.js",
      "chunks/state-3.js",
    ]);
  });

  it("keeps the sign-in runtime first, apart from the widgets", () => {
    const map = chunkMap(manifest, { reviews: { tags: ["corner-reviews"] } });
    assert.deepEqual(map.chunks[0], ["chunks/runtime-6.js", "chunks/state-3.js"]);
  });

  it("says which entry is missing when the build did not produce it", () => {
    assert.throws(() => chunkMap(manifest, { ideas: { tags: ["corner-ideas"] } }), /no entry named "ideas"/);
  });
});
