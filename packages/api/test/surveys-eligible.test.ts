import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { SiteCreated, SurveyDefinitionInput, SurveyEligible, SurveyPublic } from "@corner/contracts";
import { sampleBucket } from "@corner/survey-rules";
import { createTestApp, engines, send, signIn } from "@corner/test-utils/node";
import { expectProblem } from "./helpers.ts";
import { createSurvey, createSurveySite, npsSurvey, respond } from "./surveys-support.ts";

const DAY = 86_400_000;

for (const engine of engines()) {
  describe(`eligible surveys (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: SiteCreated;

    /** A survey shown only under `/<id>/**`, so each test's surveys stay out of the others' way. */
    const scoped = (id: string, extra: Partial<SurveyDefinitionInput> = {}): SurveyDefinitionInput =>
      npsSurvey(id, {
        ...extra,
        targeting: { urls: { include: [`/${id}/**`] }, ...extra.targeting },
      });

    before(async () => {
      api = await createTestApp({ engine });
      site = await createSurveySite(api);
    });
    after(() => api.close());

    const ask = async (params: Record<string, string>, token?: string, on = site.id) => {
      const res = await send(
        api,
        "GET",
        `/v1/sites/${on}/surveys/eligible?${new URLSearchParams(params)}`,
        undefined,
        token,
      );
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as SurveyEligible;
    };
    const ids = async (params: Record<string, string>, token?: string) =>
      (await ask(params, token)).surveys.map((s) => s.id);
    /** What corner.js sends: the page's path and the browser's whole local record; the rest is headers. */
    const fromLoader = async (url: string, history: object, headers: Record<string, string> = {}) => {
      const query = new URLSearchParams({ url, history: JSON.stringify(history) });
      const res = await send(
        api,
        "GET",
        `/v1/sites/${site.id}/surveys/eligible?${query}`,
        undefined,
        undefined,
        headers,
      );
      assert.equal(res.status, 200, await res.clone().text());
      return ((await res.json()) as SurveyEligible).surveys.map((s) => s.id);
    };

    it("answers only SurveyPublic (no targeting, status or priority), never cached, without CORS preflight", async () => {
      await createSurvey(api, site.id, scoped("shape", { priority: 5 }));
      const res = await send(
        api,
        "GET",
        `/v1/sites/${site.id}/surveys/eligible?url=/shape/x`,
        undefined,
        undefined,
        { origin: "https://shop.example" },
      );
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("cache-control"), "private, no-store");
      assert.equal(res.headers.get("access-control-allow-origin"), "https://shop.example");
      const body = (await res.json()) as SurveyEligible;
      assert.equal(body.contactBudgetDays, 14);
      assert.equal(body.surveys.length, 1);
      assert.deepEqual(Object.keys(body.surveys[0]!).sort(), [
        "display",
        "frequency",
        "id",
        "name",
        "steps",
        "trigger",
      ]);
    });

    it("follows URL includes and excludes, on a path or a whole URL", async () => {
      await createSurvey(
        api,
        site.id,
        npsSurvey("urls", { targeting: { urls: { include: ["/shop/**"], exclude: ["/shop/secret"] } } }),
      );
      assert.deepEqual(await ids({ url: "/shop/boots" }), ["urls"]);
      assert.deepEqual(await ids({ url: "https://shop.example/shop/boots?size=42#reviews" }), ["urls"]);
      assert.deepEqual(await ids({ url: "/shop/secret" }), []);
      assert.deepEqual(await ids({ url: "/about" }), []);
    });

    it("targets device, language and custom attributes", async () => {
      await createSurvey(api, site.id, scoped("phones", { targeting: { device: "mobile" } }));
      assert.deepEqual(await ids({ url: "/phones/a", device: "mobile" }), ["phones"]);
      assert.deepEqual(await ids({ url: "/phones/a" }), [], "desktop is the default device");

      await createSurvey(api, site.id, scoped("german", { targeting: { languages: ["de"] } }));
      assert.deepEqual(await ids({ url: "/german/a", lang: "fr, de-CH;q=0.8" }), ["german"]);
      assert.deepEqual(await ids({ url: "/german/a", lang: "en" }), []);
      assert.deepEqual(await ids({ url: "/german/a" }), []);

      await createSurvey(
        api,
        site.id,
        scoped("pro", { targeting: { attributes: [{ key: "plan", equals: "pro" }] } }),
      );
      assert.deepEqual(await ids({ url: "/pro/a", attributes: JSON.stringify({ plan: "pro" }) }), ["pro"]);
      assert.deepEqual(await ids({ url: "/pro/a", attributes: JSON.stringify({ plan: "free" }) }), []);
      assert.deepEqual(await ids({ url: "/pro/a" }), []);
    });

    it("takes the visitor id and attributes from the loader's local record, languages and device from the headers", async () => {
      const id = "loader";
      await createSurvey(
        api,
        site.id,
        scoped(id, {
          targeting: {
            sampling: 50,
            device: "mobile",
            languages: ["de"],
            attributes: [{ key: "plan", equals: "pro" }],
          },
        }),
      );
      const visitors = Array.from({ length: 20 }, (_, i) => `v${i}`);
      const inside = visitors.find((v) => sampleBucket(v, id) < 50)!;
      const outside = visitors.find((v) => sampleBucket(v, id) >= 50)!;
      const phone = { "accept-language": "de-CH,de;q=0.9,en;q=0.5", "sec-ch-ua-mobile": "?1" };
      const record = { v: inside, t: { plan: "pro" }, s: {} };
      assert.deepEqual(await fromLoader(`/${id}/a`, record, phone), [id]);
      assert.deepEqual(
        await fromLoader(`/${id}/a`, { ...record, v: outside }, phone),
        [],
        "not in the sample",
      );
      assert.deepEqual(
        await fromLoader(`/${id}/a`, { ...record, t: { plan: "free" } }, phone),
        [],
        "attributes",
      );
      assert.deepEqual(
        await fromLoader(`/${id}/a`, record, { ...phone, "accept-language": "en-GB,en" }),
        [],
        "language from Accept-Language",
      );
      assert.deepEqual(
        await fromLoader(`/${id}/a`, record, { ...phone, "sec-ch-ua-mobile": "?0" }),
        [],
        "a desktop",
      );
      const iphone =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148";
      assert.deepEqual(
        await fromLoader(`/${id}/a`, record, { "accept-language": "de", "user-agent": iphone }),
        [id],
        "a phone by its User-Agent where there are no client hints",
      );
      // Explicit parameters win over the record and the headers.
      const query = new URLSearchParams({
        url: `/${id}/a`,
        history: JSON.stringify(record),
        visitor: outside,
      });
      const res = await send(
        api,
        "GET",
        `/v1/sites/${site.id}/surveys/eligible?${query}`,
        undefined,
        undefined,
        phone,
      );
      assert.deepEqual(((await res.json()) as SurveyEligible).surveys, []);
    });

    it("samples per visitor, and never puts a visitor without an id in a partial sample", async () => {
      const id = "sampled";
      // Half the visitors; the empty id's own bucket must be in the sample, to prove the server refuses it anyway.
      assert.ok(sampleBucket("", id) < 50, "precondition: the empty id falls in the sample");
      await createSurvey(api, site.id, scoped(id, { targeting: { sampling: 50 } }));
      const visitors = Array.from({ length: 40 }, (_, i) => `visitor-${String(i).padStart(4, "0")}`);
      const inside = visitors.filter((v) => sampleBucket(v, id) < 50);
      assert.ok(inside.length > 0 && inside.length < visitors.length);
      for (const visitor of visitors) {
        const expected = inside.includes(visitor) ? [id] : [];
        assert.deepEqual(await ids({ url: `/${id}/a`, visitor }), expected, visitor);
      }
      assert.deepEqual(await ids({ url: `/${id}/a` }), []);
    });

    it("lists only active, triggered surveys: never drafts, paused or ended ones, nor inline ones", async () => {
      await createSurvey(api, site.id, scoped("lifecycle", { status: "draft" }));
      assert.deepEqual(await ids({ url: "/lifecycle/a" }), []);
      const patch = (status: string) =>
        send(api, "PATCH", `/v1/admin/sites/${site.id}/surveys/lifecycle`, { status }, api.adminToken);
      assert.equal((await patch("active")).status, 200);
      assert.deepEqual(await ids({ url: "/lifecycle/a" }), ["lifecycle"], "an admin write drops the cache");
      assert.equal((await patch("paused")).status, 200);
      assert.deepEqual(await ids({ url: "/lifecycle/a" }), []);
      assert.equal((await patch("ended")).status, 200);
      assert.deepEqual(await ids({ url: "/lifecycle/a" }), []);

      await createSurvey(api, site.id, scoped("placed", { display: "inline" }));
      assert.deepEqual(await ids({ url: "/placed/a" }), []);
      const read = await send(api, "GET", `/v1/sites/${site.id}/surveys/placed`);
      assert.equal(read.status, 200);
      assert.equal(read.headers.get("cache-control"), "public, max-age=60");
      const survey = (await read.json()) as SurveyPublic;
      assert.equal(survey.display, "inline");
      assert.equal((survey as { targeting?: unknown }).targeting, undefined);
      await expectProblem(await send(api, "GET", `/v1/sites/${site.id}/surveys/lifecycle`), 404, "notFound");
    });

    it("keeps answered surveys away, and dismissed ones for their dismissal window, from the local history", async () => {
      await createSurvey(api, site.id, scoped("window", { frequency: { dismissDays: 7 } }));
      const now = Date.now();
      const history = (h: object) => JSON.stringify({ s: { window: h } });
      assert.deepEqual(await ids({ url: "/window/a", history: history({ d: now - 2 * DAY }) }), []);
      assert.deepEqual(await ids({ url: "/window/a", history: history({ d: now - 8 * DAY }) }), ["window"]);
      assert.deepEqual(await ids({ url: "/window/a", history: history({ a: now - 300 * DAY }) }), []);
    });

    it("spends the site's contact budget on any prompt, 14 days by default or the site's own", async () => {
      await createSurvey(api, site.id, scoped("budget"));
      const now = Date.now();
      assert.deepEqual(await ids({ url: "/budget/a", history: JSON.stringify({ p: now - 3 * DAY }) }), []);
      const other = JSON.stringify({ s: { elsewhere: { s: now - 13 * DAY } } });
      assert.deepEqual(
        await ids({ url: "/budget/a", history: other }),
        [],
        "a survey shown counts as a prompt",
      );
      assert.deepEqual(await ids({ url: "/budget/a", history: JSON.stringify({ p: now - 15 * DAY }) }), [
        "budget",
      ]);

      const relaxed = await createSurveySite(api, { surveyContactDays: 2 });
      await createSurvey(api, relaxed.id, scoped("budget"));
      const body = await ask(
        { url: "/budget/a", history: JSON.stringify({ p: now - 3 * DAY }) },
        undefined,
        relaxed.id,
      );
      assert.equal(body.contactBudgetDays, 2);
      assert.deepEqual(
        body.surveys.map((s) => s.id),
        ["budget"],
      );
    });

    it("remembers a signed-in person across devices: answered or dismissed on one, hidden on another", async () => {
      await createSurvey(api, site.id, scoped("across"));
      await createSurvey(api, site.id, scoped("dismissed"));
      const ana = await signIn(api, site, { sub: "ana-across" });
      const bo = await signIn(api, site, { sub: "bo-across" });
      assert.deepEqual(await ids({ url: "/across/a" }, ana.token), ["across"]);

      const done = await respond(
        api,
        site.id,
        "across",
        {
          answers: [
            { stepId: "score", value: 10 },
            { stepId: "love", value: "quality" },
          ],
          complete: true,
        },
        ana.token,
      );
      assert.equal(done.status, 201);
      // Another device: the same bearer token and an empty local history.
      assert.deepEqual(await ids({ url: "/across/a", history: "{}" }, ana.token), []);
      assert.deepEqual(await ids({ url: "/across/a" }, bo.token), ["across"], "other people are unaffected");
      assert.deepEqual(
        await ids({ url: "/across/a" }),
        ["across"],
        "anonymous visitors rely on their own history",
      );

      const res = await send(
        api,
        "POST",
        `/v1/sites/${site.id}/surveys/dismissed/events`,
        { type: "dismissed" },
        bo.token,
      );
      assert.equal(res.status, 204);
      assert.deepEqual(await ids({ url: "/dismissed/a" }, bo.token), []);
    });

    it("answers 400 naming the parameter for a malformed history, attributes or url", async () => {
      const bad: [Record<string, string>, string][] = [
        [{ url: "/a", history: "{not json" }, "query.history"],
        [{ url: "/a", history: JSON.stringify({ s: { x: { d: "yesterday" } } }) }, "query.history"],
        [{ url: "/a", history: JSON.stringify({ p: -5 }) }, "query.history"],
        [{ url: "/a", history: "[]" }, "query.history"],
        [{ url: "/a", attributes: "[1,2]" }, "query.attributes"],
        [{ url: "/a", attributes: JSON.stringify({ plan: { nested: true } }) }, "query.attributes"],
        [{ url: "/a", device: "tv" }, "query.device"],
        [{ url: "/a", visitor: "not an id" }, "query.visitor"],
        [{ url: "/a", history: JSON.stringify({ v: "x".repeat(65) }) }, "query.history"],
        [{}, "query.url"],
      ];
      for (const [params, path] of bad) {
        const res = await send(
          api,
          "GET",
          `/v1/sites/${site.id}/surveys/eligible?${new URLSearchParams(params)}`,
        );
        const problem = await expectProblem(res, 400, "validation");
        assert.ok(
          problem.errors?.some((e) => e.path.startsWith(path)),
          `${JSON.stringify(params)}: ${JSON.stringify(problem.errors)}`,
        );
      }
    });

    it("never shows or serves one site's survey on another", async () => {
      await createSurvey(api, site.id, npsSurvey("tenant", { targeting: { urls: { include: ["/**"] } } }));
      const other = await createSurveySite(api);
      const body = await ask({ url: "/tenant/a", visitor: "visitor-0001" }, undefined, other.id);
      assert.deepEqual(body.surveys, []);
      await expectProblem(await send(api, "GET", `/v1/sites/${other.id}/surveys/tenant`), 404, "notFound");
      const write = await respond(api, other.id, "tenant", { answers: [{ stepId: "score", value: 9 }] });
      assert.equal(write.status, 404);
      const event = await send(api, "POST", `/v1/sites/${other.id}/surveys/tenant/events`, { type: "shown" });
      await expectProblem(event, 404, "notFound");
      // A signed-in person of the other site with the same SSO subject is another person.
      const there = await signIn(api, other, { sub: "ana-across" });
      assert.deepEqual((await ask({ url: "/across/a" }, there.token, other.id)).surveys, []);
    });
  });
}
