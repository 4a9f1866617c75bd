// The demo shop's own server, without a browser: the fake checkout, the feedback page's inline survey, and
// the staff pages against a stand-in for the Corner admin API (canned answers; it checks the token).
//   node --import tsx --test demo/demo.test.ts
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import type { SurveyAdmin, SurveyResults } from "../packages/contracts/src/survey-api.ts";
import { createDemoApp, type DemoOptions } from "./server.ts";

const TOKEN = "admin-token-for-the-demo-test";

const definition = {
  id: "product-nps",
  name: "Product NPS",
  status: "active",
  priority: 0,
  display: "slide-in",
  trigger: { type: "delay", ms: 4000 },
  frequency: { dismissDays: 30 },
  targeting: {
    urls: { include: ["/products/**"], exclude: [] },
    device: "any",
    signedIn: "any",
    languages: [],
    attributes: [],
    sampling: 100,
  },
  steps: [
    { type: "nps", id: "nps", question: "How likely are you to recommend us?", required: true, skip: [] },
    {
      type: "single",
      id: "why",
      question: "What matters most?",
      required: false,
      skip: [],
      choices: [
        { id: "price", label: "Price" },
        { id: "fit", label: "Fit & feel" },
      ],
      other: true,
    },
    { type: "text", id: "more", question: "Anything else?", required: false, skip: [] },
    { type: "thanks", id: "bye", question: "Thanks!" },
  ],
} as unknown as SurveyAdmin["definition"];

const counts = { shown: 40, dismissed: 10, responses: 20, completed: 15 };
const admin: SurveyAdmin = {
  definition,
  createdAt: "2025-01-01T00:00:00.000Z",
  updatedAt: "2025-01-01T00:00:00.000Z",
  counts,
};
const results: SurveyResults = {
  survey: { id: "product-nps", name: "Product NPS", status: "active" },
  counts,
  steps: [
    {
      id: "nps",
      type: "nps",
      question: "How likely are you to recommend us?",
      answered: 20,
      distribution: Array.from({ length: 11 }, (_, value) => ({
        value,
        count: value === 10 ? 10 : value === 8 ? 5 : value === 3 ? 5 : 0,
      })),
      average: 7.75,
      nps: { score: 25, promoters: 10, passives: 5, detractors: 5 },
    },
    {
      id: "why",
      type: "single",
      question: "What matters most?",
      answered: 12,
      distribution: [
        { value: "price", count: 3 },
        { value: "fit", count: 8 },
        { value: "other", count: 1 },
      ],
      texts: [
        {
          responseId: "0190a0b0-0000-7000-8000-000000000001",
          text: "Colour <b>choice</b>",
          at: "2025-03-04T10:00:00.000Z",
        },
      ],
    },
    {
      id: "more",
      type: "text",
      question: "Anything else?",
      answered: 2,
      texts: [
        {
          responseId: "0190a0b0-0000-7000-8000-000000000002",
          text: `<script>alert("x")</script> & more`,
          at: "2025-03-10T10:00:00.000Z",
        },
      ],
    },
    { id: "bye", type: "thanks", question: "Thanks!", answered: 0 },
  ],
  overTime: [
    { start: "2025-02-24T00:00:00.000Z", responses: 8, completed: 6, nps: -12.5, csat: null },
    { start: "2025-03-03T00:00:00.000Z", responses: 4, completed: 3, nps: null, csat: null },
    { start: "2025-03-10T00:00:00.000Z", responses: 8, completed: 6, nps: 50, csat: null },
  ],
};

/** A stand-in for the admin API: refuses a request without the token, as the real one does. */
function fakeApi(): Hono {
  const api = new Hono();
  const problem = (status: 401 | 404, detail: string) =>
    new Response(JSON.stringify({ type: "about:blank", title: "Error", status, detail }), {
      status,
      headers: { "content-type": "application/problem+json" },
    });
  api.use("*", async (c, next) => {
    if (c.req.header("authorization") !== `Bearer ${TOKEN}`) return problem(401, "Admin token required.");
    await next();
  });
  api.get("/v1/admin/sites/demo/surveys", (c) => c.json({ items: [admin], next: null }));
  api.get("/v1/admin/sites/demo/surveys/product-nps", (c) => c.json(admin));
  api.get("/v1/admin/sites/demo/surveys/product-nps/results", (c) =>
    c.req.query("interval") === "week" ? c.json(results) : c.json({}, 400),
  );
  api.get(
    "/v1/admin/sites/demo/surveys/product-nps/responses.csv",
    () =>
      new Response("responseId,nps\nr1,10\n", {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": 'attachment; filename="product-nps.csv"',
        },
      }),
  );
  api.get("/v1/admin/sites/demo/surveys/*", () => problem(404, "There is no survey like that."));
  return api;
}

describe("the demo shop's server", () => {
  let apiUrl = "";
  let close = () => {};
  const options = (): DemoOptions => ({
    api: apiUrl,
    site: "demo",
    ssoSecret: "x".repeat(32),
    adminToken: TOKEN,
    distDir: fileURLToPath(new URL("../packages/embed/dist", import.meta.url)),
    publicDir: fileURLToPath(new URL("./public", import.meta.url)),
  });
  const shop = (opts: Partial<DemoOptions> = {}) => createDemoApp({ ...options(), ...opts });
  const page = async (path: string, opts: Partial<DemoOptions> = {}) => {
    const res = await shop(opts).request(path);
    return { res, text: await res.text() };
  };

  before(async () => {
    const server = serve({ fetch: fakeApi().fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  after(() => close());

  describe("checkout", () => {
    it("offers Buy now on a product page, a link to its checkout", async () => {
      const { text } = await page("/products/trail-runner-2");
      assert.match(
        text,
        /<a class="button primary buy" href="\/checkout\?product=trail-runner-2">Buy now<\/a>/,
      );
    });

    it("shows the order summary and a form that posts the order", async () => {
      const { res, text } = await page("/checkout?product=merino-hoodie");
      assert.equal(res.status, 200);
      assert.match(text, /<form class="checkout-form" method="post" action="\/checkout\/done">/);
      assert.match(text, /name="product" value="merino-hoodie"/);
      assert.match(text, /Merino Hoodie/);
      assert.match(text, /€89\.00/);
      assert.match(text, /<button class="primary buy" type="submit">Place order<\/button>/);
    });

    it("sends a checkout without a known product back to the shop", async () => {
      for (const path of ["/checkout", "/checkout?product=nope", "/checkout/done?product=nope"]) {
        const { res } = await page(path);
        assert.equal(res.status, 302, path);
        assert.equal(res.headers.get("location"), "/");
      }
    });

    it("places the order with a redirect, so a reload does not order again", async () => {
      const res = await shop().request("/checkout/done", {
        method: "POST",
        body: new URLSearchParams({ product: "headlamp-400", name: "Alice" }),
      });
      assert.equal(res.status, 303);
      assert.match(
        res.headers.get("location") ?? "",
        /^\/checkout\/done\?product=headlamp-400&order=CO-[A-Z0-9]+$/,
      );
    });

    it("thanks for the order and loads the script that tells Corner checkout_done", async () => {
      const { res, text } = await page("/checkout/done?product=headlamp-400&order=CO-AB12");
      assert.equal(res.status, 200);
      assert.match(text, /<h1 id="done-title">Thank you for your order<\/h1>/);
      assert.match(text, /Order CO-AB12/);
      assert.match(text, /<script src="\/assets\/checkout.js" defer><\/script>/);
      assert.match(res.headers.get("content-security-policy") ?? "", /script-src 'self';/);
      const odd = await page("/checkout/done?product=headlamp-400&order=%3Cb%3E");
      assert.match(odd.text, /Order CO-DEMO/);
    });
  });

  it("places the site-feedback survey inline on the feedback page", async () => {
    const { text } = await page("/feedback");
    assert.match(text, /<corner-survey survey="site-feedback"><\/corner-survey>/);
  });

  it("links the staff pages from every page's footer", async () => {
    const { text } = await page("/");
    assert.match(text, /<a href="\/staff\/surveys">Staff: survey results<\/a>/);
  });

  describe("staff pages", () => {
    it("lists the surveys with their status and counts", async () => {
      const { res, text } = await page("/staff/surveys");
      assert.equal(res.status, 200);
      assert.match(text, /<a href="\/staff\/surveys\/product-nps">Product NPS<\/a>/);
      assert.match(text, /status-active">active</);
      assert.match(text, /Slide-in after 4 s/);
      for (const [k, v] of [
        ["Shown", "40"],
        ["Dismissed", "10"],
        ["Responses", "20"],
        ["Completed", "15"],
        ["Completion rate", "75%"],
      ]) {
        assert.match(text, new RegExp(`<dt>${k}</dt><dd>${v}</dd>`));
      }
      assert.match(text, /behind its own staff\s+login/);
      assert.doesNotMatch(text, new RegExp(TOKEN));
    });

    it("shows the NPS with its groups, a stacked bar and the scale's distribution", async () => {
      const { res, text } = await page("/staff/surveys/product-nps");
      assert.equal(res.status, 200);
      assert.match(text, /<p class="score">\+25<\/p>/);
      assert.match(text, /Detractors \(0–6\): <strong>5<\/strong> \(25%\)/);
      assert.match(text, /Passives \(7–8\): <strong>5<\/strong> \(25%\)/);
      assert.match(text, /Promoters \(9–10\): <strong>10<\/strong> \(50%\)/);
      assert.match(text, /<svg class="stack"[^>]*aria-hidden="true"/);
      // Bars scale to the largest count: 10 answers of 10 fill the bar, 5 fill half of it.
      assert.match(
        text,
        /<th scope="row">10<\/th>\s*<td class="bar-cell">.*class="bar-fill promoter" width="100"/,
      );
      assert.match(
        text,
        /<th scope="row">3<\/th>\s*<td class="bar-cell">.*class="bar-fill detractor" width="50"/,
      );
      assert.match(text, /<td class="bar-count">10 <span class="muted">\(50%\)<\/span><\/td>/);
    });

    it("draws NPS by week as an accessible chart with the same numbers in a table", async () => {
      const { text } = await page("/staff/surveys/product-nps");
      assert.match(text, /<h3 id="nps-trend-title">NPS by week<\/h3>/);
      assert.match(text, /<svg role="img" aria-labelledby="nps-trend-title nps-trend-desc"/);
      assert.match(text, /NPS went from −13 in the week of 24 Feb 2025 to \+50 in the week of 10 Mar 2025/);
      // Two weeks with an NPS: two points and one line between them; the zero line is drawn.
      assert.equal(text.match(/<circle class="dot"/g)?.length, 2);
      assert.equal(text.match(/<line class="line"/g)?.length, 1);
      assert.match(text, /<line class="zero"/);
      assert.match(text, /<tr><th scope="row">3 Mar 2025<\/th><td>4<\/td><td>–<\/td><\/tr>/);
      assert.match(text, /<tr><th scope="row">10 Mar 2025<\/th><td>8<\/td><td>\+50<\/td><\/tr>/);
      assert.doesNotMatch(text, /style=/);
    });

    it("names choices by their labels and escapes every free-text answer", async () => {
      const { text } = await page("/staff/surveys/product-nps");
      assert.match(text, /<th scope="row">Fit &amp; feel<\/th>/);
      assert.match(text, /<th scope="row">Other<\/th>/);
      assert.match(text, /<blockquote>Colour &lt;b&gt;choice&lt;\/b&gt;<\/blockquote>/);
      assert.match(
        text,
        /<blockquote>&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; more<\/blockquote>/,
      );
      assert.doesNotMatch(text, /<script>alert/);
      assert.doesNotMatch(text, /Thanks!/);
    });

    it("streams the CSV through the shop with the API's file name, and no token in the page", async () => {
      const { text } = await page("/staff/surveys/product-nps");
      assert.match(text, /href="\/staff\/surveys\/product-nps\/responses.csv" download>Download CSV</);
      assert.doesNotMatch(text, new RegExp(TOKEN));
      const csv = await page("/staff/surveys/product-nps/responses.csv");
      assert.equal(csv.res.status, 200);
      assert.equal(csv.text, "responseId,nps\nr1,10\n");
      assert.equal(csv.res.headers.get("content-type"), "text/csv; charset=utf-8");
      assert.equal(csv.res.headers.get("content-disposition"), 'attachment; filename="product-nps.csv"');
    });

    it("answers 404 for a survey the API does not know, or an id no survey can have", async () => {
      const unknown = await page("/staff/surveys/nope");
      assert.equal(unknown.res.status, 404);
      assert.match(unknown.text, /There is no survey like that\./);
      const bad = await page("/staff/surveys/%3Cx%3E");
      assert.equal(bad.res.status, 404);
      assert.match(bad.text, /There is no survey &lt;x&gt; on this site\./);
      assert.equal((await page("/staff/surveys/nope/responses.csv")).res.status, 404);
    });

    it("says so when it has no admin token, or the API refuses or does not answer", async () => {
      const tokenless = await page("/staff/surveys", { adminToken: undefined });
      assert.equal(tokenless.res.status, 502);
      assert.match(tokenless.text, /The demo has no Corner admin token/);
      const refused = await page("/staff/surveys", { adminToken: "wrong" });
      assert.equal(refused.res.status, 502);
      assert.match(refused.text, /Admin token required\./);
      const down = await page("/staff/surveys/product-nps", { api: "http://127.0.0.1:9" });
      assert.equal(down.res.status, 502);
      assert.match(down.text, /did not answer/);
    });
  });
});
