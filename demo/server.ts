// The demo shop's web server: server-rendered pages under a strict Content-Security-Policy, the built
// script-tag bundle under /corner/ (precompressed, hashed chunks cached forever), and a stand-in for the
// shop's own backend that signs SSO tokens for "Sign in as Alice".
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { SignJWT } from "jose";
import { checkoutDonePage, checkoutPage } from "./checkout.ts";
import { feedbackPage, homePage, notFoundPage, plainPage, productPage, type ShopContext } from "./pages.ts";
import { productById } from "./products.ts";
import { mountStaff } from "./staff.ts";

export interface DemoOptions {
  /** API origin the pages point `data-api` at, e.g. `http://127.0.0.1:8787`. */
  api: string;
  site: string;
  /** The site's SSO secret: only the shop's backend knows it. */
  ssoSecret: string;
  /** `packages/embed/dist`. */
  distDir: string;
  /** `demo/public`. */
  publicDir: string;
  /**
   * The API's admin token, for the staff pages under /staff/ (server-side only: it never reaches a page).
   * Without it those pages say they cannot work.
   */
  adminToken?: string;
}

/** The people the demo backend can sign in; a real shop would use its own logged-in customer. */
const people: Record<string, { name: string; email: string; roles?: string[] }> = {
  alice: { name: "Alice Moreau", email: "alice@example.com" },
  ben: { name: "Ben Okafor", email: "ben@example.com" },
  // The shop's own staff: their answers are official and they may accept an answer to any question.
  sam: { name: "Sam at Corner Outfitters", email: "sam@example.com", roles: ["staff"] },
};

export function contentSecurityPolicy(api: string): string {
  const alt = api.includes("127.0.0.1")
    ? api.replace("127.0.0.1", "localhost")
    : api.replace("localhost", "127.0.0.1");
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${api} ${alt}`,
    "img-src 'self' data:",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function createDemoApp(opts: DemoOptions): Hono {
  const ctx: ShopContext = { api: opts.api, site: opts.site };
  const csp = contentSecurityPolicy(opts.api);
  const secret = new TextEncoder().encode(opts.ssoSecret);
  const app = new Hono();

  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    if (c.res.headers.get("Content-Type")?.startsWith("text/html")) {
      c.header("Content-Security-Policy", csp);
      c.header("Cache-Control", "no-cache");
    }
  });

  app.get("/", (c) => c.html(homePage(ctx)));
  app.get("/index.html", (c) => c.redirect("/"));
  // The plain page has no icon link; answer the browser's guess without a 404 in the console.
  app.get("/favicon.ico", (c) => c.redirect("/assets/favicon.svg"));
  app.get("/plain.html", (c) => c.html(plainPage(ctx)));
  app.get("/feedback", (c) => c.html(feedbackPage(ctx)));
  app.get("/products/:id", (c) => {
    const product = productById(c.req.param("id"));
    return product ? c.html(productPage(ctx, product)) : c.html(notFoundPage(ctx), 404);
  });

  // The fake checkout: Buy now → /checkout → Place order (POST, then 303 so a reload does not re-order).
  app.get("/checkout", (c) => {
    const product = productById(c.req.query("product") ?? "");
    return product ? c.html(checkoutPage(ctx, product)) : c.redirect("/");
  });
  app.post("/checkout/done", async (c) => {
    const form = await c.req.parseBody();
    const product = productById(typeof form.product === "string" ? form.product : "");
    if (!product) return c.redirect("/", 303);
    const order = `CO-${Date.now().toString(36).slice(-6).toUpperCase()}`;
    return c.redirect(`/checkout/done?product=${product.id}&order=${order}`, 303);
  });
  app.get("/checkout/done", (c) => {
    const product = productById(c.req.query("product") ?? "");
    if (!product) return c.redirect("/");
    const order = /^CO-[A-Z0-9]{1,12}$/.test(c.req.query("order") ?? "")
      ? (c.req.query("order") as string)
      : "CO-DEMO";
    return c.html(checkoutDonePage(ctx, product, order));
  });

  mountStaff(app, ctx, { api: opts.api, site: opts.site, adminToken: opts.adminToken });

  // The shop's backend: signs a short-lived HS256 token with the site's SSO secret for a known person.
  app.post("/demo/sso", async (c) => {
    const sub = c.req.query("user") ?? "alice";
    const person = people[sub];
    if (!person) return c.json({ error: `unknown demo user ${sub}` }, 404);
    const sso = await new SignJWT({
      name: person.name,
      email: person.email,
      ...(person.roles ? { roles: person.roles } : {}),
    })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(sub)
      .setAudience(opts.site)
      .setIssuedAt()
      .setJti(crypto.randomUUID())
      .setExpirationTime("5m")
      .sign(secret);
    return c.json({ sso, user: { id: sub, name: person.name } });
  });

  app.use(
    "/corner/*",
    serveStatic({
      root: opts.distDir,
      precompressed: true,
      rewriteRequestPath: (path) => path.replace(/^\/corner/, ""),
      onFound: (path, c) => {
        // Hashed chunks never change; corner.js is the stable URL, so it is only cached briefly.
        c.header(
          "Cache-Control",
          path.includes("/chunks/") ? "public, max-age=31536000, immutable" : "public, max-age=300",
        );
        c.header("Access-Control-Allow-Origin", "*");
      },
    }),
  );
  app.use(
    "/assets/*",
    serveStatic({
      root: opts.publicDir,
      rewriteRequestPath: (path) => path.replace(/^\/assets/, ""),
      onFound: (_path, c) => {
        c.header("Cache-Control", "no-cache");
      },
    }),
  );
  app.notFound((c) => c.html(notFoundPage(ctx), 404));
  return app;
}

/** Serves the demo shop on `port` (0 picks a free one) until `close()`. */
export async function startDemo(
  opts: DemoOptions & { port: number; host?: string },
): Promise<{ url: string; close(): Promise<void> }> {
  const host = opts.host ?? "127.0.0.1";
  const server = serve({ fetch: createDemoApp(opts).fetch, port: opts.port, hostname: host });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
  };
}
