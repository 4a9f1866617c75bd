import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Idea, Notification, NotificationList, Session } from "@corner/contracts";
import {
  createTestApp,
  createTestBoard,
  createTestSite,
  engines,
  send,
  signIn,
} from "@corner/test-utils/node";
import { expectProblem, rowsFor } from "./helpers.ts";

for (const engine of engines()) {
  describe(`idea status changes and notifications (${engine})`, () => {
    let api: Awaited<ReturnType<typeof createTestApp>>;
    let site: { id: string; ssoSecret: string };
    let author: Session;
    let voter: Session;
    let bystander: Session;
    let staff: Session;

    before(async () => {
      api = await createTestApp({ engine });
      site = await createTestSite(api);
      await createTestBoard(api, site, { id: "b" });
      author = await signIn(api, site, { sub: "author", name: "Author" });
      voter = await signIn(api, site, { sub: "voter", name: "Voter" });
      bystander = await signIn(api, site, { sub: "bystander" });
      staff = await signIn(api, site, { sub: "pm", name: "Pat from Product", roles: ["staff"] });
    });
    after(() => api.close());

    const newIdea = async (title: string) => {
      const idea = (await (
        await send(api, "POST", `/v1/sites/${site.id}/boards/b/ideas`, { title }, author.token)
      ).json()) as Idea;
      await send(api, "PUT", `/v1/sites/${site.id}/ideas/${idea.id}/vote`, undefined, voter.token);
      await send(api, "PUT", `/v1/sites/${site.id}/ideas/${idea.id}/vote`, undefined, staff.token);
      return idea;
    };
    const setStatus = (id: string, body: unknown, token?: string) =>
      send(api, "POST", `/v1/sites/${site.id}/ideas/${id}/status`, body, token);
    const inbox = async (s: Session) => {
      const res = await send(api, "GET", `/v1/sites/${site.id}/me/notifications`, undefined, s.token);
      assert.equal(res.status, 200);
      return (await res.json()) as NotificationList;
    };

    const ideaOf = (n: Notification | undefined) => (n?.kind === "status" ? n.idea.id : undefined);

    it("marks a session staff only when its SSO token carried a staff role", () => {
      assert.equal(staff.user.staff, true);
      assert.equal(author.user.staff, undefined);
    });

    it("lets a staff session change the status with a public response, notifying followers but not the actor", async () => {
      const idea = await newIdea("Size guide for kids' shoes");
      const before = (await inbox(author)).unread;
      const res = await setStatus(idea.id, { status: "planned", response: "Coming in spring." }, staff.token);
      assert.equal(res.status, 200, await res.clone().text());
      const changed = (await res.json()) as Idea;
      assert.equal(changed.status, "planned");
      assert.deepEqual(changed.response?.author, { id: staff.user.id, name: "Pat from Product" });
      assert.equal(changed.response?.body, "Coming in spring.");
      const shown = (await (await send(api, "GET", `/v1/sites/${site.id}/ideas/${idea.id}`)).json()) as Idea;
      assert.equal(shown.response?.body, "Coming in spring.");

      const mine = await inbox(author);
      assert.equal(mine.unread, before + 1);
      assert.deepEqual(
        { ...mine.items[0], id: undefined, createdAt: undefined },
        {
          id: undefined,
          createdAt: undefined,
          kind: "status",
          idea: { id: idea.id, title: "Size guide for kids' shoes" },
          status: "planned",
          response: "Coming in spring.",
          read: false,
        },
      );
      assert.equal(ideaOf((await inbox(voter)).items[0]), idea.id);
      assert.equal(
        (await inbox(staff)).items.length,
        0,
        "the staff person is not notified of their own change",
      );
      assert.equal((await inbox(bystander)).items.length, 0, "people who do not follow get nothing");
    });

    it("lets the admin token change the status, answering as the site", async () => {
      const idea = await newIdea("Repair café events");
      const res = await setStatus(
        idea.id,
        { status: "done", response: "Every first Saturday." },
        api.adminToken,
      );
      assert.equal(res.status, 200);
      const changed = (await res.json()) as Idea;
      assert.equal(changed.response?.author.id, "site");
      assert.equal(
        ideaOf((await inbox(staff)).items[0]),
        idea.id,
        "staff following the idea hear of admin changes",
      );
    });

    it("refuses a customer's status change with 403 and changes nothing", async () => {
      const idea = await newIdea("Loyalty points");
      const notes = await rowsFor(api.storage, "notifications", site.id);
      await expectProblem(await setStatus(idea.id, { status: "declined" }, author.token), 403, "forbidden");
      await expectProblem(await setStatus(idea.id, { status: "declined" }), 401, "unauthorized");
      assert.equal(
        ((await (await send(api, "GET", `/v1/sites/${site.id}/ideas/${idea.id}`)).json()) as Idea).status,
        "open",
      );
      assert.equal(await rowsFor(api.storage, "notifications", site.id), notes);
    });

    it("refuses bad merges: without mergedInto, into itself, into a merged idea, across boards", async () => {
      const a = await newIdea("Merge me");
      const b = await newIdea("Into me");
      const c = await newIdea("Already merged");
      await createTestBoard(api, site, { id: "other" });
      const elsewhere = (await (
        await send(
          api,
          "POST",
          `/v1/sites/${site.id}/boards/other/ideas`,
          { title: "Elsewhere" },
          author.token,
        )
      ).json()) as Idea;
      assert.equal(
        (await setStatus(c.id, { status: "merged", mergedInto: b.id }, api.adminToken)).status,
        200,
      );
      const notes = await rowsFor(api.storage, "notifications", site.id);
      const votes = await rowsFor(api.storage, "idea_votes", site.id);
      const missing = await expectProblem(
        await setStatus(a.id, { status: "merged" }, api.adminToken),
        400,
        "validation",
      );
      assert.equal(missing.errors?.[0]?.path, "body.mergedInto");
      const extra = await expectProblem(
        await setStatus(a.id, { status: "planned", mergedInto: b.id }, api.adminToken),
        400,
        "validation",
      );
      assert.equal(extra.errors?.[0]?.path, "body.mergedInto");
      await expectProblem(
        await setStatus(a.id, { status: "merged", mergedInto: a.id }, api.adminToken),
        400,
        "validation",
      );
      await expectProblem(
        await setStatus(a.id, { status: "merged", mergedInto: elsewhere.id }, api.adminToken),
        400,
        "validation",
      );
      await expectProblem(
        await setStatus(a.id, { status: "merged", mergedInto: c.id }, api.adminToken),
        409,
        "conflict",
      );
      await expectProblem(await setStatus(c.id, { status: "open" }, api.adminToken), 409, "conflict");
      assert.equal(await rowsFor(api.storage, "notifications", site.id), notes);
      assert.equal(await rowsFor(api.storage, "idea_votes", site.id), votes);
      assert.equal(
        ((await (await send(api, "GET", `/v1/sites/${site.id}/ideas/${a.id}`)).json()) as Idea).status,
        "open",
      );
    });

    it("marks chosen notifications read, then all", async () => {
      const idea = await newIdea("Gift cards");
      await setStatus(idea.id, { status: "under_review" }, api.adminToken);
      await setStatus(idea.id, { status: "planned" }, api.adminToken);
      const box = await inbox(voter);
      assert.ok(box.unread >= 2);
      const first = box.items[0]!.id;
      const read = await send(
        api,
        "POST",
        `/v1/sites/${site.id}/me/notifications/read`,
        { ids: [first] },
        voter.token,
      );
      assert.deepEqual(await read.json(), { unread: box.unread - 1 });
      const after = await inbox(voter);
      assert.equal(after.items.find((n) => n.id === first)?.read, true);
      const all = await send(api, "POST", `/v1/sites/${site.id}/me/notifications/read`, {}, voter.token);
      assert.deepEqual(await all.json(), { unread: 0 });
      assert.ok((await inbox(voter)).items.every((n) => n.read));
      await expectProblem(
        await send(api, "GET", `/v1/sites/${site.id}/me/notifications`),
        401,
        "unauthorized",
      );
    });

    it("stops notifying someone who unfollows", async () => {
      const idea = await newIdea("Unfollow me");
      const off = await send(
        api,
        "DELETE",
        `/v1/sites/${site.id}/ideas/${idea.id}/follow`,
        undefined,
        voter.token,
      );
      assert.deepEqual(await off.json(), { following: false });
      const before = (await inbox(voter)).items.length;
      await setStatus(idea.id, { status: "declined" }, api.adminToken);
      assert.equal((await inbox(voter)).items.length, before);
    });
  });
}
