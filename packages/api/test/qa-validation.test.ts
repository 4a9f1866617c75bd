import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { allRoutes } from "@corner/api";
import type { Answer, Question } from "@corner/contracts";
import { createTestApp, createTestSite, engines, send, signInMany } from "@corner/test-utils/node";
import { expectProblem, rowsFor } from "./helpers.ts";

const TABLES = [
  "questions",
  "question_summaries",
  "answers",
  "answer_votes",
  "question_followers",
  "qa_reports",
  "reputation",
  "notifications",
] as const;

for (const engine of engines()) {
  describe(`bad Q&A input is refused and stores nothing (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };
    let token: string;
    let voterToken: string;
    let q: Question;
    let a: Answer;
    let counts: Record<string, number>;

    before(async () => {
      api = await createTestApp({ engine });
      site = await createTestSite(api);
      const [asker, voter] = await signInMany(api, site, "v", 2);
      token = asker!.token;
      voterToken = voter!.token;
      q = (await (
        await send(api, "POST", `/v1/sites/${site.id}/subjects/sku-1/questions`, { title: "Fit?" }, token)
      ).json()) as Question;
      a = (await (
        await send(
          api,
          "POST",
          `/v1/sites/${site.id}/questions/${q.id}/answers`,
          { body: "True to size." },
          token,
        )
      ).json()) as Answer;
      counts = await snapshot();
    });
    after(() => api.close());

    async function snapshot() {
      const out: Record<string, number> = {};
      for (const t of TABLES) out[t] = await rowsFor(api.storage, t, site.id);
      return out;
    }
    const nothingStored = async () => assert.deepEqual(await snapshot(), counts);
    const field = async (res: Response, path: string, status = 400) => {
      const p = await expectProblem(res, status, "validation");
      assert.equal(p.errors?.[0]?.path, path);
      assert.match(p.detail, new RegExp(`^${path.replace(".", "\\.")} `));
    };

    for (const [what, body, path] of [
      ["no title", { details: "Just details" }, "body.title"],
      ["a blank title", { title: "   " }, "body.title"],
      ["a 201-character title", { title: "t".repeat(201) }, "body.title"],
      ["a title that is not text", { title: 42 }, "body.title"],
      ["details over 5,000 characters", { title: "Ok", details: "d".repeat(5001) }, "body.details"],
      ["an unknown field", { title: "Ok", answerCount: 99 }, "body.answerCount"],
    ] as const) {
      it(`refuses a question with ${what}, naming ${path}`, async () => {
        await field(
          await send(api, "POST", `/v1/sites/${site.id}/subjects/sku-1/questions`, body, token),
          path,
        );
        await nothingStored();
      });
    }

    it("accepts a 200-character title (the limit) counted in characters, not bytes", async () => {
      const title = `${"é".repeat(199)}?`;
      const res = await send(api, "POST", `/v1/sites/${site.id}/subjects/sku-9/questions`, { title }, token);
      assert.equal(res.status, 201);
      assert.equal(((await res.json()) as Question).title, title);
      counts = await snapshot();
    });

    it("refuses bad answers, accepts, votes and reports, naming the field", async () => {
      const on = `/v1/sites/${site.id}`;
      await field(
        await send(api, "POST", `${on}/questions/${q.id}/answers`, { body: "" }, token),
        "body.body",
      );
      await field(
        await send(api, "POST", `${on}/questions/${q.id}/answers`, { body: "b".repeat(5001) }, token),
        "body.body",
      );
      await field(await send(api, "POST", `${on}/questions/${q.id}/answers`, {}, token), "body.body");
      await field(await send(api, "POST", `${on}/questions/nope/answers`, { body: "Hi" }, token), "path.id");
      await field(await send(api, "POST", `${on}/questions/${q.id}/accept`, {}, token), "body.answerId");
      await field(
        await send(api, "POST", `${on}/questions/${q.id}/accept`, { answerId: 7 }, token),
        "body.answerId",
      );
      await field(await send(api, "PUT", `${on}/answers/123/vote`, undefined, voterToken), "path.id");
      await field(
        await send(api, "POST", `${on}/answers/${a.id}/reports`, { reason: "boring" }, voterToken),
        "body.reason",
      );
      await field(
        await send(
          api,
          "POST",
          `${on}/questions/${q.id}/reports`,
          { reason: "spam", note: "n".repeat(1001) },
          voterToken,
        ),
        "body.note",
      );
      await nothingStored();
    });

    it("refuses bodies that are not JSON objects, and writes without a session", async () => {
      const path = `/v1/sites/${site.id}/subjects/sku-1/questions`;
      await expectProblem(await send(api, "POST", path, "{not json", token), 400, "malformed");
      await expectProblem(
        await api.request(path, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "text/plain" },
          body: "title=hi",
        }),
        415,
        "unsupportedMediaType",
      );
      await expectProblem(await send(api, "POST", path, { title: "No session" }), 401, "unauthorized");
      await expectProblem(
        await send(api, "POST", `/v1/sites/${site.id}/questions/${q.id}/answers`, { body: "Hi" }, "forged"),
        401,
        "unauthorized",
      );
      await nothingStored();
    });

    it("refuses bad paths and queries naming the field", async () => {
      for (const [path, name] of [
        [`/v1/sites/${site.id}/subjects/has%20space/questions`, "path.subject"],
        [`/v1/sites/${site.id}/subjects/${"s".repeat(129)}/questions`, "path.subject"],
        [`/v1/sites/${site.id}/subjects/sku-1/questions?sort=best`, "query.sort"],
        [`/v1/sites/${site.id}/subjects/sku-1/questions?limit=0`, "query.limit"],
        [`/v1/sites/${site.id}/subjects/sku-1/questions?limit=51`, "query.limit"],
        [`/v1/sites/${site.id}/subjects/sku-1/questions?cursor=garbage`, "query.cursor"],
        [`/v1/sites/${site.id}/subjects/sku-1/questions?q=${"q".repeat(201)}`, "query.q"],
        [`/v1/sites/${site.id}/subjects/sku-1/questions/similar`, "query.q"],
        [`/v1/sites/${site.id}/subjects/sku-1/questions/similar?q=%20`, "query.q"],
        [`/v1/sites/${site.id}/questions/${q.id}/answers?sort=oldest`, "query.sort"],
        [`/v1/sites/${site.id}/questions/not-a-uuid`, "path.id"],
        [`/v1/sites/${site.id}/people/someone/reputation`, "path.id"],
      ] as const) {
        await field(await send(api, "GET", path), name);
      }
      const cursor = (await (
        await send(api, "GET", `/v1/sites/${site.id}/subjects/sku-1/questions?sort=newest&limit=1`)
      ).json()) as { next: string | null };
      await send(api, "POST", `/v1/sites/${site.id}/subjects/sku-1/questions`, { title: "Second?" }, token);
      counts = await snapshot();
      const next = (await (
        await send(api, "GET", `/v1/sites/${site.id}/subjects/sku-1/questions?sort=newest&limit=1`)
      ).json()) as { next: string };
      assert.ok(cursor.next === null && next.next);
      await field(
        await send(
          api,
          "GET",
          `/v1/sites/${site.id}/subjects/sku-1/questions?sort=most_answered&cursor=${next.next}`,
        ),
        "query.cursor",
      );
      await expectProblem(await send(api, "GET", "/v1/sites/nope/subjects/sku-1/questions"), 404, "notFound");
    });

    it("refuses a top-contributor threshold below 1 or not whole", async () => {
      for (const topContributorThreshold of [0, 2.5, "50"]) {
        await field(
          await send(
            api,
            "POST",
            "/v1/admin/sites",
            {
              id: `t-${String(topContributorThreshold).replace(/\W/g, "")}`,
              name: "T",
              origins: [],
              topContributorThreshold,
            },
            api.adminToken,
          ),
          "body.topContributorThreshold",
        );
      }
      const ok = await send(
        api,
        "POST",
        "/v1/admin/sites",
        { id: "threshold-ok", name: "T", origins: [], topContributorThreshold: 3 },
        api.adminToken,
      );
      assert.equal(((await ok.json()) as { topContributorThreshold: number }).topContributorThreshold, 3);
    });

    it("answers a replayed Idempotency-Key with the first question, and a changed body with 422", async () => {
      const path = `/v1/sites/${site.id}/subjects/sku-2/questions`;
      const headers = { "idempotency-key": "ask-once-1" };
      const first = await send(api, "POST", path, { title: "Gift box?" }, token, headers);
      const again = await send(api, "POST", path, { title: "Gift box?" }, token, headers);
      assert.deepEqual([first.status, again.status], [201, 201]);
      assert.equal(again.headers.get("idempotent-replayed"), "true");
      assert.deepEqual(await again.json(), await first.json());
      await expectProblem(
        await send(api, "POST", path, { title: "Other?" }, token, headers),
        422,
        "idempotency",
      );
      const list = (await (await send(api, "GET", path)).json()) as { items: Question[] };
      assert.deepEqual(
        list.items.map((i) => i.title),
        ["Gift box?"],
      );
    });

    it("declares every Q&A write rate-limited per person, and every Q&A POST idempotent", () => {
      const qa = allRoutes().filter(
        (r) => r.method !== "GET" && /\/(questions|answers)\b/.test(r.path) && r.auth !== "admin",
      );
      assert.ok(qa.length >= 10);
      for (const r of qa) {
        assert.equal(r.rateLimit, "write", `${r.method} ${r.path}`);
        if (r.method === "POST") assert.equal(r.idempotent, true, `${r.method} ${r.path}`);
      }
    });
  });
}
