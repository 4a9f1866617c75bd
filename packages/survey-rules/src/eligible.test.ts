import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { eligible, type VisitorHistory } from "./eligible.ts";
import { DAY, NOW, survey, visitor } from "./test-support.ts";

const ids = (result: ReturnType<typeof eligible>) => result.surveys.map((s) => s.id);
const reasons = (result: ReturnType<typeof eligible>) =>
  Object.fromEntries(result.held.map((h) => [h.id, h.reason]));

describe("eligible surveys: frequency", () => {
  const nps = survey("nps", { frequency: { dismissDays: 30 } });

  it("never shows a survey again once it was answered", () => {
    const history: VisitorHistory = { surveys: { nps: { answeredAt: NOW - 400 * DAY } } };
    assert.deepEqual(reasons(eligible([nps], visitor(), history, NOW)), { nps: "answered" });
  });

  it("holds a dismissed survey back for dismissDays, and offers it again exactly then", () => {
    const dismissed = (ago: number): VisitorHistory => ({ surveys: { nps: { dismissedAt: NOW - ago } } });
    assert.deepEqual(reasons(eligible([nps], visitor(), dismissed(DAY), NOW)), { nps: "dismissed" });
    assert.deepEqual(reasons(eligible([nps], visitor(), dismissed(30 * DAY - 1), NOW)), { nps: "dismissed" });
    assert.deepEqual(ids(eligible([nps], visitor(), dismissed(30 * DAY), NOW, { contactBudgetDays: 0 })), [
      "nps",
    ]);
  });

  it("uses 30 days when the definition does not say, and takes ISO timestamps from the server", () => {
    const plain = survey("plain");
    const at = (days: number) => new Date(NOW - days * DAY).toISOString();
    const options = { contactBudgetDays: 0 };
    const history = (days: number) => ({ surveys: { plain: { dismissedAt: at(days) } } });
    assert.deepEqual(reasons(eligible([plain], visitor(), history(29), NOW, options)), {
      plain: "dismissed",
    });
    assert.deepEqual(ids(eligible([plain], visitor(), history(30), NOW, options)), ["plain"]);
  });

  it("spends the site-wide contact budget on any survey shown, for 14 days by default", () => {
    const a = survey("a");
    const b = survey("b");
    // The visitor saw survey a two days ago and closed the tab without answering or dismissing it.
    const history: VisitorHistory = { surveys: { a: { shownAt: NOW - 2 * DAY } } };
    assert.deepEqual(reasons(eligible([a, b], visitor(), history, NOW)), {
      a: "contact-budget",
      b: "contact-budget",
    });

    const site: VisitorHistory = { lastPromptAt: NOW - 14 * DAY + 1 };
    assert.deepEqual(reasons(eligible([a, b], visitor(), site, NOW)), {
      a: "contact-budget",
      b: "contact-budget",
    });
    assert.deepEqual(ids(eligible([a, b], visitor(), { lastPromptAt: NOW - 14 * DAY }, NOW)), ["a", "b"]);
  });

  it("holds the second survey back once the first was answered within the budget", () => {
    const a = survey("a");
    const b = survey("b");
    const history: VisitorHistory = {
      surveys: { a: { shownAt: NOW - 5 * DAY, answeredAt: NOW - 5 * DAY } },
      lastPromptAt: NOW - 5 * DAY,
    };
    assert.deepEqual(reasons(eligible([a, b], visitor(), history, NOW)), {
      a: "answered",
      b: "contact-budget",
    });
    const later = eligible([a, b], visitor(), history, NOW + 9 * DAY);
    assert.deepEqual([ids(later), reasons(later)], [["b"], { a: "answered" }]);
  });

  it("takes a shorter or switched-off budget from the site", () => {
    const history: VisitorHistory = { lastPromptAt: NOW - 3 * DAY };
    assert.deepEqual(ids(eligible([nps], visitor(), history, NOW, { contactBudgetDays: 2 })), ["nps"]);
    assert.deepEqual(ids(eligible([nps], visitor(), history, NOW, { contactBudgetDays: 0 })), ["nps"]);
    assert.deepEqual(reasons(eligible([nps], visitor(), history, NOW, { contactBudgetDays: 7 })), {
      nps: "contact-budget",
    });
  });
});

describe("eligible surveys: targeting", () => {
  const check = (patch: Parameters<typeof survey>[1], context = visitor()) =>
    reasons(eligible([survey("s", patch)], context, {}, NOW)).s ?? "eligible";

  it("shows only active surveys between their start and end", () => {
    assert.equal(check({ status: "paused" }), "status");
    assert.equal(check({ status: "draft" }), "status");
    assert.equal(check({ targeting: { startsAt: new Date(NOW + 1).toISOString() } }), "not-started");
    assert.equal(check({ targeting: { startsAt: new Date(NOW).toISOString() } }), "eligible");
    assert.equal(check({ targeting: { endsAt: new Date(NOW).toISOString() } }), "ended");
    assert.equal(
      check({ targeting: { startsAt: "2026-11-01T00:00:00Z", endsAt: "2026-12-01T00:00:00Z" } }),
      "eligible",
    );
  });

  it("matches the page against include and exclude patterns", () => {
    const urls = { include: ["/products/**"], exclude: ["/products/*/reviews"] };
    assert.equal(check({ targeting: { urls } }), "eligible");
    assert.equal(check({ targeting: { urls } }, visitor({ url: "/products/shoe-1/reviews" })), "url");
    assert.equal(check({ targeting: { urls } }, visitor({ url: "/cart" })), "url");
  });

  it("matches device and signed-in state", () => {
    assert.equal(check({ targeting: { device: "mobile" } }), "device");
    assert.equal(check({ targeting: { device: "desktop" } }), "eligible");
    assert.equal(check({ targeting: { signedIn: "yes" } }), "signed-in");
    assert.equal(check({ targeting: { signedIn: "yes" } }, visitor({ signedIn: true })), "eligible");
    assert.equal(check({ targeting: { signedIn: "no" } }, visitor({ signedIn: true })), "signed-in");
  });

  it("matches languages by prefix: de takes de-CH, de-CH does not take de-DE", () => {
    assert.equal(check({ targeting: { languages: ["de"] } }, visitor({ language: "de-CH" })), "eligible");
    assert.equal(check({ targeting: { languages: ["DE"] } }, visitor({ language: "de" })), "eligible");
    assert.equal(check({ targeting: { languages: ["de-CH"] } }, visitor({ language: "de-DE" })), "language");
    assert.equal(check({ targeting: { languages: ["de"] } }, visitor({ language: "den" })), "language");
    assert.equal(
      check({ targeting: { languages: ["fr"] } }, visitor({ language: ["en-GB", "fr-CH"] })),
      "eligible",
    );
    assert.equal(check({ targeting: { languages: ["fr"] } }, visitor({ language: undefined })), "language");
  });

  it("matches custom attributes by equality or membership, strictly", () => {
    const pro = visitor({ attributes: { plan: "pro", seats: 3 } });
    assert.equal(check({ targeting: { attributes: [{ key: "plan", equals: "pro" }] } }, pro), "eligible");
    assert.equal(
      check({ targeting: { attributes: [{ key: "plan", in: ["team", "pro"] }] } }, pro),
      "eligible",
    );
    assert.equal(check({ targeting: { attributes: [{ key: "plan", equals: "free" }] } }, pro), "attributes");
    assert.equal(check({ targeting: { attributes: [{ key: "seats", equals: "3" }] } }, pro), "attributes");
    assert.equal(check({ targeting: { attributes: [{ key: "country", in: ["CH"] }] } }, pro), "attributes");
  });

  it("samples per visitor, the same way on every page view", () => {
    const half = survey("half", { targeting: { sampling: 50 } });
    const visitors = Array.from({ length: 200 }, (_, i) => visitor({ visitorId: `v-${i}` }));
    const first = visitors.map((c) => ids(eligible([half], c, {}, NOW)).length);
    const again = visitors.map((c) => ids(eligible([half], c, {}, NOW + DAY)).length);
    assert.deepEqual(again, first);
    assert.ok(first.includes(0) && first.includes(1));
    assert.equal(check({ targeting: { sampling: 0 } }), "sampling");
  });

  it("lists eligible surveys by priority, ties in the order given, with every other one's reason", () => {
    const result = eligible(
      [
        survey("low", { priority: -1 }),
        survey("first"),
        survey("off", { status: "ended" }),
        survey("top", { priority: 5 }),
        survey("second"),
      ],
      visitor(),
      {},
      NOW,
    );
    assert.deepEqual(ids(result), ["top", "first", "second", "low"]);
    assert.deepEqual(result.held, [{ id: "off", reason: "status" }]);
  });
});
