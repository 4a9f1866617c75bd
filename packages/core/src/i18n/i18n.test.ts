import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatter } from "./i18n.ts";

const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

describe("formatter", () => {
  it("picks plural forms by the locale's rules and localises the count", () => {
    const en = formatter("en");
    assert.equal(en.plural(1, { one: "# review", other: "# reviews" }), "1 review");
    assert.equal(en.plural(1280, { one: "# review", other: "# reviews" }), "1,280 reviews");
    const fr = formatter("fr");
    // French treats 0 and 1 as singular.
    assert.equal(fr.plural(0, { one: "# avis lu", other: "# avis lus" }), "0 avis lu");
  });

  it("writes averages with the locale's decimal separator", () => {
    assert.equal(formatter("en").number(4.25, 1), "4.3");
    assert.equal(formatter("de").number(4.25, 1), "4,3");
  });

  it("describes times relative to now in the reader's language", () => {
    assert.equal(formatter("en").relative(ago(3 * DAY)), "3 days ago");
    assert.equal(formatter("de").relative(ago(DAY)), "gestern");
    assert.equal(formatter("es").relative(ago(14 * DAY)), "hace 2 semanas");
    assert.equal(formatter("en").relative(ago(5_000)), "this minute");
  });
});
