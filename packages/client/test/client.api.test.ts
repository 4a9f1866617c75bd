import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { guestPow, startTestApi } from "@corner/test-utils/node";
import { createClient } from "../src/client.ts";
import { AuthError } from "../src/errors/auth-error.ts";
import { ValidationError } from "../src/errors/validation-error.ts";
import { reviewsClient } from "../src/reviews.ts";
import { siteClient } from "../src/site.ts";

type Api = Awaited<ReturnType<typeof startTestApi>>;

describe("client against the real API", () => {
  let api: Api;
  before(async () => {
    api = await startTestApi({ seed: "demo" });
  });
  after(() => api.close());

  it("reads the demo summary, signs in as a guest, posts, votes and reports", async () => {
    let token: string | null = null;
    const client = createClient({ api: api.url, site: "demo", getToken: () => token });
    const config = await siteClient(client).getConfig();
    assert.equal(config.allowGuests, true);

    const page = await client.listReviews("trail-runner-2", { sort: "helpful" });
    assert.ok(page.summary.count > 0);
    assert.ok(page.items.length > 0);

    await assert.rejects(
      reviewsClient(client).createReview("trail-runner-2", { rating: 5, body: "x" }),
      AuthError,
    );
    const session = await siteClient(client).createSession({
      guest: { name: "Ada", pow: await guestPow(api, { id: "demo" }) },
    });
    token = session.token;

    const bad = await reviewsClient(client)
      .createReview("trail-runner-2", { rating: 6, body: "" })
      .catch((e: unknown) => e);
    assert.ok(bad instanceof ValidationError);
    assert.ok(bad.fieldErrors().rating, "names the rating field");

    const created = await reviewsClient(client).createReview(
      "trail-runner-2",
      { rating: 4, title: "Solid", body: "Good grip." },
      { idempotencyKey: crypto.randomUUID() },
    );
    assert.equal(created.body, "Good grip.");
    const after = await client.listReviews("trail-runner-2");
    assert.equal(after.summary.count, page.summary.count + 1);

    const target = page.items[0]!;
    const on = await reviewsClient(client).setHelpful(target.id);
    assert.deepEqual(on, { helpful: target.helpful + 1, helpfulByMe: true });
    const off = await reviewsClient(client).clearHelpful(target.id);
    assert.deepEqual(off, { helpful: target.helpful, helpfulByMe: false });
    const report = await reviewsClient(client).reportReview(target.id, { reason: "spam" });
    assert.ok(report.id);
  });
});
