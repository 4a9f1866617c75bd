import { setSession } from "@corner/state";
import {
  $,
  $$,
  describe,
  equal,
  expectNoAxeViolations,
  includes,
  it,
  mount,
  ok,
  text,
  until,
  useMockSite,
} from "@corner/test-utils/browser";
import { makeReview, problem } from "@corner/test-utils/msw";
import { delay, HttpResponse, http } from "msw";
import "../define.ts";

const reviewsOf = (el: Element) => $$(el, "[part=review]");
const ready = (el: Element) => until(() => $(el, "[part=list]") ?? $(el, "[part=empty]"));

describe("<corner-reviews>", () => {
  it("shows the summary with the average and a bar per star level", async () => {
    const mock = await useMockSite();
    const el = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    equal(text($(el, ".average")), "3.8");
    includes(text($(el, "[part=summary]")), "3.8 out of 5, 12 reviews");
    const bars = $$(el, "[part=histogram-bar]");
    equal(bars.length, 5);
    equal(text(bars[0]!.querySelector(".visually-hidden")), "5 stars: 5 reviews");
    equal(text(bars[4]!.querySelector(".visually-hidden")), "1 star: 1 review");
    equal(reviewsOf(el).length, 5);
  });

  it("filters to a star level when its bar is clicked, and clears with the chip", async () => {
    const mock = await useMockSite();
    const el = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    $$(el, "[part=histogram-bar]")[2]!.click(); // 3 stars
    await until(() => reviewsOf(el).length === 2);
    ok(
      mock.db.log.some((r) => r.url.searchParams.get("rating") === "3"),
      "asked the server for 3-star reviews",
    );
    equal($$(el, "[part=histogram-bar]")[2]!.getAttribute("aria-pressed"), "true");
    const chip = $(el, "[part=filter-chip]")!;
    includes(text(chip), "Showing 3 stars");
    chip.click();
    await until(() => reviewsOf(el).length === 5 && !$(el, "[part=filter-chip]"));
  });

  it("asks the server again when the sort changes", async () => {
    const mock = await useMockSite();
    const el = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    const select = $<HTMLSelectElement>(el, "[part=sort]")!;
    select.value = "lowest";
    select.dispatchEvent(new Event("change"));
    await until(() => text(reviewsOf(el)[0]!.querySelector(".title")) === "Sole came off");
    ok(mock.db.log.some((r) => r.url.searchParams.get("sort") === "lowest"));
  });

  it("appends the next page when 'load more' is pressed until there is none", async () => {
    const mock = await useMockSite();
    const el = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    $(el, "[part=load-more]")!.click();
    await until(() => reviewsOf(el).length === 10);
    $(el, "[part=load-more]")!.click();
    await until(() => reviewsOf(el).length === 12);
    equal($(el, "[part=load-more]"), null);
    equal(
      mock.db.log
        .filter((r) => r.url.pathname.endsWith("/reviews"))
        .at(-1)!
        .url.searchParams.get("cursor"),
      "10",
    );
  });

  it("says so when the next page cannot be loaded, and keeps the reviews it has", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.get(`${mock.base}/subjects/:subject/reviews`, ({ request }) =>
        new URL(request.url).searchParams.has("cursor") ? problem(400, "Bad cursor", "Nope.") : undefined,
      ),
    );
    const el = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    $(el, "[part=load-more]")!.click();
    const error = await until(() => $(el, ".error-text"));
    equal(text(error), "More reviews could not be loaded.");
    equal(reviewsOf(el).length, 5);
  });

  it("announces what happens after a click in the page's language", async () => {
    const mock = await useMockSite();
    const wrapper = mount("div", {});
    wrapper.setAttribute("lang", "de");
    const el = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2" }, wrapper);
    await until(() => text($(el, "h2")) === "Kundenbewertungen");
    reviewsOf(el)[0]!.querySelector<HTMLElement>("[part=helpful-button]")!.click();
    await until(
      () => text($(el, "[part=notice]")) === "Melden Sie sich an, um Bewertungen als hilfreich zu markieren.",
    );
  });

  it("shows markup in a review body as text and runs nothing", async () => {
    const mock = await useMockSite();
    const payload = "<img src=x onerror=alert(1)>";
    mock.db.reviews.set("xss", [makeReview({ subject: "xss", body: payload, title: "<b>bold</b>" })]);
    const el = mount("corner-reviews", { ...mock.attrs, subject: "xss" });
    await ready(el);
    equal($(el, ".body")!.textContent, payload);
    equal(text($(el, ".title")), "<b>bold</b>");
    equal(el.shadowRoot!.querySelector("img, b"), null);
  });

  it("counts a helpful mark at once and rolls it back when the server fails", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    let fail!: () => void;
    const gate = new Promise<void>((r) => {
      fail = r;
    });
    mock.worker.use(
      http.put(`${mock.base}/reviews/:id/helpful`, async () => {
        await gate;
        return problem(500, "Internal", "Something broke.");
      }),
    );
    const el = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    const first = reviewsOf(el)[0]!;
    includes(text(first.querySelector(".actions")), "14 people found this helpful");
    const events: Event[] = [];
    el.addEventListener("corner-review-helpful", (e) => events.push(e));
    first.querySelector<HTMLElement>("[part=helpful-button]")!.click();
    await until(() => text(first.querySelector(".actions")).includes("15 people"));
    equal(first.querySelector("[part=helpful-button]")!.getAttribute("aria-pressed"), "true");
    fail();
    await until(() => text(first.querySelector(".actions")).includes("14 people"));
    equal(first.querySelector("[part=helpful-button]")!.getAttribute("aria-pressed"), "false");
    includes(text($(el, "[part=notice]")), "could not be saved");
    equal(events.length, 0);
  });

  it("saves a helpful mark and reports it with corner-review-helpful", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const el = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    const got = new Promise<CustomEvent>((r) =>
      document.addEventListener("corner-review-helpful", (e) => r(e), { once: true }),
    );
    reviewsOf(el)[1]!.querySelector<HTMLElement>("[part=helpful-button]")!.click();
    const e = await got;
    equal(e.detail.helpful, 10);
    equal(e.detail.helpfulByMe, true);
    includes(text($(el, "[part=notice]")), "Marked as helpful");
  });

  it("asks a signed-out reader to sign in instead of voting", async () => {
    const mock = await useMockSite();
    const el = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    const asked = new Promise<CustomEvent>((r) =>
      document.addEventListener("corner-login-required", (e) => r(e), { once: true }),
    );
    reviewsOf(el)[0]!.querySelector<HTMLElement>("[part=helpful-button]")!.click();
    equal((await asked).detail.reason, "helpful");
    includes(text($(el, "[part=notice]")), "Sign in to mark reviews as helpful");
    equal(mock.db.log.filter((r) => r.method === "PUT").length, 0);
  });

  it("reports a review with a reason, once", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn());
    const el = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2" });
    await ready(el);
    const review = reviewsOf(el)[1]!;
    review.querySelector<HTMLElement>("[part=report-button]")!.click();
    const form = await until(() => review.querySelector<HTMLFormElement>("form.report"));
    form.querySelector("select")!.value = "fake";
    form.requestSubmit();
    await until(() => text($(el, "[part=notice]")).includes("we will take a look"));
    equal(review.querySelector("[part=report-button]"), null);
    equal(mock.db.log.filter((r) => r.url.pathname.endsWith("/reports")).length, 1);
  });

  it("shows a skeleton while loading, then an error with a Retry that works", async () => {
    const mock = await useMockSite();
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    mock.worker.use(
      http.get(
        `${mock.base}/subjects/:subject/reviews`,
        async () => {
          await gate;
          return problem(404, "Not found", "No such site.");
        },
        { once: true },
      ),
    );
    const el = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2" });
    await until(() => $(el, "[aria-busy=true]"));
    includes(text(el.shadowRoot!.querySelector("[role=status]")), "Loading reviews");
    release();
    const alert = await until(() => $(el, "[role=alert]"));
    includes(text(alert), "couldn’t load the reviews");
    alert.querySelector("button")!.click();
    await until(() => reviewsOf(el).length === 5);
  });

  it("warns once in the console when the API cannot be reached, after its retries, and not for a cancelled load", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.get(`${mock.base}/subjects/slow/reviews`, async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
      http.get(`${mock.base}/subjects/trail-runner-2/reviews`, () => HttpResponse.error()),
    );
    const before = mock.requests.length;
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const el = mount("corner-reviews", { ...mock.attrs, subject: "slow" });
      await until(() => mock.requests.find((r) => r.url.includes("/subjects/slow/")));
      el.subject = "trail-runner-2";
      await until(() => $(el, "[role=alert]"));
      const tries = mock.requests.slice(before).filter((r) => r.url.includes("/subjects/trail-runner-2/"));
      equal(tries.length, 3, "the first try and two retries");
      equal(warnings.length, 1);
      equal(
        warnings[0]![0],
        `[corner] could not load reviews for trail-runner-2 from ${mock.attrs.api}: Failed to fetch`,
      );
    } finally {
      console.warn = warn;
    }
  });

  it("invites the first review when there are none", async () => {
    const mock = await useMockSite();
    const el = mount("corner-reviews", { ...mock.attrs, subject: "wool-beanie" });
    const empty = await until(() => $(el, "[part=empty]"));
    includes(text(empty), "Be the first to review");
    ok($(el, "[part=write-button]"));
    equal($(el, "[part=histogram]"), null);
  });

  it("switches to another subject's reviews when el.subject changes, cancelling the old request", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.get(`${mock.base}/subjects/slow/reviews`, async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const el = mount("corner-reviews", { ...mock.attrs, subject: "slow" });
    const slow = await until(() => mock.requests.find((r) => r.url.includes("/subjects/slow/")));
    el.subject = "trail-runner-2";
    await until(() => reviewsOf(el).length === 5);
    equal(slow.signal?.aborted, true);
  });

  it("stops its work when removed from the page", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.get(`${mock.base}/subjects/slow/reviews`, async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const el = mount("corner-reviews", { ...mock.attrs, subject: "slow" });
    const slow = await until(() => mock.requests.find((r) => r.url.includes("/subjects/slow/")));
    const made = mock.requests.length;
    el.remove();
    equal(slow.signal?.aborted, true);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    equal(mock.requests.length, made, "no new request once removed");
  });

  for (const theme of ["light", "dark"] as const) {
    it(`has no axe violations in the ${theme} theme`, async () => {
      const mock = await useMockSite();
      document.body.style.background = theme === "dark" ? "#15181d" : "#ffffff";
      const el = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2", theme });
      await ready(el);
      await expectNoAxeViolations(el);
      document.body.style.background = "";
    });
  }
});
