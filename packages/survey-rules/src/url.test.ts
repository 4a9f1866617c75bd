import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { matchUrl, urlAllowed } from "./url.ts";

describe("URL patterns", () => {
  it("matches literal paths, ignoring host, fragment and a trailing slash", () => {
    assert.equal(matchUrl("/cart", "https://shop.example/cart"), true);
    assert.equal(matchUrl("/cart", "/cart/"), true);
    assert.equal(matchUrl("/cart/", "/cart#top"), true);
    assert.equal(matchUrl("/cart", "/cart/items"), false);
    assert.equal(matchUrl("/", "https://shop.example"), true);
    assert.equal(matchUrl("/a.b", "/axb"), false, "a dot is literal");
  });

  it("lets * match within one segment only", () => {
    assert.equal(matchUrl("/products/*", "/products/shoe-1"), true);
    assert.equal(matchUrl("/products/*", "/products/shoe-1/reviews"), false);
    assert.equal(matchUrl("/products/*/reviews", "/products/shoe-1/reviews"), true);
    assert.equal(matchUrl("/products/shoe-*", "/products/shoe-42"), true);
  });

  it("lets ** match across segments, including none", () => {
    assert.equal(matchUrl("/products/**", "/products/shoes/shoe-1/reviews"), true);
    assert.equal(matchUrl("/products/**", "/products"), true);
    assert.equal(matchUrl("/products/**", "/productsale"), false);
    assert.equal(matchUrl("/**/checkout", "/de/shop/checkout"), true);
    assert.equal(matchUrl("/**/checkout", "/checkout"), true);
    assert.equal(matchUrl("/**", "/anything/at/all"), true);
  });

  it("ignores the query unless the pattern has one", () => {
    assert.equal(matchUrl("/search", "/search?q=shoes"), true);
    assert.equal(matchUrl("/search?q=shoes", "/search?q=shoes"), true);
    assert.equal(matchUrl("/search?q=shoes", "/search?q=hats"), false);
    assert.equal(matchUrl("/search?q=*", "https://shop.example/search?q=red/shoes&page=2"), true);
    assert.equal(matchUrl("/search?q=*", "/search"), false);
  });

  it("allows included pages that are not excluded; exclusions win; no includes means every page", () => {
    assert.equal(urlAllowed([], [], "/anything"), true);
    assert.equal(urlAllowed(["/products/**"], [], "/cart"), false);
    assert.equal(urlAllowed(["/products/**"], ["/products/*/reviews"], "/products/shoe-1"), true);
    assert.equal(urlAllowed(["/products/**"], ["/products/*/reviews"], "/products/shoe-1/reviews"), false);
    assert.equal(urlAllowed([], ["/checkout/**"], "/checkout/pay"), false);
  });
});
