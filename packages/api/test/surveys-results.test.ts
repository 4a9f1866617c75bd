import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  type SiteCreated,
  type SurveyAnswerValue,
  SurveyDefinition,
  type SurveyDefinitionInput,
  type SurveyResults,
} from "@corner/contracts";
import { createTestApp, engines, send, signIn } from "@corner/test-utils/node";
import * as v from "valibot";
import { csvCell } from "../src/routes/survey-csv.ts";
import { npsScore } from "../src/storage/survey-results.ts";
import { expectProblem } from "./helpers.ts";
import { createSurvey, createSurveySite } from "./surveys-support.ts";

/** Every kind of step, linear (no skip logic), nothing required. */
const MIXED: SurveyDefinitionInput = {
  id: "mixed",
  name: "Mixed",
  status: "active",
  steps: [
    { type: "nps", id: "score", question: "Recommend us?" },
    { type: "csat", id: "sat", question: "Happy?" },
    {
      type: "single",
      id: "why",
      question: "Why?",
      choices: [
        { id: "fit", label: "Fit" },
        { id: "price", label: "Price" },
      ],
      other: true,
    },
    {
      type: "multiple",
      id: "more",
      question: "What else?",
      choices: [
        { id: "colour", label: "Colour" },
        { id: "size", label: "Size" },
        { id: "stock", label: "Stock" },
      ],
      other: true,
    },
    { type: "text", id: "note", question: "Anything else?" },
    { type: "thanks", id: "thanks", question: "Thanks" },
  ],
};

type Seed = { at: string; answers: [string, SurveyAnswerValue][]; complete: boolean; signedIn?: boolean };

/**
 * Seven responses over three UTC weeks (none in the week of Jan 19). Hand-computed: NPS scores
 * 10, 9, 7, 3, 6, 8, 10 → 3 promoters, 2 passives, 2 detractors → (3 − 2) / 7 = 14.29 % → 14; average
 * 53 / 7 = 7.57. CSAT 5, 4, 3, 1, 5 → 3.6.
 */
const DATA: Seed[] = [
  {
    at: "2026-01-05T09:00:00.000Z",
    answers: [
      ["score", 10],
      ["sat", 5],
      ["why", "fit"],
      ["more", ["colour", "size"]],
      ["note", 'Great, "really"'],
    ],
    complete: true,
  },
  {
    at: "2026-01-06T10:00:00.000Z",
    answers: [
      ["score", 9],
      ["sat", 4],
      ["why", { other: "=cmd|' /C calc'!A0" }],
      ["more", ["size", { other: "Gift wrap, please" }]],
    ],
    complete: true,
    signedIn: true,
  },
  {
    at: "2026-01-07T11:00:00.000Z",
    answers: [
      ["score", 7],
      ["sat", 3],
      ["why", "price"],
      ["note", "@admin\nsecond line"],
    ],
    complete: true,
  },
  {
    at: "2026-01-14T12:00:00.000Z",
    answers: [
      ["score", 3],
      ["sat", 1],
      ["note", "=1+2"],
    ],
    complete: true,
  },
  { at: "2026-01-15T13:00:00.000Z", answers: [["score", 6]], complete: false },
  {
    at: "2026-01-28T14:00:00.000Z",
    answers: [
      ["score", 8],
      ["sat", 5],
    ],
    complete: true,
  },
  { at: "2026-01-29T15:00:00.000Z", answers: [["score", 10]], complete: true },
];

for (const engine of engines()) {
  describe(`survey results and CSV export (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: SiteCreated;
    const ids: string[] = [];

    before(async () => {
      api = await createTestApp({ engine });
      site = await createSurveySite(api);
      await createSurvey(api, site.id, MIXED);
      const person = await signIn(api, site, { sub: "ana" });
      const definition = v.parse(SurveyDefinition, MIXED);
      // Through the storage code, with the explicit times the route does not take.
      for (const r of DATA) {
        const out = await api.storage.surveyResponses.write({
          siteId: site.id,
          definition,
          answers: r.answers.map(([stepId, value]) => ({ stepId, value })),
          complete: r.complete,
          personId: r.signedIn ? person.user.id : undefined,
          context: { url: "https://shop.example/products/a?x=1#frag", language: "de-CH", device: "mobile" },
          at: r.at,
        });
        assert.ok(out.ok);
        ids.push(out.responseId);
      }
    });
    after(() => api.close());

    const results = async (query = "") => {
      const res = await send(
        api,
        "GET",
        `/v1/admin/sites/${site.id}/surveys/mixed/results${query}`,
        undefined,
        api.adminToken,
      );
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as SurveyResults;
    };
    const step = (r: SurveyResults, id: string) => r.steps.find((s) => s.id === id)!;

    it("rounds NPS to a whole number, halves up", () => {
      assert.equal(npsScore(3, 2, 2), 14);
      assert.equal(npsScore(1, 6, 0), 14);
      assert.equal(npsScore(1, 0, 0), 100);
      assert.equal(npsScore(0, 0, 1), -100);
      assert.equal(npsScore(1, 6, 1), 0);
      assert.equal(npsScore(3, 3, 2), 13, "12.5 → 13");
      assert.equal(npsScore(2, 3, 3), -12, "−12.5 → −12");
      assert.equal(npsScore(0, 0, 0), null);
    });

    it("counts, NPS, averages and distributions with zeros, exactly", async () => {
      const r = await results();
      assert.deepEqual(r.survey, { id: "mixed", name: "Mixed", status: "active" });
      assert.equal(r.counts.responses, 7);
      assert.equal(r.counts.completed, 6);
      const score = step(r, "score");
      assert.equal(score.answered, 7);
      assert.deepEqual(score.nps, { score: 14, promoters: 3, passives: 2, detractors: 2 });
      assert.equal(score.average, 7.57);
      assert.deepEqual(
        score.distribution,
        [0, 0, 0, 1, 0, 0, 1, 1, 1, 1, 2].map((count, value) => ({ value, count })),
      );
      const sat = step(r, "sat");
      assert.equal(sat.answered, 5);
      assert.equal(sat.average, 3.6);
      assert.equal(sat.nps, undefined);
      assert.deepEqual(sat.distribution, [
        { value: 1, count: 1 },
        { value: 2, count: 0 },
        { value: 3, count: 1 },
        { value: 4, count: 1 },
        { value: 5, count: 2 },
      ]);
    });

    it("lists choices in the definition's order then other, and free text newest first", async () => {
      const r = await results();
      const why = step(r, "why");
      assert.equal(why.answered, 3);
      assert.deepEqual(why.distribution, [
        { value: "fit", count: 1 },
        { value: "price", count: 1 },
        { value: "other", count: 1 },
      ]);
      assert.deepEqual(why.texts, [{ responseId: ids[1], text: "=cmd|' /C calc'!A0", at: DATA[1]!.at }]);
      const more = step(r, "more");
      assert.equal(more.answered, 2);
      assert.deepEqual(more.distribution, [
        { value: "colour", count: 1 },
        { value: "size", count: 2 },
        { value: "stock", count: 0 },
        { value: "other", count: 1 },
      ]);
      assert.deepEqual(
        more.texts?.map((t) => t.text),
        ["Gift wrap, please"],
      );
      const note = step(r, "note");
      assert.equal(note.answered, 3);
      assert.equal(note.distribution, undefined);
      assert.deepEqual(note.texts, [
        { responseId: ids[3], text: "=1+2", at: DATA[3]!.at },
        { responseId: ids[2], text: "@admin\nsecond line", at: DATA[2]!.at },
        { responseId: ids[0], text: 'Great, "really"', at: DATA[0]!.at },
      ]);
      assert.deepEqual(step(r, "thanks"), { id: "thanks", type: "thanks", question: "Thanks", answered: 0 });
    });

    it("charts responses, NPS and CSAT per UTC week (empty weeks left out) or month, within from/to", async () => {
      assert.deepEqual((await results()).overTime, [
        { start: "2026-01-05T00:00:00.000Z", responses: 3, completed: 3, nps: 67, csat: 4 },
        { start: "2026-01-12T00:00:00.000Z", responses: 2, completed: 1, nps: -100, csat: 1 },
        { start: "2026-01-26T00:00:00.000Z", responses: 2, completed: 2, nps: 50, csat: 5 },
      ]);
      assert.deepEqual((await results("?interval=month")).overTime, [
        { start: "2026-01-01T00:00:00.000Z", responses: 7, completed: 6, nps: 14, csat: 3.6 },
      ]);
      const days = await results("?interval=day&from=2026-01-06T00:00:00.000Z&to=2026-01-14T12:00:00.000Z");
      assert.deepEqual(
        days.overTime.map((p) => [p.start.slice(0, 10), p.responses]),
        [
          ["2026-01-06", 1],
          ["2026-01-07", 1],
        ],
      );
      assert.equal(step(days, "score").answered, 2);
      assert.deepEqual(step(days, "score").nps, { score: 50, promoters: 1, passives: 1, detractors: 0 });
      const bad = await send(
        api,
        "GET",
        `/v1/admin/sites/${site.id}/surveys/mixed/results?interval=year`,
        undefined,
        api.adminToken,
      );
      assert.equal((await expectProblem(bad, 400, "validation")).errors?.[0]?.path, "query.interval");
    });

    it("exports CSV: header of step ids, labels for choices, RFC 4180 quoting and a guard against formulas", async () => {
      const res = await send(
        api,
        "GET",
        `/v1/admin/sites/${site.id}/surveys/mixed/responses.csv`,
        undefined,
        api.adminToken,
      );
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("content-type"), "text/csv; charset=utf-8");
      assert.equal(res.headers.get("content-disposition"), 'attachment; filename="mixed-responses.csv"');
      const text = await res.text();
      const lines = text.split("\r\n");
      assert.equal(
        lines[0],
        "response_id,started_at,updated_at,complete,url,language,device,signed_in,score,sat,why,more,note",
      );
      assert.equal(lines.at(-1), "", "every record ends with CRLF");
      const context = "/products/a?x=1,de-CH,mobile";
      assert.equal(
        lines[1],
        `${ids[0]},${DATA[0]!.at},${DATA[0]!.at},true,${context},false,10,5,Fit,Colour; Size,"Great, ""really"""`,
      );
      assert.equal(
        lines[2],
        `${ids[1]},${DATA[1]!.at},${DATA[1]!.at},true,${context},true,9,4,Other: =cmd|' /C calc'!A0,"Size; Other: Gift wrap, please",`,
      );
      // A line break inside a quoted field stays a bare LF; records end with CRLF.
      assert.equal(
        lines[3],
        `${ids[2]},${DATA[2]!.at},${DATA[2]!.at},true,${context},false,7,3,Price,,"'@admin\nsecond line"`,
      );
      assert.equal(lines[4], `${ids[3]},${DATA[3]!.at},${DATA[3]!.at},true,${context},false,3,1,,,'=1+2`);
      assert.equal(lines[5], `${ids[4]},${DATA[4]!.at},${DATA[4]!.at},false,${context},false,6,,,,`);
      assert.equal(lines.length, 9);
    });

    it("quotes and guards single CSV cells", () => {
      assert.equal(csvCell("plain"), "plain");
      assert.equal(csvCell("a,b"), '"a,b"');
      assert.equal(csvCell('say "hi"'), '"say ""hi"""');
      assert.equal(csvCell("two\nlines"), '"two\nlines"');
      assert.equal(csvCell("=SUM(A1)"), "'=SUM(A1)");
      assert.equal(csvCell("+1"), "'+1");
      assert.equal(csvCell("-1"), "'-1");
      assert.equal(csvCell("@x"), "'@x");
      assert.equal(csvCell("\tx"), "'\tx");
      assert.equal(csvCell("\rx"), '"\'\rx"');
      assert.equal(csvCell("=a,b"), '"\'=a,b"');
    });

    it("pages the export by (started_at, id) without repeats or gaps", async () => {
      const seen: string[] = [];
      let after: { startedAt: string; id: string } | null = null;
      for (;;) {
        const batch = await api.storage.surveyResults.exportBatch(site.id, "mixed", after, 2);
        if (batch.length === 0) break;
        seen.push(...batch.map((r) => r.id));
        const last = batch.at(-1)!;
        after = { startedAt: last.startedAt, id: last.id };
      }
      assert.deepEqual(seen, ids);
    });
  });
}
