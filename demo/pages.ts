// Server-rendered pages of the demo shop. Product data is ours; hono/html escapes every interpolation
// except the product drawings, which are trusted SVG from products.ts.
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { formatPrice, type Product, products } from "./products.ts";

export interface ShopContext {
  /** API origin for `data-api`. */
  api: string;
  site: string;
}

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const logo = raw(
  `<svg class="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><path d="M4 26 13 9l6 10 3-5 6 12z" fill="currentColor"/><circle cx="23" cy="8" r="3" fill="currentColor"/></svg>`,
);

const moon = raw(
  `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5z" fill="currentColor"/></svg>`,
);

/** `scripts`: the page's own extra scripts (files under /assets/: the pages allow no inline script). */
export function layout(
  ctx: ShopContext,
  title: string,
  main: Html,
  bodyClass = "",
  scripts: readonly string[] = [],
): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="Corner Outfitters: a demo shop for Corner ratings and reviews.">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/demo.css">
<script src="/assets/demo.js"></script>
<script src="/corner/corner.js" data-site="${ctx.site}" data-api="${ctx.api}" async></script>
${scripts.map(
  (src) => html`<script src="${src}" defer></script>
`,
)}</head>
<body class="${bodyClass}">
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="brand" href="/">${logo}<span>Corner Outfitters</span></a>
    <nav class="main-nav" aria-label="Main">
      <a href="/">Shop</a>
      <a href="/feedback">Feedback</a>
      <a href="/plain.html">Plain page</a>
    </nav>
    <div class="controls">
      <label class="select">
        <span class="visually-hidden">Language of the reviews</span>
        <select id="lang">
          <option value="en">English</option>
          <option value="de">Deutsch</option>
          <option value="fr">Français</option>
          <option value="es">Español</option>
        </select>
      </label>
      <button id="theme-toggle" class="ghost theme-toggle" type="button" aria-pressed="false">${moon}<span class="label">Dark theme</span></button>
      <span id="account" class="account" hidden><span class="avatar" aria-hidden="true">A</span><span id="account-name"></span></span>
      <button id="sign-in" class="primary" type="button">Sign in as Alice</button>
      <button id="sign-out" class="ghost" type="button" hidden>Sign out</button>
    </div>
  </div>
</header>
<main id="main">
${main}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p><strong>Corner Outfitters</strong> is a made-up shop that shows
    Corner, open-source community widgets you host yourself.</p>
    <p class="muted">Ratings and reviews on these pages come from the Corner API at <code>${ctx.api}</code>, loaded by one script tag.</p>
    <p class="muted">Working here? <a href="/staff/surveys">Staff: survey results</a></p>
  </div>
</footer>
</body>
</html>
`;
}

function card(product: Product): Html {
  const href = `/products/${product.id}`;
  return html`<li class="card">
  <a class="card-art tone-${product.tone}" href="${href}" tabindex="-1" aria-hidden="true">${raw(product.art)}</a>
  <div class="card-body">
    <h3><a href="${href}">${product.name}</a></h3>
    <corner-rating subject="${product.id}" href="${href}#reviews"></corner-rating>
    <p class="tagline">${product.tagline}</p>
    <p class="price">${formatPrice(product.price)}</p>
  </div>
</li>`;
}

export function homePage(ctx: ShopContext): Html {
  return layout(
    ctx,
    "Corner Outfitters: gear for the long way round",
    html`<section class="hero">
  <div class="wrap">
    <p class="eyebrow">Autumn collection</p>
    <h1>Gear for the long way round.</h1>
    <p class="hero-text">Trail shoes, warm layers and camp kit, rated and reviewed by the people who carry them.</p>
  </div>
</section>
<section class="wrap shelf" aria-labelledby="all-products">
  <h2 id="all-products" class="section-title">All products</h2>
  <ul class="grid">
    ${products.map(card)}
  </ul>
</section>`,
    "home",
  );
}

export function productPage(ctx: ShopContext, product: Product): Html {
  return layout(
    ctx,
    `${product.name} · Corner Outfitters`,
    html`<div class="wrap">
  <nav class="crumbs" aria-label="Breadcrumb"><a href="/">Shop</a><span aria-hidden="true">/</span><span aria-current="page">${product.name}</span></nav>
  <article class="product">
    <div class="product-art tone-${product.tone}">${raw(product.art)}</div>
    <div class="product-info">
      <h1>${product.name}</h1>
      <corner-rating subject="${product.id}"></corner-rating>
      <p class="price">${formatPrice(product.price)}</p>
      <p class="lead">${product.tagline}</p>
      <p>${product.description}</p>
      <ul class="features">
        ${product.features.map((f) => html`<li>${f}</li>`)}
      </ul>
      <div class="buy-row">
        <a class="button primary buy" href="/checkout?product=${product.id}">Buy now</a>
        <button class="ghost buy" type="button" data-add-to-basket>Add to basket</button>
        <p class="basket-status" role="status" data-basket-status></p>
      </div>
      <div class="suggest-row">
        <p>Missing a size, a colour or a feature? <a href="/feedback">See what others asked for</a>, or tell us.</p>
        <corner-ideas board="feedback" compact></corner-ideas>
      </div>
    </div>
  </article>
  <div class="reviews">
    <corner-reviews id="reviews" subject="${product.id}"></corner-reviews>
  </div>
  <div class="reviews questions">
    <corner-qa id="questions" subject="${product.id}"></corner-qa>
  </div>
</div>`,
    "product-page",
  );
}

/** The shop's ideas board: what customers would like it to do next. */
export function feedbackPage(ctx: ShopContext): Html {
  return layout(
    ctx,
    "Feedback · Corner Outfitters",
    html`<div class="wrap">
  <nav class="crumbs" aria-label="Breadcrumb"><a href="/">Shop</a><span aria-hidden="true">/</span><span aria-current="page">Feedback</span></nav>
  <h1>What should we do next?</h1>
  <p class="lead">Vote for the ideas you want, or suggest your own.</p>
  <div class="reviews feedback-layout">
    <corner-ideas id="ideas" board="feedback"></corner-ideas>
    <aside class="page-survey" aria-label="Page feedback">
      <corner-survey survey="site-feedback"></corner-survey>
    </aside>
  </div>
</div>`,
    "feedback-page",
  );
}

export function notFoundPage(ctx: ShopContext): Html {
  return layout(
    ctx,
    "Not found · Corner Outfitters",
    html`<div class="wrap empty"><h1>We could not find that page.</h1><p><a href="/">Back to the shop</a></p></div>`,
  );
}

/** The quick start, literally: one script tag and one element, nothing else. */
export function plainPage(ctx: ShopContext): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trail Runner 2 reviews (plain page)</title>
<script src="/corner/corner.js" data-site="${ctx.site}" data-api="${ctx.api}" async></script>
</head>
<body>
<h1>Trail Runner 2</h1>
<p>This page uses nothing but the Corner script tag and one element, under a strict Content-Security-Policy.</p>
<corner-reviews subject="trail-runner-2"></corner-reviews>
</body>
</html>
`;
}
