import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type {
  Answer,
  Notification,
  NotificationList,
  Question,
  QuestionDetail,
  QuestionList,
  Session,
} from "@corner/contracts";
import { createTestApp, createTestSite, engines, send, signIn, signInMany } from "@corner/test-utils/node";
import { expectProblem, rowsFor } from "./helpers.ts";

for (const engine of engines()) {
  describe(`Q&A pre-moderation, notifications, reports and tenants (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let open: { id: string; ssoSecret: string };
    let premod: { id: string; ssoSecret: string };

    before(async () => {
      api = await createTestApp({ engine, listCacheMs: 60_000 });
      open = await createTestSite(api);
      premod = await createTestSite(api, { premoderation: true });
    });
    after(() => api.close());

    const ask = async (site: { id: string }, s: Session, title: string, subject = "merino-hoodie") => {
      const res = await send(
        api,
        "POST",
        `/v1/sites/${site.id}/subjects/${subject}/questions`,
        { title },
        s.token,
      );
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as Question;
    };
    const answer = async (
      site: { id: string },
      q: { id: string },
      s: Session,
      body = "It washes fine at 30°.",
    ) => {
      const res = await send(
        api,
        "POST",
        `/v1/sites/${site.id}/questions/${q.id}/answers`,
        { body },
        s.token,
      );
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as Answer;
    };
    const get = (site: { id: string }, path: string, s?: Session) =>
      send(api, "GET", `/v1/sites/${site.id}${path}`, undefined, s?.token);
    const admin = (site: { id: string }, path: string) =>
      send(api, "POST", `/v1/admin/sites/${site.id}${path}`, undefined, api.adminToken);
    const inbox = async (site: { id: string }, s: Session) => {
      const res = await get(site, "/me/notifications", s);
      assert.equal(res.status, 200);
      return (await res.json()) as NotificationList;
    };

    describe("pre-moderation", () => {
      let asker: Session;
      let other: Session;
      let staff: Session;
      before(async () => {
        const members = await signInMany(api, premod, "member", 2);
        asker = members[0]!;
        other = members[1]!;
        staff = await signIn(api, premod, { sub: "mod", name: "Mo", roles: ["moderator"] });
      });

      it("keeps a customer's question pending, shown to its author only, until approved", async () => {
        const q = await ask(premod, asker, "Does it shrink in the wash?");
        assert.equal(q.status, "pending");
        const anon = (await (await get(premod, "/subjects/merino-hoodie/questions")).json()) as QuestionList;
        assert.deepEqual([anon.items.length, anon.total], [0, 0]);
        const mine = (await (
          await get(premod, "/subjects/merino-hoodie/questions", asker)
        ).json()) as QuestionList;
        assert.deepEqual(
          mine.items.map((i) => [i.id, i.status]),
          [[q.id, "pending"]],
        );
        await expectProblem(await get(premod, `/questions/${q.id}`, other), 404, "notFound");
        await expectProblem(await get(premod, `/questions/${q.id}`), 404, "notFound");
        assert.equal((await get(premod, `/questions/${q.id}`, asker)).status, 200);
        await expectProblem(
          await send(
            api,
            "POST",
            `/v1/sites/${premod.id}/questions/${q.id}/answers`,
            { body: "No." },
            other.token,
          ),
          404,
          "notFound",
        );
        await expectProblem(
          await send(
            api,
            "POST",
            `/v1/sites/${premod.id}/questions/${q.id}/answers`,
            { body: "Hm" },
            asker.token,
          ),
          409,
          "conflict",
        );

        const approved = await admin(premod, `/questions/${q.id}/approve`);
        assert.deepEqual(await approved.json(), { id: q.id, status: "published" });
        const after = (await (await get(premod, "/subjects/merino-hoodie/questions")).json()) as QuestionList;
        assert.deepEqual([after.items.map((i) => i.id), after.total], [[q.id], 1]);
        const rejected = await admin(premod, `/questions/${q.id}/reject`);
        assert.deepEqual(await rejected.json(), { id: q.id, status: "rejected" });
        const gone = (await (await get(premod, "/subjects/merino-hoodie/questions")).json()) as QuestionList;
        assert.deepEqual([gone.items.length, gone.total], [0, 0]);
        await expectProblem(await get(premod, `/questions/${q.id}`, asker), 404, "notFound");
      });

      it("publishes staff questions and answers at once; a customer's answer waits, then counts and notifies", async () => {
        assert.equal(staff.user.staff, true);
        const q = await ask(premod, staff, "What is the care label?");
        assert.equal(q.status, "published");
        const official = await answer(premod, q, staff, "Wool cycle, 30°, lay flat to dry.");
        assert.deepEqual([official.status, official.official], ["published", true]);
        const pending = await answer(premod, q, other, "I tumble-dried mine by mistake and it survived.");
        assert.equal(pending.status, "pending");
        const shown = (await (await get(premod, `/questions/${q.id}`)).json()) as QuestionDetail;
        assert.equal(shown.answerCount, 1);
        assert.deepEqual(
          shown.answers.map((a) => a.id),
          [official.id],
        );
        const theirs = (await (await get(premod, `/questions/${q.id}`, other)).json()) as QuestionDetail;
        assert.deepEqual(
          theirs.answers.map((a) => [a.id, a.status]),
          [
            [official.id, "published"],
            [pending.id, "pending"],
          ],
        );
        assert.equal((await inbox(premod, staff)).items.length, 0, "nobody hears of a pending answer");
        await expectProblem(
          await send(
            api,
            "POST",
            `/v1/sites/${premod.id}/questions/${q.id}/accept`,
            { answerId: pending.id },
            staff.token,
          ),
          422,
          "validation",
        );

        const res = await admin(premod, `/answers/${pending.id}/approve`);
        assert.deepEqual(await res.json(), { id: pending.id, status: "published" });
        const now = (await (await get(premod, `/questions/${q.id}`)).json()) as QuestionDetail;
        assert.equal(now.answerCount, 2);
        const heard = (await inbox(premod, staff)).items;
        assert.deepEqual(
          heard.map((n) => n.kind),
          ["answer"],
        );
        await expectProblem(
          await admin(premod, "/answers/0190a000-0000-7000-8000-000000000000/approve"),
          404,
          "notFound",
        );
        await expectProblem(
          await send(api, "POST", `/v1/admin/sites/${premod.id}/questions/${q.id}/approve`),
          401,
          "unauthorized",
        );
      });
    });

    describe("notifications and following", () => {
      it("tells followers of a new answer and of an accepted one, never the person who acted", async () => {
        const [asker, a, b, watcher, bystander] = await signInMany(api, open, "nf", 5);
        const q = await ask(open, asker!, "Is the hood lined?");
        const follow = await send(
          api,
          "PUT",
          `/v1/sites/${open.id}/questions/${q.id}/follow`,
          undefined,
          watcher!.token,
        );
        assert.deepEqual(await follow.json(), { following: true });
        const first = await answer(open, q, a!, "Yes, with the same merino.");
        const askerInbox = await inbox(open, asker!);
        assert.equal(askerInbox.unread, 1);
        const expected: Notification = {
          id: askerInbox.items[0]!.id,
          kind: "answer",
          question: { id: q.id, title: "Is the hood lined?", subject: "merino-hoodie" },
          answer: { id: first.id, author: { id: a!.user.id, name: a!.user.name } },
          createdAt: askerInbox.items[0]!.createdAt,
          read: false,
        };
        assert.deepEqual(askerInbox.items[0], expected);
        assert.equal((await inbox(open, watcher!)).items[0]?.kind, "answer");
        assert.equal((await inbox(open, a!)).items.length, 0, "the answerer is not told of their own answer");
        assert.equal((await inbox(open, bystander!)).items.length, 0);

        // b answers too: a now follows (answerers follow) and hears of it.
        const second = await answer(open, q, b!, "Yes.");
        assert.deepEqual(
          (await inbox(open, a!)).items.map((n) => n.kind),
          ["answer"],
        );
        // The watcher stops following; the acceptance reaches the asker's other followers and the answerer.
        await send(api, "DELETE", `/v1/sites/${open.id}/questions/${q.id}/follow`, undefined, watcher!.token);
        const res = await send(
          api,
          "POST",
          `/v1/sites/${open.id}/questions/${q.id}/accept`,
          { answerId: second.id },
          asker!.token,
        );
        assert.equal(res.status, 200);
        const toB = (await inbox(open, b!)).items;
        assert.equal(toB[0]?.kind, "accepted");
        assert.deepEqual(toB[0]?.kind === "accepted" ? toB[0].answer.id : null, second.id);
        assert.deepEqual(
          (await inbox(open, a!)).items.map((n) => n.kind),
          ["accepted", "answer"],
        );
        assert.deepEqual(
          (await inbox(open, watcher!)).items.map((n) => n.kind),
          ["answer", "answer"],
          "both answers, then no news after unfollowing",
        );
        assert.equal(
          (await inbox(open, asker!)).items.filter((n) => n.kind === "accepted").length,
          0,
          "the asker accepted it themselves",
        );
        const read = await send(api, "POST", `/v1/sites/${open.id}/me/notifications/read`, {}, a!.token);
        assert.deepEqual(await read.json(), { unread: 0 });
      });

      it("answers 404 when following a question that is not there, and 401 signed out", async () => {
        const [p] = await signInMany(api, open, "nf2", 1);
        await expectProblem(
          await send(
            api,
            "PUT",
            `/v1/sites/${open.id}/questions/0190a000-0000-7000-8000-000000000000/follow`,
            undefined,
            p!.token,
          ),
          404,
          "notFound",
        );
        const q = await ask(open, p!, "Any follow?");
        await expectProblem(
          await send(api, "PUT", `/v1/sites/${open.id}/questions/${q.id}/follow`),
          401,
          "unauthorized",
        );
      });
    });

    it("takes one report per person per question or answer; a repeat answers the first with 200", async () => {
      const [asker, a, reporter] = await signInMany(api, open, "rp", 3);
      const q = await ask(open, asker!, "Where is it made?");
      const ans = await answer(open, q, a!, "Buy my knock-off at example.com!");
      const before = await rowsFor(api.storage, "qa_reports", open.id);
      for (const [path, item] of [
        [`/questions/${q.id}/reports`, "question"],
        [`/answers/${ans.id}/reports`, "answer"],
      ] as const) {
        const first = await send(
          api,
          "POST",
          `/v1/sites/${open.id}${path}`,
          { reason: "spam" },
          reporter!.token,
        );
        assert.equal(first.status, 201, item);
        const report = (await first.json()) as { id: string; reason: string };
        assert.equal(report.reason, "spam");
        const again = await send(
          api,
          "POST",
          `/v1/sites/${open.id}${path}`,
          { reason: "offensive", note: "again" },
          reporter!.token,
        );
        assert.equal(again.status, 200, item);
        assert.equal(((await again.json()) as { id: string }).id, report.id);
      }
      assert.equal(await rowsFor(api.storage, "qa_reports", open.id), before + 2);
      await expectProblem(
        await send(
          api,
          "POST",
          `/v1/sites/${open.id}/answers/0190a000-0000-7000-8000-000000000000/reports`,
          { reason: "spam" },
          reporter!.token,
        ),
        404,
        "notFound",
      );
      await expectProblem(
        await send(
          api,
          "POST",
          `/v1/sites/${open.id}/questions/${q.id}/reports`,
          { reason: "rude" },
          reporter!.token,
        ),
        400,
        "validation",
      );
      assert.equal(await rowsFor(api.storage, "qa_reports", open.id), before + 2);
    });

    it("keeps sites apart: another site sees none of this site's questions, answers or people", async () => {
      const other = await createTestSite(api);
      const [asker, a] = await signInMany(api, open, "iso", 2);
      const [stranger] = await signInMany(api, other, "iso", 1);
      const q = await ask(open, asker!, "Does the zip have a garage?", "iso-subject");
      const ans = await answer(open, q, a!);
      await expectProblem(await get(other, `/questions/${q.id}`), 404, "notFound");
      await expectProblem(await get(other, `/questions/${q.id}/answers`), 404, "notFound");
      const list = (await (await get(other, "/subjects/iso-subject/questions")).json()) as QuestionList;
      assert.deepEqual([list.items, list.total], [[], 0]);
      await expectProblem(await get(other, `/people/${a!.user.id}/reputation`), 404, "notFound");
      // A token of the other site is refused here, and on its own site the answer does not exist.
      await expectProblem(
        await send(api, "PUT", `/v1/sites/${open.id}/answers/${ans.id}/vote`, undefined, stranger!.token),
        401,
        "unauthorized",
      );
      for (const [method, path, body] of [
        ["PUT", `/answers/${ans.id}/vote`, undefined],
        ["POST", `/questions/${q.id}/answers`, { body: "Sneaky" }],
        ["POST", `/questions/${q.id}/accept`, { answerId: ans.id }],
        ["PUT", `/questions/${q.id}/follow`, undefined],
        ["POST", `/answers/${ans.id}/reports`, { reason: "spam" }],
      ] as const) {
        await expectProblem(
          await send(api, method, `/v1/sites/${other.id}${path}`, body, stranger!.token),
          404,
          "notFound",
        );
      }
      await expectProblem(await admin(other, `/answers/${ans.id}/reject`), 404, "notFound");
      const still = (await (await get(open, `/questions/${q.id}`)).json()) as QuestionDetail;
      assert.deepEqual([still.answerCount, still.answers[0]?.votes, still.acceptedAnswer], [1, 0, null]);
      for (const table of [
        "questions",
        "answers",
        "answer_votes",
        "qa_reports",
        "question_followers",
      ] as const) {
        assert.equal(await rowsFor(api.storage, table, other.id), 0, table);
      }
    });
  });
}
