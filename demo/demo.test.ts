// The demo shop's own server, without a browser: the fake checkout, the feedback page's inline survey, and
// the staff pages, against the real API (`startTestApi({ seed: "demo" })`: PGlite, or PostgreSQL when
// TEST_DATABASE_URL is set) seeded with site `demo` and its surveys. What the pages should show is read
// from the API's own results; the hostile free text is written through the public survey API first.
//   node --import tsx --test demo/demo.test.ts
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { SurveyAdmin, SurveyResults, SurveyStepResult } from "../packages/contracts/src/survey-api.ts";
import type { SurveyDefinitionInput } from "../packages/contracts/src/surveys.ts";
import { startTestApi } from "../packages/test-utils/src/node/index.ts";
import { createDemoApp, type DemoOptions, startDemo } from "./server.ts";

const SITE = "demo";
/** Written as a product-nps "fix" answer (a detractor's free text). */
const SCRIPT_TEXT = `<script>alert("x")</script> & more`;
/** Written as the "other" answer of product-nps's "love" choice step (a promoter's). */
const OTHER_TEXT = "Colour <b>choice</b>";
/** A draft survey the test creates through the admin API, so labels and names with markup are escaped too. */
const MARKUP_SURVEY: SurveyDefinitionInput = {
  id: "markup-check",
  name: "Fit & <i>feel</i>",
  status: "draft",
  display: "inline",
  steps: [
    {
      type: "single",
      id: "pick",
      question: "Which <em>one</em>?",
      choices: [
        { id: "fit", label: "Fit & feel" },
        { id: "price", label: "Price" },
      ],
      other: true,
    },
    { type: "thanks", id: "thanks", question: "Thanks!" },
  ],
};

/** hono/html's escaping of text: what every API string must look like in a page. */
const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
/** A string as a literal inside a RegExp. */
const lit = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** NPS as the page writes it: "+25", "−13" (a real minus sign), "0". */
const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");
/** A share as a whole percentage, "0%" of nothing. */
const pct = (part: number, whole: number): string =>
  whole > 0 ? `${Math.round((part / whole) * 100)}%` : "0%";
/** A UTC day as the page writes it: "3 Mar 2025". */
const dayOf = (iso: string): string =>
  new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(iso));
const answersOf = (n: number): string => `${n} ${n === 1 ? "answer" : "answers"}`;

/** The part of `text` from `start` up to the first `end` after it (both included). */
function slice(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  assert.notEqual(from, -1, `no ${start} in the page`);
  const to = text.indexOf(end, from + start.length);
  assert.notEqual(to, -1, `no ${end} after ${start}`);
  return text.slice(from, to + end.length);
}

/** A table row of bars, as `barTable` draws it: label, bar scaled to the largest count, count and share. */
const barRow = (label: string, tone: string, width: number, count: number, share: string): RegExp =>
  new RegExp(
    `<th scope="row">${lit(escapeHtml(label))}</th>\\s*<td class="bar-cell"><svg class="bar"[^>]*aria-hidden="true"[^>]*>` +
      `<rect class="bar-track" width="100" height="10"></rect><rect class="bar-fill ${lit(tone)}" width="${lit(String(width))}" height="10"></rect></svg></td>\\s*` +
      `<td class="bar-count">${count} <span class="muted">\\(${lit(share)}\\)</span></td>`,
  );

describe("the demo shop's server", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let shop: Awaited<ReturnType<typeof startDemo>>;
  let options: DemoOptions;
  /** Results as the API reports them once the test's own answers are in, by survey id. */
  const results = new Map<string, SurveyResults>();
  /** product-nps's results before the test's two answers. */
  let seeded: SurveyResults;

  const admin = (path: string, token = api.adminToken) =>
    fetch(`${api.url}/v1/admin/sites/${SITE}/surveys${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  const respond = async (survey: string, body: unknown) => {
    const res = await fetch(`${api.url}/v1/sites/${SITE}/surveys/${survey}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    assert.equal(res.status, 201, await res.clone().text());
  };
  /** A page of the running shop (redirects not followed). */
  const page = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(shop.url + path, { redirect: "manual", ...init });
    return { res, text: await res.text() };
  };
  /** A page of a shop built with other options (a wrong token, no token, an API that is down). */
  const pageOf = async (opts: Partial<DemoOptions>, path: string) => {
    const res = await createDemoApp({ ...options, ...opts }).request(path);
    return { res, text: await res.text() };
  };
  const resultsOf = (id: string): SurveyResults => {
    const r = results.get(id);
    assert.ok(r, `no results for ${id}`);
    return r;
  };
  const stepOf = (r: SurveyResults, id: string): SurveyStepResult => {
    const s = r.steps.find((x) => x.id === id);
    assert.ok(s, `no step ${id} in ${r.survey.id}`);
    return s;
  };

  before(async () => {
    api = await startTestApi({ seed: "demo" });
    options = {
      api: api.url,
      site: SITE,
      ssoSecret: "x".repeat(32),
      adminToken: api.adminToken,
      distDir: fileURLToPath(new URL("../packages/embed/dist", import.meta.url)),
      publicDir: fileURLToPath(new URL("./public", import.meta.url)),
    };
    shop = await startDemo({ ...options, port: 0 });

    seeded = (await (await admin("/product-nps/results")).json()) as SurveyResults;
    // Hostile free text, written as a visitor would: a detractor's "fix" and a promoter's "other".
    await respond("product-nps", {
      answers: [
        { stepId: "score", value: 3 },
        { stepId: "fix", value: SCRIPT_TEXT },
      ],
      complete: true,
    });
    await respond("product-nps", {
      answers: [
        { stepId: "score", value: 10 },
        { stepId: "love", value: { other: OTHER_TEXT } },
      ],
      complete: true,
    });
    const created = await fetch(`${api.url}/v1/admin/sites/${SITE}/surveys`, {
      method: "POST",
      headers: { authorization: `Bearer ${api.adminToken}`, "content-type": "application/json" },
      body: JSON.stringify(MARKUP_SURVEY),
    });
    assert.equal(created.status, 201, await created.clone().text());

    for (const id of ["product-nps", "checkout-csat", "site-feedback", MARKUP_SURVEY.id]) {
      const res = await admin(`/${id}/results`);
      assert.equal(res.status, 200, await res.clone().text());
      results.set(id, (await res.json()) as SurveyResults);
    }
  });

  after(async () => {
    await shop?.close();
    await api?.close();
  });

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
      const { res } = await page("/checkout/done", {
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

  it("places the site-feedback survey inline on the feedback page, a survey the API serves inline", async () => {
    const { text } = await page("/feedback");
    assert.match(text, /<corner-survey survey="site-feedback"><\/corner-survey>/);
    const res = await fetch(`${api.url}/v1/sites/${SITE}/surveys/site-feedback`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { display: string }).display, "inline");
  });

  it("links the staff pages from every page's footer", async () => {
    const { text } = await page("/");
    assert.match(text, /<a href="\/staff\/surveys">Staff: survey results<\/a>/);
  });

  describe("staff pages", () => {
    it("lists every survey of the API with its status, display and the API's counts", async () => {
      const { res, text } = await page("/staff/surveys");
      assert.equal(res.status, 200);
      const list = (await (await admin("")).json()) as { items: SurveyAdmin[] };
      const ids = list.items.map((s) => s.definition.id);
      assert.deepEqual([...ids].sort(), ["checkout-csat", MARKUP_SURVEY.id, "product-nps", "site-feedback"]);
      // In the API's order.
      assert.deepEqual(
        [...text.matchAll(/<h2><a href="\/staff\/surveys\/([^"]+)">/g)].map((m) => m[1]),
        ids,
      );
      const shown: Record<string, string> = {
        "product-nps": "Slide-in after 4 s",
        "checkout-csat": "Popover when the page calls Corner.track(&quot;checkout_done&quot;)",
        "site-feedback": "Inline, where a page places it",
        [MARKUP_SURVEY.id]: "Inline, where a page places it",
      };
      for (const id of results.keys()) {
        const r = resultsOf(id);
        const item = slice(text, `<a href="/staff/surveys/${id}">`, "</li>");
        assert.ok(item.startsWith(`<a href="/staff/surveys/${id}">${escapeHtml(r.survey.name)}</a>`), item);
        assert.match(item, new RegExp(`status-${r.survey.status}">${r.survey.status}<`));
        assert.match(item, new RegExp(`${lit(shown[id] as string)} · `));
        const c = r.counts;
        for (const [k, v] of [
          ["Shown", String(c.shown)],
          ["Dismissed", String(c.dismissed)],
          ["Responses", String(c.responses)],
          ["Completed", String(c.completed)],
          ["Completion rate", c.responses > 0 ? pct(c.completed, c.responses) : "–"],
        ]) {
          assert.match(item, new RegExp(`<dt>${k}</dt><dd>${v}</dd>`), `${id}: ${k}`);
        }
      }
      // The seeded surveys have answers; the list is not all zeros.
      assert.ok(resultsOf("product-nps").counts.responses > 100);
      assert.match(text, /behind its own staff\s+login/);
      assert.doesNotMatch(text, new RegExp(lit(api.adminToken)));
    });

    it("shows the API's NPS with its groups, a stacked bar and the scale's distribution", async () => {
      const { res, text } = await page("/staff/surveys/product-nps");
      assert.equal(res.status, 200);
      const r = resultsOf("product-nps");
      const score = stepOf(r, "score");
      const nps = score.nps;
      assert.ok(nps && nps.score !== null);
      // The test's own two answers are counted: one detractor, one promoter, both complete.
      const was = stepOf(seeded, "score").nps;
      assert.ok(was);
      assert.deepEqual(
        [nps.detractors, nps.passives, nps.promoters],
        [was.detractors + 1, was.passives, was.promoters + 1],
      );
      assert.equal(r.counts.responses, seeded.counts.responses + 2);
      assert.equal(r.counts.completed, seeded.counts.completed + 2);
      const total = nps.promoters + nps.passives + nps.detractors;
      assert.equal(total, score.answered);
      assert.match(text, new RegExp(`<p class="score">${lit(signed(nps.score))}</p>`));
      assert.match(text, new RegExp(`<p class="muted">${lit(answersOf(total))} to “`));
      for (const [label, count] of [
        ["Detractors \\(0–6\\)", nps.detractors],
        ["Passives \\(7–8\\)", nps.passives],
        ["Promoters \\(9–10\\)", nps.promoters],
      ] as const) {
        assert.match(text, new RegExp(`${label}: <strong>${count}</strong> \\(${pct(count, total)}\\)`));
      }
      assert.match(text, /<svg class="stack"[^>]*aria-hidden="true"/);
      for (const tone of ["detractor", "passive", "promoter"] as const) {
        const part =
          tone === "detractor" ? nps.detractors : tone === "passive" ? nps.passives : nps.promoters;
        assert.match(
          text,
          new RegExp(`class="bar-fill ${tone}" x="[\\d.]+" width="${lit(String((part / total) * 100))}"`),
        );
      }
      // Every value of the scale, 0 to 10, with the scale's end labels; bars scale to the largest count.
      const dist = score.distribution ?? [];
      assert.deepEqual(
        dist.map((d) => d.value),
        Array.from({ length: 11 }, (_, i) => i),
      );
      const most = Math.max(...dist.map((d) => d.count));
      const section = slice(text, '<section class="panel step" aria-labelledby="step-score">', "</section>");
      for (const d of dist) {
        const value = d.value as number;
        const label = value === 0 ? "0 (Not likely)" : value === 10 ? "10 (Very likely)" : String(value);
        const tone = value <= 6 ? "detractor" : value <= 8 ? "passive" : "promoter";
        assert.match(
          section,
          barRow(label, tone, (d.count / most) * 100, d.count, pct(d.count, score.answered)),
        );
      }
      assert.ok(score.average != null);
      assert.match(
        section,
        new RegExp(`${lit(answersOf(score.answered))} · average ${lit(String(score.average))}</p>`),
      );
    });

    it("draws the API's NPS by week as an accessible chart with the same numbers in a table", async () => {
      const { text } = await page("/staff/surveys/product-nps");
      const weeks = resultsOf("product-nps").overTime;
      // Twelve seeded weeks and this one (the test's answers).
      assert.ok(weeks.length >= 12, `${weeks.length} weeks`);
      const known = weeks.filter((w): w is typeof w & { nps: number } => w.nps !== null);
      const first = known[0];
      const last = known.at(-1);
      assert.ok(first && last && known.length >= 2);
      const chart = slice(text, '<figure class="trend">', "</figure>");
      assert.match(chart, /<h3 id="nps-trend-title">NPS by week<\/h3>/);
      assert.match(chart, /<svg role="img" aria-labelledby="nps-trend-title nps-trend-desc"/);
      assert.match(
        chart,
        new RegExp(
          lit(
            `NPS went from ${signed(first.nps)} in the week of ${dayOf(first.start)} to ${signed(last.nps)} in the week of ${dayOf(last.start)}, on a scale from −100 to +100.`,
          ),
        ),
      );
      // One point per week with an NPS, a line between each two, and the zero line.
      assert.equal(chart.match(/<circle class="dot"/g)?.length, known.length);
      assert.equal(chart.match(/<line class="line"/g)?.length, known.length - 1);
      assert.match(chart, /<line class="zero"/);
      const rows = [
        ...chart.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g),
      ];
      assert.deepEqual(
        rows.map((m) => [m[1], m[2], m[3]]),
        weeks.map((w) => [dayOf(w.start), String(w.responses), w.nps === null ? "–" : signed(w.nps)]),
      );
      assert.doesNotMatch(text, /style=/);
      // product-nps has no CSAT step: no CSAT card or chart.
      assert.doesNotMatch(text, /csat-title|CSAT by week/);
    });

    it("names choices by their labels and escapes every free-text answer", async () => {
      const { text } = await page("/staff/surveys/product-nps");
      const r = resultsOf("product-nps");
      const love = stepOf(r, "love");
      const fix = stepOf(r, "fix");
      // The API has the test's answers as the newest of their steps.
      assert.equal(fix.texts?.[0]?.text, SCRIPT_TEXT);
      assert.equal(love.texts?.[0]?.text, OTHER_TEXT);

      const loveSection = slice(
        text,
        '<section class="panel step" aria-labelledby="step-love">',
        "</section>",
      );
      const labels: Record<string, string> = {
        quality: "Product quality",
        prices: "Prices",
        delivery: "Fast delivery",
        service: "Friendly service",
        other: "Other",
      };
      const dist = love.distribution ?? [];
      assert.deepEqual(
        dist.map((d) => d.value),
        Object.keys(labels),
      );
      const most = Math.max(...dist.map((d) => d.count));
      for (const d of dist) {
        const label = labels[d.value] as string;
        assert.match(
          loveSection,
          barRow(label, "", (d.count / most) * 100, d.count, pct(d.count, love.answered)),
        );
      }
      assert.match(loveSection, /<h4>Latest “Other” answers<\/h4>/);

      // Each step's latest ten texts, newest first, escaped, with their day.
      for (const step of [fix, love, stepOf(r, "improve")]) {
        const section = slice(
          text,
          `<section class="panel step" aria-labelledby="step-${step.id}">`,
          "</section>",
        );
        const quotes = [
          ...section.matchAll(
            /<blockquote>(.*?)<\/blockquote><p class="muted"><time datetime="([^"]+)">([^<]+)<\/time>/gs,
          ),
        ];
        const expected = (step.texts ?? []).slice(0, 10);
        assert.ok(expected.length > 0, step.id);
        assert.deepEqual(
          quotes.map((m) => [m[1], m[2], m[3]]),
          expected.map((t) => [escapeHtml(t.text), t.at, dayOf(t.at)]),
          step.id,
        );
      }
      assert.match(text, /<blockquote>Colour &lt;b&gt;choice&lt;\/b&gt;<\/blockquote>/);
      assert.match(
        text,
        /<blockquote>&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; more<\/blockquote>/,
      );
      assert.doesNotMatch(text, /<script>alert/);
      assert.doesNotMatch(text, /<b>choice/);
      // The thank-you step is no question: it has no section.
      assert.doesNotMatch(text, new RegExp(lit(stepOf(r, "thanks").question)));
    });

    it("escapes a survey's name, questions and choice labels as the admin API holds them", async () => {
      const { res, text } = await page(`/staff/surveys/${MARKUP_SURVEY.id}`);
      assert.equal(res.status, 200);
      const r = resultsOf(MARKUP_SURVEY.id);
      assert.equal(r.survey.name, "Fit & <i>feel</i>");
      assert.match(text, /<h1>Fit &amp; &lt;i&gt;feel&lt;\/i&gt;<\/h1>/);
      assert.match(text, /status-draft">draft</);
      assert.match(text, /Which &lt;em&gt;one&lt;\/em&gt;\?<\/h3>/);
      assert.match(text, /<th scope="row">Fit &amp; feel<\/th>/);
      assert.match(text, /<th scope="row">Other<\/th>/);
      assert.doesNotMatch(text, /<i>feel|<em>one/);
      // No answers yet: every bar empty, no "Other" texts, no completion rate.
      const pick = stepOf(r, "pick");
      assert.equal(pick.answered, 0);
      assert.match(text, barRow("Fit & feel", "", 0, 0, "0%"));
      assert.match(text, /<dt>Completion rate<\/dt><dd>–<\/dd>/);
      assert.doesNotMatch(text, /<blockquote>/);
    });

    it("shows the API's CSAT average and CSAT by week for the checkout survey", async () => {
      const { res, text } = await page("/staff/surveys/checkout-csat");
      assert.equal(res.status, 200);
      const r = resultsOf("checkout-csat");
      const csat = stepOf(r, "checkout");
      assert.ok(csat.average != null && csat.answered > 0);
      assert.match(
        text,
        new RegExp(`<p class="score">${lit(String(csat.average))}<span class="score-of"> / 5</span></p>`),
      );
      assert.match(
        text,
        new RegExp(`Average of ${lit(answersOf(csat.answered))} to “How was checking out today\\?”`),
      );
      assert.doesNotMatch(text, /nps-title|NPS by week/);
      const chart = slice(text, '<figure class="trend">', "</figure>");
      assert.match(chart, /<h3 id="csat-trend-title">CSAT by week<\/h3>/);
      const known = r.overTime.filter((w) => w.csat !== null);
      assert.equal(chart.match(/<circle class="dot"/g)?.length, known.length);
      const rows = [
        ...chart.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g),
      ];
      assert.deepEqual(
        rows.map((m) => [m[1], m[2], m[3]]),
        r.overTime.map((w) => [dayOf(w.start), String(w.responses), w.csat === null ? "–" : String(w.csat)]),
      );
      // The multiple-choice step's bars, by label, with their share of those who answered it.
      const better = stepOf(r, "better");
      const dist = better.distribution ?? [];
      const most = Math.max(...dist.map((d) => d.count));
      const account = dist.find((d) => d.value === "account");
      assert.ok(account);
      assert.match(
        text,
        barRow(
          "Checking out without an account",
          "",
          (account.count / most) * 100,
          account.count,
          pct(account.count, better.answered),
        ),
      );
    });

    it("streams the API's CSV through the shop with the API's file name, and no token in the page", async () => {
      const { text } = await page("/staff/surveys/product-nps");
      assert.match(text, /href="\/staff\/surveys\/product-nps\/responses.csv" download>Download CSV</);
      assert.doesNotMatch(text, new RegExp(lit(api.adminToken)));
      const direct = await admin("/product-nps/responses.csv");
      assert.equal(direct.status, 200);
      const expected = await direct.text();
      const csv = await page("/staff/surveys/product-nps/responses.csv");
      assert.equal(csv.res.status, 200);
      assert.equal(csv.text, expected);
      assert.match(
        csv.text,
        /^response_id,started_at,updated_at,complete,url,language,device,signed_in,score,/,
      );
      assert.ok(csv.text.includes(`Other: ${OTHER_TEXT}`));
      assert.equal(csv.res.headers.get("content-type"), "text/csv; charset=utf-8");
      assert.equal(csv.res.headers.get("content-type"), direct.headers.get("content-type"));
      assert.equal(
        csv.res.headers.get("content-disposition"),
        'attachment; filename="product-nps-responses.csv"',
      );
      assert.equal(csv.res.headers.get("cache-control"), "no-store");
      assert.doesNotMatch(csv.text, new RegExp(lit(api.adminToken)));
    });

    it("answers 404 with the API's words for a survey it does not know, or an id no survey can have", async () => {
      const apiAnswer = await admin("/nope");
      assert.equal(apiAnswer.status, 404);
      const { detail } = (await apiAnswer.json()) as { detail: string };
      assert.ok(detail);
      const unknown = await page("/staff/surveys/nope");
      assert.equal(unknown.res.status, 404);
      assert.match(unknown.text, new RegExp(`<p>${lit(escapeHtml(detail))}</p>`));
      const bad = await page("/staff/surveys/%3Cx%3E");
      assert.equal(bad.res.status, 404);
      assert.match(bad.text, /There is no survey &lt;x&gt; on this site\./);
      assert.equal((await page("/staff/surveys/nope/responses.csv")).res.status, 404);
      assert.equal((await page("/staff/surveys/%3Cx%3E/responses.csv")).res.status, 404);
    });

    it("says so when it has no admin token, the API refuses its token, or the API does not answer", async () => {
      const tokenless = await pageOf({ adminToken: undefined }, "/staff/surveys");
      assert.equal(tokenless.res.status, 502);
      assert.match(tokenless.text, /The demo has no Corner admin token/);

      // A shop built with a wrong token: the real API answers 401, the shop shows its words as a 502.
      const WRONG = "wrong-admin-token-0000";
      const refusal = await admin("", WRONG);
      assert.equal(refusal.status, 401);
      const { detail } = (await refusal.json()) as { detail: string };
      assert.ok(detail);
      for (const path of ["/staff/surveys", "/staff/surveys/product-nps"]) {
        const refused = await pageOf({ adminToken: WRONG }, path);
        assert.equal(refused.res.status, 502, path);
        assert.match(refused.text, new RegExp(lit(escapeHtml(detail))), path);
        assert.doesNotMatch(refused.text, new RegExp(WRONG), path);
      }
      const refusedCsv = await pageOf({ adminToken: WRONG }, "/staff/surveys/product-nps/responses.csv");
      assert.equal(refusedCsv.res.status, 502);
      assert.equal(refusedCsv.text, detail);

      const down = await pageOf({ api: "http://127.0.0.1:9" }, "/staff/surveys/product-nps");
      assert.equal(down.res.status, 502);
      assert.match(down.text, /did not answer/);
    });
  });
});
