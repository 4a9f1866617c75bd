import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type {
  Answer,
  AnswerList,
  Question,
  QuestionDetail,
  QuestionList,
  Reputation,
  Session,
  SimilarQuestions,
} from "@corner/contracts";
import { createTestApp, createTestSite, engines, send, signIn, signInMany } from "@corner/test-utils/node";
import { expectProblem } from "./helpers.ts";

for (const engine of engines()) {
  describe(`questions and answers (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };
    let asker: Session;
    let owner: Session;
    let helper: Session;
    let staff: Session;
    let voters: Session[];
    const subject = "trail-runner-2";

    before(async () => {
      // A long list cache: every list read below after a write proves that the write dropped it.
      api = await createTestApp({ engine, listCacheMs: 60_000 });
      site = await createTestSite(api, { topContributorThreshold: 4 });
      asker = await signIn(api, site, { sub: "ana", name: "Ana" });
      owner = await signIn(api, site, { sub: "cy", name: "Cy" });
      helper = await signIn(api, site, { sub: "bo", name: "Bo" });
      staff = await signIn(api, site, { sub: "pat", name: "Pat from Support", roles: ["staff"] });
      voters = await signInMany(api, site, "voter", 6);
    });
    after(() => api.close());

    const base = () => `/v1/sites/${site.id}`;
    const ask = async (body: unknown, s = asker, on = subject) => {
      const res = await send(api, "POST", `${base()}/subjects/${on}/questions`, body, s.token);
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as Question;
    };
    const answer = async (questionId: string, body: string, s: Session) => {
      const res = await send(api, "POST", `${base()}/questions/${questionId}/answers`, { body }, s.token);
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as Answer;
    };
    const detail = async (id: string, s?: Session) => {
      const res = await send(api, "GET", `${base()}/questions/${id}`, undefined, s?.token);
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as QuestionDetail;
    };
    const list = async (on: string, query = "", s?: Session) => {
      const res = await send(api, "GET", `${base()}/subjects/${on}/questions${query}`, undefined, s?.token);
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as QuestionList;
    };
    const vote = (answerId: string, s: Session, method: "PUT" | "DELETE" = "PUT") =>
      send(api, method, `${base()}/answers/${answerId}/vote`, undefined, s.token);

    it("asks a question (201) that the asker follows and may accept on, and reads it back", async () => {
      const q = await ask({ title: "  Do these run true to size? ", details: "I'm a 42 in most brands." });
      assert.equal(q.title, "Do these run true to size?");
      assert.equal(q.subject, subject);
      assert.equal(q.status, "published");
      assert.deepEqual(q.author, { id: asker.user.id, name: "Ana", badges: [] });
      assert.equal(q.answerCount, 0);
      assert.equal(q.hasOfficialAnswer, false);
      assert.equal(q.acceptedAnswer, null);
      assert.deepEqual([q.mine, q.following, q.canAccept], [true, true, true]);

      const anon = await detail(q.id);
      assert.equal(anon.details, "I'm a 42 in most brands.");
      assert.deepEqual(anon.answers, []);
      assert.equal(anon.answersNext, null);
      assert.equal(anon.mine, undefined, "anonymous readers get no viewer fields");
      const other = await detail(q.id, helper);
      assert.deepEqual([other.mine, other.following, other.canAccept], [false, false, false]);
      assert.equal((await detail(q.id, staff)).canAccept, true, "staff may accept on any question");
      await expectProblem(
        await send(api, "GET", `${base()}/questions/0190a000-0000-7000-8000-000000000000`),
        404,
        "notFound",
      );
    });

    it("marks staff answers official and computes staff, verified-owner and top-contributor badges", async () => {
      const review = await send(
        api,
        "POST",
        `${base()}/subjects/${subject}/reviews`,
        { rating: 5, body: "Great grip on wet rock." },
        owner.token,
      );
      assert.equal(review.status, 201);
      const q = await ask({ title: "How is the grip on wet rock?" });
      const byOwner = await answer(q.id, "Excellent, I ran a wet ridge last week.", owner);
      const byStaff = await answer(q.id, "The outsole uses our sticky rubber compound.", staff);
      const byHelper = await answer(q.id, "Good, but not on wet wood.", helper);
      assert.deepEqual(byOwner.author.badges, ["verified_owner"]);
      assert.equal(byOwner.official, false);
      assert.deepEqual(byStaff.author.badges, ["staff"]);
      assert.equal(byStaff.official, true);
      assert.deepEqual(byHelper.author.badges, []);
      assert.deepEqual([byHelper.mine, byHelper.votedByMe, byHelper.votes], [true, false, 0]);

      // Two votes × 2 points reach this site's threshold of 4.
      for (const v of voters.slice(0, 2)) assert.equal((await vote(byHelper.id, v)).status, 200);
      assert.equal((await vote(byOwner.id, voters[0]!)).status, 200);
      const shown = await detail(q.id, voters[0]);
      assert.equal(shown.answerCount, 3);
      assert.equal(shown.hasOfficialAnswer, true);
      assert.deepEqual(
        shown.answers.map((a) => [a.author.name, a.votes, a.votedByMe, a.author.badges]),
        [
          ["Bo", 2, true, ["top_contributor"]],
          ["Cy", 1, true, ["verified_owner"]],
          ["Pat from Support", 0, false, ["staff"]],
        ],
        "top order: by votes, then oldest first",
      );
      const rep = await send(api, "GET", `${base()}/people/${helper.user.id}/reputation`);
      assert.deepEqual((await rep.json()) as Reputation, {
        id: helper.user.id,
        name: "Bo",
        reputation: 4,
        acceptedAnswers: 0,
        votesReceived: 2,
        topContributor: true,
      });
      await expectProblem(
        await send(api, "GET", `${base()}/people/0190a000-0000-7000-8000-000000000000/reputation`),
        404,
        "notFound",
      );

      // Verified owner is per subject: Cy reviewed the trail shoe, not the kettle.
      const kettle = await ask(
        { title: "Does the kettle fit on an induction hob?" },
        asker,
        "pour-over-kettle",
      );
      const elsewhere = await answer(kettle.id, "Mine works on induction.", owner);
      assert.deepEqual(elsewhere.author.badges, []);
      // A staff question carries the staff badge too.
      const fromStaff = await ask({ title: "What would you like to know about the laces?" }, staff);
      assert.deepEqual(fromStaff.author.badges, ["staff"]);
    });

    it("answers a question's answers in top and newest order, a page at a time", async () => {
      const q = await ask({ title: "Which socks do you wear with them?" });
      const made: Answer[] = [];
      for (const [i, s] of [helper, owner, staff, voters[3]!, voters[4]!].entries()) {
        made.push(await answer(q.id, `Answer number ${i + 1}`, s));
      }
      await vote(made[3]!.id, voters[0]!);
      await vote(made[3]!.id, voters[1]!);
      await vote(made[1]!.id, voters[0]!);
      const accepted = await send(
        api,
        "POST",
        `${base()}/questions/${q.id}/accept`,
        { answerId: made[4]!.id },
        asker.token,
      );
      assert.equal(accepted.status, 200);
      const pageAll = async (sort: string) => {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const res = await send(
            api,
            "GET",
            `${base()}/questions/${q.id}/answers?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
          );
          const page = (await res.json()) as AnswerList;
          seen.push(...page.items.map((a) => a.body));
          cursor = page.next;
        } while (cursor);
        return seen;
      };
      assert.deepEqual(await pageAll("top"), [
        "Answer number 5",
        "Answer number 4",
        "Answer number 2",
        "Answer number 1",
        "Answer number 3",
      ]);
      assert.deepEqual(await pageAll("newest"), [
        "Answer number 5",
        "Answer number 4",
        "Answer number 3",
        "Answer number 2",
        "Answer number 1",
      ]);
      const shown = await detail(q.id);
      assert.equal(shown.answers[0]?.accepted, true);
      assert.equal(shown.acceptedAnswer?.id, made[4]!.id);
      const top = await send(api, "GET", `${base()}/questions/${q.id}/answers?limit=2`);
      const cursor = ((await top.json()) as AnswerList).next!;
      const wrong = await send(
        api,
        "GET",
        `${base()}/questions/${q.id}/answers?sort=newest&cursor=${cursor}`,
      );
      const problem = await expectProblem(wrong, 400, "validation");
      assert.equal(problem.errors?.[0]?.path, "query.cursor");
    });

    describe("lists", () => {
      const on = "city-backpack-22";
      const ids: Record<string, string> = {};
      before(async () => {
        const specs = [
          ["Is the laptop sleeve padded?", "My laptop is 16 inches.", 2],
          ["Is it waterproof?", "Planning to cycle to work in the rain.", 3],
          ["Does it have a chest strap?", "", 0],
          ["How heavy is it empty?", "Weight matters for my commute.", 1],
          ["Can it go in the washing machine?", "", 0],
        ] as const;
        for (const [title, details, answers] of specs) {
          const q = await ask({ title, details }, asker, on);
          ids[title] = q.id;
          for (const s of [helper, owner, staff].slice(0, answers)) {
            await answer(q.id, `About "${title}": the seams are taped against rain and drizzle.`, s);
          }
        }
      });

      it("sorts newest, most answered and unanswered, with the subject's published total", async () => {
        const newest = await list(on, "?limit=50");
        assert.equal(newest.total, 5);
        assert.deepEqual(newest.items[0]?.title, "Can it go in the washing machine?");
        const most = await list(on, "?sort=most_answered&limit=50");
        assert.deepEqual(
          most.items.map((q) => [q.title, q.answerCount]),
          [
            ["Is it waterproof?", 3],
            ["Is the laptop sleeve padded?", 2],
            ["How heavy is it empty?", 1],
            ["Can it go in the washing machine?", 0],
            ["Does it have a chest strap?", 0],
          ],
        );
        const open = await list(on, "?sort=unanswered");
        assert.deepEqual(
          open.items.map((q) => q.title),
          ["Can it go in the washing machine?", "Does it have a chest strap?"],
        );
        assert.equal(
          most.items.find((q) => q.title === "Is it waterproof?")?.hasOfficialAnswer,
          true,
          "staff answered it",
        );
      });

      it("pages through every question once with the cursor, in each sort", async () => {
        for (const sort of ["newest", "most_answered", "unanswered"]) {
          const seen: string[] = [];
          let cursor: string | null = null;
          do {
            const page: QuestionList = await list(
              on,
              `?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
            );
            seen.push(...page.items.map((q) => q.id));
            cursor = page.next;
          } while (cursor);
          const all = await list(on, `?sort=${sort}&limit=50`);
          assert.deepEqual(
            seen,
            all.items.map((q) => q.id),
          );
          assert.equal(new Set(seen).size, seen.length);
        }
      });

      it("searches titles, details and answers with full text (stemmed)", async () => {
        const byDetails = await list(on, "?q=commuting");
        assert.deepEqual(
          byDetails.items.map((q) => q.title),
          ["How heavy is it empty?"],
        );
        const byAnswer = await list(on, "?q=drizzle&sort=most_answered");
        assert.deepEqual(
          byAnswer.items.map((q) => q.title),
          ["Is it waterproof?", "Is the laptop sleeve padded?", "How heavy is it empty?"],
        );
        assert.deepEqual((await list(on, "?q=zeppelin")).items, []);
      });

      it("suggests similar questions while typing, answered ones flagged", async () => {
        const res = await send(
          api,
          "GET",
          `${base()}/subjects/${on}/questions/similar?q=is%20it%20water%20proof`,
        );
        assert.equal(res.status, 200);
        const { items } = (await res.json()) as SimilarQuestions;
        assert.equal(items[0]?.title, "Is it waterproof?");
        assert.equal(items[0]?.answerCount, 3);
        assert.equal(items[0]?.answered, false);
        assert.ok(items[0]!.score > 0 && items[0]!.score <= 1);
        assert.ok(items.length <= 5);
        const other = await send(api, "GET", `${base()}/subjects/wool-beanie/questions/similar?q=waterproof`);
        assert.deepEqual(await other.json(), { items: [] }, "only the subject's own questions");
      });

      it("previews the accepted answer in the list and keeps it current as votes change", async () => {
        const qid = ids["How heavy is it empty?"]!;
        const [only] = (await detail(qid)).answers;
        const before = await list(on, "?limit=50");
        assert.equal(before.items.find((q) => q.id === qid)?.acceptedAnswer, null);
        await send(api, "POST", `${base()}/questions/${qid}/accept`, { answerId: only!.id }, asker.token);
        const withAccepted = await list(on, "?limit=50");
        const preview = withAccepted.items.find((q) => q.id === qid)?.acceptedAnswer;
        assert.equal(preview?.id, only!.id);
        assert.equal(preview?.accepted, true);
        assert.equal(preview?.votes, 0);
        await vote(only!.id, voters[5]!);
        const voted = await list(on, "?limit=50");
        assert.equal(voted.items.find((q) => q.id === qid)?.acceptedAnswer?.votes, 1);
      });

      it("serves the anonymous list with an ETag (304 on a match) and signed-in reads privately", async () => {
        const path = `${base()}/subjects/${on}/questions`;
        const res = await send(api, "GET", path);
        assert.equal(res.headers.get("cache-control"), "public, max-age=5, stale-while-revalidate=30");
        const etag = res.headers.get("etag")!;
        const again = await send(api, "GET", path, undefined, undefined, { "if-none-match": etag });
        assert.equal(again.status, 304);
        const mine = await send(api, "GET", path, undefined, asker.token);
        assert.equal(mine.headers.get("cache-control"), "private, no-store");
        assert.equal(((await mine.json()) as QuestionList).items[0]?.mine, true);
        await ask({ title: "Does it come in grey?" }, asker, on);
        const fresh = await send(api, "GET", path, undefined, undefined, { "if-none-match": etag });
        assert.equal(fresh.status, 200, "a new question changes the list at once");
        assert.equal(((await fresh.json()) as QuestionList).total, 6);
      });
    });

    it("lists every Q&A route in openapi.json", async () => {
      const doc = (await (await send(api, "GET", "/v1/openapi.json")).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      const expected: [string, string[]][] = [
        ["/v1/sites/{site}/subjects/{subject}/questions", ["get", "post"]],
        ["/v1/sites/{site}/subjects/{subject}/questions/similar", ["get"]],
        ["/v1/sites/{site}/questions/{id}", ["get"]],
        ["/v1/sites/{site}/questions/{id}/answers", ["get", "post"]],
        ["/v1/sites/{site}/answers/{id}/vote", ["put", "delete"]],
        ["/v1/sites/{site}/questions/{id}/accept", ["post", "delete"]],
        ["/v1/sites/{site}/questions/{id}/follow", ["put", "delete"]],
        ["/v1/sites/{site}/questions/{id}/reports", ["post"]],
        ["/v1/sites/{site}/answers/{id}/reports", ["post"]],
        ["/v1/sites/{site}/people/{id}/reputation", ["get"]],
        ["/v1/admin/sites/{site}/questions/{id}/approve", ["post"]],
        ["/v1/admin/sites/{site}/questions/{id}/reject", ["post"]],
        ["/v1/admin/sites/{site}/answers/{id}/approve", ["post"]],
        ["/v1/admin/sites/{site}/answers/{id}/reject", ["post"]],
      ];
      for (const [path, methods] of expected) {
        assert.deepEqual(Object.keys(doc.paths[path] ?? {}).sort(), [...methods].sort(), path);
      }
      const create = doc.paths["/v1/sites/{site}/subjects/{subject}/questions"]!.post as {
        requestBody: { content: { "application/json": { schema: { properties: Record<string, unknown> } } } };
      };
      assert.deepEqual(Object.keys(create.requestBody.content["application/json"].schema.properties).sort(), [
        "details",
        "title",
      ]);
    });
  });
}
