import type { SurveyPublic } from "@corner/contracts";
import {
  $,
  $$,
  afterEach,
  deepEqual,
  describe,
  equal,
  expectNoAxeViolations,
  it,
  type MockSite,
  ok,
  text,
  until,
  useMockSite,
} from "@corner/test-utils/browser";
import { makeSurvey, npsSurvey, tourSurvey } from "@corner/test-utils/msw";
import { emulateMedia, sendKeys, setViewport } from "@web/test-runner-commands";
import type { CornerSurvey } from "../survey/survey.component.ts";
import { launch, resetSurveys } from "../survey/survey.ts";

const config = (mock: MockSite) => ({ site: mock.site, api: mock.api });
const on = (trigger: SurveyPublic["trigger"], survey = npsSurvey(), p: Partial<SurveyPublic> = {}) => ({
  ...survey,
  trigger,
  ...p,
});
const shown = () => document.querySelector<CornerSurvey>("corner-survey");
const card = () => until(() => (shown() && $(shown()!, "form.step") ? shown()! : null));
const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};
const track = (name: string) => document.dispatchEvent(new CustomEvent("corner-track", { detail: { name } }));
const historyOf = (mock: MockSite) => JSON.parse(localStorage.getItem(`corner:surveys:${mock.site}`) ?? "{}");
const added: Element[] = [];
const host = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  init: (el: HTMLElementTagNameMap[K]) => void = () => {},
) => {
  const el = document.createElement(tag);
  init(el);
  document.body.append(el);
  added.push(el);
  return el;
};
const pick = (el: Element, value: number) =>
  $$<HTMLInputElement>(el, "[part=option] input")
    .find((i) => i.value === String(value))!
    .click();
const next = async (el: Element) =>
  (await until(() => $$<HTMLButtonElement>(el, "[part=next]:not(:disabled)")[0])).click();

afterEach(() => {
  resetSurveys();
  for (const el of added.splice(0)) el.remove();
  scrollTo(0, 0);
});

describe("survey launcher", () => {
  it("shows a page-view survey at once as a slide-in in the top layer, without taking focus", async () => {
    const mock = await useMockSite();
    const button = host("button", (b) => {
      b.textContent = "Host button";
    });
    button.focus();
    launch(config(mock), [npsSurvey()], []);
    const el = await card();
    equal(el.getAttribute("display"), "slide-in");
    ok(el.matches(":popover-open"), "in the top layer");
    equal(el.parentElement, document.body);
    const region = $(el, "[part=survey]")!;
    equal(region.getAttribute("role"), "region");
    equal(region.getAttribute("aria-label"), "How are we doing?");
    equal(document.activeElement, button, "a slide-in does not steal focus");
    const close = $(el, "[part=close]")!;
    equal(close.getAttribute("aria-label"), "Close survey");
  });

  it("remembers and reports that the survey was shown", async () => {
    const mock = await useMockSite();
    const before = Date.now();
    launch(config(mock), [npsSurvey()], []);
    await card();
    const local = historyOf(mock);
    ok(local.s.nps.s >= before, "shown");
    equal(local.p, local.s.nps.s, "the site's last prompt");
    await until(() => mock.db.surveyEvents.length === 1);
    deepEqual(mock.db.surveyEvents, [{ surveyId: "nps", type: "shown" }]);
  });

  it("waits for a delay trigger", async () => {
    const mock = await useMockSite();
    const start = performance.now();
    launch(config(mock), [on({ type: "delay", ms: 150 })], []);
    await frames();
    equal(shown(), null, "not yet");
    await card();
    ok(performance.now() - start >= 140, "after the delay");
  });

  it("shows on a tracked event, whether it happened before launch or after", async () => {
    const mock = await useMockSite();
    launch(config(mock), [on({ type: "event", name: "checkout_done" })], ["page_seen", "checkout_done"]);
    await card();
    resetSurveys();
    launch(config(mock), [on({ type: "event", name: "checkout_done" })], []);
    track("something_else");
    await frames();
    equal(shown(), null);
    track("checkout_done");
    await card();
  });

  it("takes over Corner.track from corner.js, which only recorded the names until the chunk was here", async () => {
    const mock = await useMockSite();
    const tracked: string[] = [];
    const corner = { track: (name: string) => void tracked.push(name) };
    (window as { Corner?: unknown }).Corner = corner;
    try {
      launch(config(mock), [on({ type: "event", name: "checkout_done" })], tracked);
      corner.track("something_else");
      await frames();
      equal(shown(), null);
      corner.track("checkout_done");
      await card();
      equal(tracked.join(), "something_else,checkout_done");
    } finally {
      delete (window as { Corner?: unknown }).Corner;
    }
  });

  it("shows on a click on an element matching the selector, also inside it", async () => {
    const mock = await useMockSite();
    const other = host("button", (b) => {
      b.textContent = "Other";
    });
    const buy = host("button", (b) => {
      b.className = "buy";
      b.append(Object.assign(document.createElement("span"), { textContent: "Buy now" }));
    });
    launch(config(mock), [on({ type: "click", selector: "button.buy" })], []);
    other.click();
    await frames();
    equal(shown(), null);
    buy.querySelector("span")!.click();
    await card();
  });

  it("ignores a click trigger whose selector is not valid CSS, and arms the others", async () => {
    const mock = await useMockSite();
    launch(
      config(mock),
      [on({ type: "click", selector: "a[" }), on({ type: "event", name: "go" }, tourSurvey())],
      [],
    );
    document.body.click();
    await frames();
    equal(shown(), null);
    track("go");
    const el = await card();
    equal(el.definition?.id, "tour");
  });

  it("shows once the page is scrolled past the share of a scroll trigger", async () => {
    const mock = await useMockSite();
    host("div", (d) => {
      d.className = "tall";
      d.style.height = "4000px";
    });
    launch(config(mock), [on({ type: "scroll", percent: 50 })], []);
    const max = document.documentElement.scrollHeight - innerHeight;
    scrollTo(0, max * 0.3);
    await frames(5);
    equal(shown(), null, "30 % is not enough");
    scrollTo(0, max * 0.6);
    await card();
  });

  it("shows an exit-intent survey when the pointer leaves through the top, with a mouse", async () => {
    const mock = await useMockSite();
    launch(config(mock), [on({ type: "exit" })], []);
    document.documentElement.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, clientY: 300 }));
    await frames();
    equal(shown(), null, "leaving for a child element is not an exit");
    document.documentElement.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, clientY: -2 }));
    if (matchMedia("(pointer: fine)").matches) await card();
    else {
      await frames();
      equal(shown(), null, "never on a touch screen");
    }
  });

  it("shows at most one survey per page view, the first whose trigger fires", async () => {
    const mock = await useMockSite();
    const inline = on({ type: "pageview" }, makeSurvey({ id: "inline-one" }), { display: "inline" });
    launch(
      config(mock),
      [inline, on({ type: "event", name: "later" }), on({ type: "pageview" }, tourSurvey())],
      [],
    );
    const el = await card();
    equal(el.definition?.id, "tour", "an inline survey is never prompted");
    track("later");
    launch(config(mock), [npsSurvey()], []);
    await frames();
    equal(document.querySelectorAll("corner-survey").length, 1);
    el.close();
    await until(() => !shown());
    launch(config(mock), [npsSurvey()], []);
    await frames();
    equal(shown(), null, "not again on this page view");
  });

  it("replaces the armed triggers when launched again before anything showed", async () => {
    const mock = await useMockSite();
    launch(config(mock), [on({ type: "event", name: "a" })], []);
    launch(config(mock), [on({ type: "event", name: "b" }, tourSurvey())], []);
    track("a");
    await frames();
    equal(shown(), null, "the first list's trigger is gone");
    track("b");
    equal((await card()).definition?.id, "tour");
  });

  it("dismisses with Escape: remembered, reported, announced, removed", async () => {
    const mock = await useMockSite();
    const dismissed: string[] = [];
    document.addEventListener("corner-survey-dismiss", (e) => dismissed.push(e.detail.surveyId), {
      once: true,
    });
    launch(config(mock), [npsSurvey()], []);
    const el = await card();
    // An IME composition or an open select menu keeps its Escape.
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", isComposing: true, bubbles: true }));
    const select = host("select", (s) => s.append(new Option("One")));
    select.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }));
    await frames();
    ok(el.isConnected);
    await sendKeys({ press: "Escape" });
    await until(() => !el.isConnected);
    deepEqual(dismissed, ["nps"]);
    ok(historyOf(mock).s.nps.d > 0, "dismissed in this browser");
    await until(() => mock.db.surveyEvents.length === 2);
    deepEqual(
      mock.db.surveyEvents.map((e) => e.type),
      ["shown", "dismissed"],
    );
  });

  it("dismisses with the close button", async () => {
    const mock = await useMockSite();
    launch(config(mock), [npsSurvey()], []);
    const el = await card();
    $(el, "[part=close]")!.click();
    await until(() => !el.isConnected);
    ok(historyOf(mock).s.nps.d > 0);
    await until(() => mock.db.surveyEvents.some((e) => e.type === "dismissed"));
  });

  it("keeps the thanks after completion until closed, which is no dismissal; or it goes by itself", async () => {
    const mock = await useMockSite();
    launch(config(mock), [npsSurvey()], []);
    const el = await card();
    el.autoClose = 0;
    pick(el, 10);
    await next(el);
    await until(() => $(el, "textarea"));
    await next(el); // Skip "What do you love most?"
    await until(() => $(el, "[part=thanks]"));
    await new Promise((r) => setTimeout(r, 200));
    ok(el.isConnected, "the thanks stays");
    $(el, "[part=close]")!.click();
    await until(() => !el.isConnected);
    const local = historyOf(mock).s.nps;
    ok(local.a > 0 && local.d === undefined, "answered, not dismissed");
    await new Promise((r) => setTimeout(r, 100));
    ok(!mock.db.surveyEvents.some((e) => e.type === "dismissed"));

    resetSurveys();
    const again = await useMockSite();
    launch(config(again), [npsSurvey()], []);
    const auto = await card();
    auto.autoClose = 100;
    pick(auto, 10);
    await next(auto);
    await until(() => $(auto, "textarea"));
    await next(auto);
    await until(() => !auto.isConnected);
    ok(historyOf(again).s.nps.d === undefined);
  });

  it("holds the thanks open while focus is on it", async () => {
    const mock = await useMockSite();
    const outside = host("button", (b) => {
      b.textContent = "Outside";
    });
    launch(config(mock), [npsSurvey()], []);
    const el = await card();
    el.autoClose = 100;
    $<HTMLInputElement>(el, "[part=option] input")!.focus();
    await sendKeys({ press: "ArrowRight" });
    await sendKeys({ press: "End" });
    await sendKeys({ press: "Enter" });
    await until(() => $(el, "textarea"));
    await sendKeys({ press: "Tab" });
    await sendKeys({ press: "Tab" });
    equal(text(el.shadowRoot!.activeElement), "Skip");
    await sendKeys({ press: "Enter" });
    await until(() => el.shadowRoot!.activeElement === $(el, "[part=thanks]"));
    await new Promise((r) => setTimeout(r, 300));
    ok(el.isConnected, "focused, it stays");
    outside.focus();
    await until(() => !el.isConnected);
  });

  it("moves focus into a popover dialog and gives it back on close", async () => {
    const mock = await useMockSite();
    const button = host("button", (b) => {
      b.textContent = "Before";
    });
    button.focus();
    launch(config(mock), [{ ...npsSurvey(), display: "popover" }], []);
    const el = await card();
    equal(el.getAttribute("display"), "popover");
    const dialog = $(el, "[part=survey]")!;
    equal(dialog.getAttribute("role"), "dialog");
    equal(dialog.getAttribute("aria-modal"), "false");
    await until(() => el.shadowRoot!.activeElement === $(el, "[part=option] input"));
    await sendKeys({ press: "Escape" });
    await until(() => !el.isConnected);
    equal(document.activeElement, button, "focus is back where it was");
  });

  it("does not move the host page: what was on it stays where it was", async () => {
    const mock = await useMockSite();
    const p = host("p", (el) => {
      el.textContent = "Host paragraph";
    });
    const before = JSON.stringify(p.getBoundingClientRect());
    const height = document.documentElement.scrollHeight;
    launch(config(mock), [npsSurvey()], []);
    await card();
    await frames();
    equal(JSON.stringify(p.getBoundingClientRect()), before);
    equal(document.documentElement.scrollHeight, height);
    equal(getComputedStyle(shown()!).position, "fixed");
  });

  it("becomes a bottom sheet on a phone: at most 70 % high, scrolling inside, its close button in view", async () => {
    const mock = await useMockSite();
    await setViewport({ width: 360, height: 640 });
    try {
      const choices = Array.from({ length: 14 }, (_, i) => ({
        id: `c${i}`,
        label: `Choice number ${i + 1}`,
      }));
      const long = makeSurvey({
        id: "long",
        name: "Long",
        steps: [
          { type: "single", id: "s", question: "Pick one", required: true, skip: [], choices, other: true },
        ],
      });
      launch(config(mock), [long], []);
      const el = await card();
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      const box = el.getBoundingClientRect();
      ok(box.height <= innerHeight * 0.7 + 1, `at most 70 % of the height (${box.height} of ${innerHeight})`);
      equal(Math.round(box.bottom), innerHeight, "at the bottom");
      equal(Math.round(box.width), innerWidth, "full width");
      const body = $(el, ".body")!;
      ok(body.scrollHeight > body.clientHeight, "the questions scroll inside");
      body.scrollTop = body.scrollHeight;
      const close = $(el, "[part=close]")!.getBoundingClientRect();
      ok(close.top >= box.top && close.bottom <= innerHeight, "the close button is in view");
      ok(
        Math.round(close.width) >= 44 && Math.round(close.height) >= 44,
        `and easy to hit (${close.width}×${close.height})`,
      );
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("slides in at the bottom left on a right-to-left page", async () => {
    const mock = await useMockSite();
    document.documentElement.dir = "rtl";
    try {
      launch(config(mock), [npsSurvey()], []);
      const el = await card();
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      const box = el.getBoundingClientRect();
      equal(Math.round(box.left), 16);
      equal(Math.round(box.bottom), innerHeight - 16);
    } finally {
      document.documentElement.dir = "";
    }
  });

  it("animates only when the reader has no preference against motion", async () => {
    const mock = await useMockSite();
    launch(config(mock), [npsSurvey()], []);
    ok((await card()).shadowRoot!.getAnimations().length > 0, "slides in");
    resetSurveys();
    await emulateMedia({ reducedMotion: "reduce" });
    try {
      launch(config(mock), [npsSurvey()], []);
      equal((await card()).shadowRoot!.getAnimations().length, 0, "appears without motion");
    } finally {
      await emulateMedia({ reducedMotion: "no-preference" });
    }
  });

  for (const theme of ["light", "dark"] as const) {
    it(`passes axe as a slide-in in the ${theme} theme`, async () => {
      const mock = await useMockSite();
      launch(config(mock), [tourSurvey()], []);
      const el = await card();
      el.theme = theme;
      await el.updateComplete;
      // Contrast is checked on the card as it rests, not halfway through its fade-in.
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      await expectNoAxeViolations(el);
    });
  }
});
