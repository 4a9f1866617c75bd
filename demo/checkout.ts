// The demo shop's fake checkout: product page "Buy now" → /checkout (order summary, prefilled fields) →
// POST /checkout/done → 303 → GET /checkout/done, whose script tells Corner `checkout_done`, the event the
// seeded `checkout-csat` survey is triggered by. Nothing is stored, charged or shipped.
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { layout, type ShopContext } from "./pages.ts";
import { formatPrice, type Product } from "./products.ts";

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const crumbs = (current: string): Html =>
  html`<nav class="crumbs" aria-label="Breadcrumb"><a href="/">Shop</a><span aria-hidden="true">/</span><span aria-current="page">${current}</span></nav>`;

function summary(product: Product): Html {
  return html`<section class="order-summary" aria-labelledby="order-title">
  <h2 id="order-title">Your order</h2>
  <div class="order-line">
    <div class="order-art tone-${product.tone}">${raw(product.art)}</div>
    <div>
      <p class="order-name"><a href="/products/${product.id}">${product.name}</a></p>
      <p class="muted">Quantity 1</p>
    </div>
    <p class="order-price">${formatPrice(product.price)}</p>
  </div>
  <dl class="order-totals">
    <div><dt>Shipping</dt><dd>Free</dd></div>
    <div class="order-total"><dt>Total</dt><dd>${formatPrice(product.price)}</dd></div>
  </dl>
</section>`;
}

/** The checkout form, prefilled for the demo so that one click places the order. */
export function checkoutPage(ctx: ShopContext, product: Product): Html {
  return layout(
    ctx,
    "Checkout · Corner Outfitters",
    html`<div class="wrap">
  ${crumbs("Checkout")}
  <h1>Checkout</h1>
  <p class="lead">It is a demo: nothing is charged and nothing ships. The fields are filled in for you.</p>
  <div class="checkout">
    <form class="checkout-form" method="post" action="/checkout/done">
      <input type="hidden" name="product" value="${product.id}">
      <fieldset>
        <legend>Delivery</legend>
        <label>Full name <input name="name" autocomplete="name" required value="Alice Moreau"></label>
        <label>Email <input name="email" type="email" autocomplete="email" required value="alice@example.com"></label>
        <label>Address <input name="address" autocomplete="street-address" required value="12 Rue des Pins"></label>
        <div class="field-row">
          <label>Postcode <input name="postcode" autocomplete="postal-code" required value="69001"></label>
          <label>City <input name="city" autocomplete="address-level2" required value="Lyon"></label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Payment</legend>
        <label class="choice"><input type="radio" name="payment" value="invoice" checked> Invoice (demo)</label>
        <label class="choice"><input type="radio" name="payment" value="delivery"> Pay on delivery (demo)</label>
      </fieldset>
      <button class="primary buy" type="submit">Place order</button>
    </form>
    ${summary(product)}
  </div>
</div>`,
    "checkout-page",
  );
}

/**
 * The thank-you page. `/assets/checkout.js` calls `Corner.track("checkout_done")` once the loader is there,
 * which is what makes the `checkout-csat` survey pop up.
 */
export function checkoutDonePage(ctx: ShopContext, product: Product, order: string): Html {
  return layout(
    ctx,
    "Thank you for your order · Corner Outfitters",
    html`<div class="wrap">
  ${crumbs("Order placed")}
  <div class="checkout">
    <section class="order-done" aria-labelledby="done-title">
      <p class="eyebrow">Order ${order}</p>
      <h1 id="done-title">Thank you for your order</h1>
      <p class="lead">We have sent a confirmation to alice@example.com. (It is a demo: no email was sent, and nothing will ship.)</p>
      <p><a class="button primary" href="/">Continue shopping</a></p>
    </section>
    ${summary(product)}
  </div>
</div>`,
    "checkout-page",
    ["/assets/checkout.js"],
  );
}
