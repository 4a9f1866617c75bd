import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { seedDemo } from "@corner/api";
import type { Site, SurveyAdmin, SurveyEligible, SurveyPublic, SurveyResults } from "@corner/contracts";
import { createTestApp, send } from "@corner/test-utils/node";

describe("demo surveys", () => {
  let api: Awaited<ReturnType<typeof createTestApp>>;
  before(async () => {
    api = await createTestApp({ seed: "demo" });
  });
  after(() => api.close());

  const admin = async <T>(path: string) => {
    const res = await send(api, "GET", `/v1/admin/sites/demo${path}`, undefined, api.adminToken);
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()) as T;
  };

  it("seeds the three demo surveys once, with counters that match the rows", async () => {
    assert.deepEqual(await seedDemo(api.storage), { seeded: false });
    const { items } = await admin<{ items: SurveyAdmin[] }>("/surveys");
    assert.deepEqual(items.map((s) => [s.definition.id, s.definition.status, s.definition.display]).sort(), [
      ["checkout-csat", "active", "popover"],
      ["product-nps", "active", "slide-in"],
      ["site-feedback", "active", "inline"],
    ]);
    const nps = items.find((s) => s.definition.id === "product-nps")!;
    assert.ok(nps.counts.responses >= 150 && nps.counts.responses <= 300, String(nps.counts.responses));
    assert.ok(nps.counts.completed < nps.counts.responses, "some responses are partial");
    const csat = items.find((s) => s.definition.id === "checkout-csat")!;
    assert.ok(csat.counts.responses >= 30 && csat.counts.responses <= 60, String(csat.counts.responses));
    for (const s of [nps, csat])
      assert.ok(s.counts.shown >= s.counts.responses && s.counts.shown >= s.counts.dismissed);

    const drift = await api.storage.driver.query<{ survey_id: string }>(
      `SELECT t.survey_id FROM survey_stats t WHERE t.site_id = 'demo' AND (
         t.responses <> (SELECT count(*) FROM survey_responses r WHERE r.site_id = t.site_id AND r.survey_id = t.survey_id)
         OR t.completed <> (SELECT count(*) FROM survey_responses r
           WHERE r.site_id = t.site_id AND r.survey_id = t.survey_id AND r.completed_at IS NOT NULL))`,
    );
    assert.deepEqual(drift, []);
    const site = await admin<Site>("");
    assert.equal(site.surveyContactDays, 14, "the demo keeps the default contact budget");
  });

  it("tells a story: twelve weekly NPS points that rise, and free text in every branch", async () => {
    const r = await admin<SurveyResults>("/surveys/product-nps/results?interval=week");
    assert.equal(r.overTime.length, 12);
    const first = r.overTime[0]!.nps!;
    const last = r.overTime.at(-1)!.nps!;
    assert.ok(last - first >= 30, `NPS ${first} → ${last}`);
    for (const id of ["fix", "improve", "love"]) {
      const step = r.steps.find((s) => s.id === id)!;
      assert.ok((step.texts?.length ?? 0) >= 2, `${id} has free text`);
    }
    assert.ok(r.overTime.every((p) => Date.parse(p.start) < Date.now()));
  });

  it("offers product-nps on product pages after 4 s, checkout-csat on checkout, site-feedback inline only", async () => {
    const eligible = async (url: string) =>
      (
        (await (
          await send(
            api,
            "GET",
            `/v1/sites/demo/surveys/eligible?url=${encodeURIComponent(url)}&visitor=demo-visitor-1`,
          )
        ).json()) as SurveyEligible
      ).surveys;
    const product = await eligible("/products/trail-runner-2");
    assert.deepEqual(
      product.map((s) => [s.id, s.trigger]),
      [["product-nps", { type: "delay", ms: 4000 }]],
    );
    const thanks = product[0]!.steps.find((s) => s.type === "thanks");
    assert.ok(thanks?.type === "thanks" && thanks.link?.url.endsWith("/feedback"));
    const checkout = await eligible("/checkout/done?product=trail-runner-2&order=1");
    assert.deepEqual(
      checkout.map((s) => [s.id, s.trigger]),
      [["checkout-csat", { type: "event", name: "checkout_done" }]],
    );
    assert.deepEqual(await eligible("/feedback"), []);
    const inline = await send(api, "GET", "/v1/sites/demo/surveys/site-feedback");
    assert.equal(inline.status, 200);
    assert.deepEqual(
      ((await inline.json()) as SurveyPublic).steps.map((s) => s.type),
      ["rating", "text", "thanks"],
    );
  });
});
