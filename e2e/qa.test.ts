// End to end, no mocks: Q&A on the demo shop's product pages (built bundle, real API seeded with the demo's
// questions), driven in Chromium. The seeded questions show with answer counts, accepted previews and
// badges; Alice asks, Ben answers from his own browser, Alice marks the answer helpful and accepts it, and
// Ben's reputation on the server counts both; the same flow works by keyboard alone, with Sam of the shop's
// staff giving the official answer; axe finds nothing.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import {
  axePath,
  axeViolations,
  collectErrors,
  type DemoShop,
  startDemoShop,
  widgetsSettled,
} from "./support.ts";

const PRODUCT = "/products/trail-runner-2";

describe("Q&A on the demo shop's product pages", () => {
  let demo: DemoShop;
  let api: DemoShop["api"];
  let shop: DemoShop["shop"];
  let browser: Browser;
  const errors: string[] = [];

  before(async () => {
    demo = await startDemoShop();
    ({ api, shop, browser } = demo);
  });

  after(async () => {
    await demo?.close();
  });

  /** A page in a browser context of its own (its own storage: its own person), signed in as `user` if given. */
  const open = async (user?: "alice" | "ben" | "sam", path = PRODUCT): Promise<Page> => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    // The browser may already be closing (the file's after hook): nothing is left to close then.
    page.on("close", () => void ctx.close().catch(() => undefined));
    collectErrors(page, errors);
    await page.goto(`${shop.url}${path}`);
    await page.locator("corner-qa [part=question]").first().waitFor();
    if (user) {
      // What the shop's own sign-in would do: its backend signs an SSO token, the page hands it to Corner.
      await page.evaluate(async (who) => {
        const res = await fetch(`/demo/sso?user=${who}`, { method: "POST" });
        const { sso } = (await res.json()) as { sso: string };
        await (window as unknown as { Corner: { login(o: { sso: string }): Promise<unknown> } }).Corner.login(
          {
            sso,
          },
        );
      }, user);
      await widgetsSettled(page);
    }
    return page;
  };

  /** The element focused inside shadow roots, as `tag#id[part]`. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el
        ? `${el.localName}${el.id ? `#${el.id}` : ""}${el.getAttribute("part") ? `[${el.getAttribute("part")}]` : ""}`
        : "";
    });

  /** Waits until the focused element matches (an element loaded on demand moves focus when it is ready). */
  const focusReaches = async (page: Page, match: RegExp) => {
    for (let i = 0; i < 50; i++) {
      if (match.test(await focused(page))) return;
      await page.waitForTimeout(100);
    }
    assert.fail(`focus never reached ${match}; it is on ${await focused(page)}`);
  };

  /** Presses Tab (at most `max` times) until the focused element matches. */
  const tabTo = async (page: Page, match: RegExp, max = 40) => {
    for (let i = 0; i < max; i++) {
      if (match.test(await focused(page))) return;
      await page.keyboard.press("Tab");
    }
    assert.fail(`Tab never reached ${match}; focus is on ${await focused(page)}`);
  };

  const question = (page: Page, title: string): Locator =>
    page.locator("corner-qa [part=question]").filter({ hasText: title });
  const detail = (page: Page) => page.locator("corner-qa corner-question-detail");
  const answerBy = (page: Page, name: string) =>
    detail(page).locator("[part=answer]").filter({ hasText: name });

  /** Ben's person id and stored reputation, read from the API as any page could. */
  const reputationOf = async (page: Page, answerText: string) => {
    const id = await page.evaluate(
      async ([base, text]) => {
        const list = await (
          await fetch(`${base}/v1/sites/demo/subjects/trail-runner-2/questions?sort=newest`)
        ).json();
        for (const q of list.items as { id: string }[]) {
          const d = await (await fetch(`${base}/v1/sites/demo/questions/${q.id}`)).json();
          const a = (d.answers as { body: string; author: { id: string } }[]).find((x) => x.body === text);
          if (a) return a.author.id;
        }
        return null;
      },
      [api.url, answerText] as const,
    );
    assert.ok(id, "the answer is listed by the API");
    const res = await fetch(`${api.url}/v1/sites/demo/people/${id}/reputation`);
    assert.equal(res.status, 200);
    return (await res.json()) as { reputation: number; acceptedAnswers: number; votesReceived: number };
  };

  it("lists the seeded questions with answer counts, accepted previews and badges", async () => {
    const page = await open();
    assert.ok((await page.locator("corner-qa [part=question]").count()) >= 3);
    assert.ok(
      (await page.locator("corner-qa [part=accepted]").count()) >= 1,
      "an accepted answer is previewed",
    );
    assert.ok(
      (await page.locator("corner-qa [part=staff-answered]").count()) >= 1,
      "a staff answer is marked",
    );
    const badges = await page.locator("corner-qa [part=badge]").allTextContents();
    assert.ok(
      badges.some((b) => b.includes("Verified owner")),
      `badges: ${badges.join(", ")}`,
    );
    await page.locator("corner-qa [part=sort]").selectOption("unanswered");
    await page.waitForFunction(() => {
      const root = document.querySelector("corner-qa")?.shadowRoot;
      return (
        (root?.querySelectorAll("[part=question]").length ?? 0) > 0 &&
        !root?.querySelector("[part=accepted]") &&
        [...(root?.querySelectorAll("[part=question]") ?? [])].every(
          (q) => !q.querySelector("[part=staff-answered]"),
        )
      );
    });
    await page.close();
    assert.deepEqual(errors, []);
  });

  it("lets Alice ask, Ben answer, and Alice mark the answer helpful and accept it", async () => {
    const title = "Can I wear the Trail Runner 2 with orthotic insoles?";
    const answer = "Yes: the stock insole lifts out and my orthotics fit without crowding the toes.";

    const alice = await open("alice");
    await alice.locator("corner-qa [part=ask-button]").click();
    const form = alice.locator("corner-qa corner-question-form");
    await form.locator("#title").fill(title);
    await form.locator("#details").fill("I use custom orthotics and wonder whether there is room for them.");
    await form.locator("[part=submit-button]").click();
    await question(alice, title).waitFor();

    const ben = await open("ben");
    await question(ben, title).locator("[part=question-link]").click();
    await detail(ben).locator("#answer-body").fill(answer);
    await detail(ben).locator("[part=submit-button]").click();
    await answerBy(ben, "Ben Okafor").getByText(answer).waitFor();
    await ben.close();

    await alice.reload();
    await question(alice, title).locator("[part=answer-count]").getByText("1 answer").waitFor();
    await question(alice, title).locator("[part=question-link]").click();
    const bens = answerBy(alice, "Ben Okafor");
    await bens.locator("[part=vote-button]").click();
    await alice.waitForFunction(() => {
      const d = document.querySelector("corner-qa")?.shadowRoot?.querySelector("corner-question-detail");
      return d?.shadowRoot?.querySelector("[part=vote-button]")?.getAttribute("aria-pressed") === "true";
    });
    await bens.locator("[part=accept-button]").click();
    await bens.getByText("Accepted answer").waitFor();
    await detail(alice).locator("[part=back-button]").click();
    await question(alice, title).locator("[part=accepted]").getByText(answer).waitFor();

    // The server stored it: Ben earned points for the vote and the accepted answer.
    const rep = await reputationOf(alice, answer);
    assert.equal(rep.acceptedAnswers, 1);
    assert.equal(rep.votesReceived, 1);
    assert.equal(rep.reputation, 15 + 2);
    await alice.close();
    assert.deepEqual(errors, []);
  });

  it("does the same by keyboard alone, with the shop's staff answering officially", async () => {
    const title = "Is the Trail Runner 2 warm enough for winter trails?";
    const answer = "Down to about minus five with wool socks; for snow we recommend a gaiter over it.";

    const alice = await open("alice");
    await alice.locator("corner-qa [part=ask-button]").focus();
    await alice.keyboard.press("Enter");
    // The form loads on demand and takes the focus to its first field.
    await focusReaches(alice, /^input#title$/);
    await alice.keyboard.type(title);
    await tabTo(alice, /\[submit-button\]$/);
    await alice.keyboard.press("Enter");
    await question(alice, title).waitFor();

    const sam = await open("sam");
    await question(sam, title).locator("[part=question-link]").focus();
    await sam.keyboard.press("Enter");
    await focusReaches(sam, /\[heading\]$/);
    await tabTo(sam, /^textarea#answer-body$/);
    await sam.keyboard.type(answer);
    await tabTo(sam, /\[submit-button\]$/);
    await sam.keyboard.press("Enter");
    await answerBy(sam, "Sam at Corner Outfitters").getByText(answer).waitFor();
    await sam.close();

    await alice.reload();
    await question(alice, title).locator("[part=question-link]").focus();
    await alice.keyboard.press("Enter");
    await answerBy(alice, "Sam at Corner Outfitters").waitFor();
    await tabTo(alice, /\[vote-button\]$/);
    await alice.keyboard.press("Enter");
    await tabTo(alice, /\[accept-button\]$/);
    await alice.keyboard.press("Enter");
    await answerBy(alice, "Sam at Corner Outfitters").getByText("Accepted answer").waitFor();
    // Staff answers are official, and their author carries the Staff badge.
    await answerBy(alice, "Sam at Corner Outfitters").getByText("Official answer").waitFor();
    assert.ok(
      (await answerBy(alice, "Sam at Corner Outfitters").locator("[part=badge]").allTextContents()).includes(
        "Staff",
      ),
    );
    await tabTo(alice, /\[back-button\]$/, 60);
    await alice.keyboard.press("Enter");
    await question(alice, title).locator("[part=accepted]").waitFor();
    assert.match(await focused(alice), /\[question-link\]$/);
    const rep = await reputationOf(alice, answer);
    assert.equal(rep.reputation, 15 + 2);
    await alice.close();
    assert.deepEqual(errors, []);
  });

  it("has no accessibility violations that axe can find, with the list and with a question open", async () => {
    const page = await open("alice");
    await page.evaluate(readFileSync(axePath, "utf8"));
    assert.deepEqual(await axeViolations(page), []);
    await page.locator("corner-qa [part=question-link]").first().click();
    await detail(page).locator("[part=answers]").waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
    assert.deepEqual(errors, []);
  });
});
