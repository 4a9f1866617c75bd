import { surveyDraftKey } from "@corner/state";
import {
  $,
  $$,
  deepEqual,
  describe,
  equal,
  expectNoAxeViolations,
  includes,
  it,
  type MockSite,
  mount,
  ok,
  text,
  unmountAll,
  until,
  useMockSite,
} from "@corner/test-utils/browser";
import { makeSurvey, problem } from "@corner/test-utils/msw";
import { sendKeys } from "@web/test-runner-commands";
import { HttpResponse, http } from "msw";
import "../define.ts";

const show = (mock: MockSite, survey = "nps", props: Record<string, unknown> = {}) =>
  mount("corner-survey", { ...mock.attrs, survey, ...props });
const ready = (el: Element) =>
  until(() => $(el, "form.step") ?? $(el, "[part=notice]") ?? $(el, "[part=thanks]"));
const options = (el: Element) => $$<HTMLInputElement>(el, "[part=option] input, [part=choice] input");
const names = (el: Element) => $$(el, "[part=option], [part=choice]").map((l) => text(l));
const option = (el: Element, value: string | number) => options(el).find((i) => i.value === String(value))!;
const pick = (el: Element, value: string | number) => option(el, value).click();
/** Presses Next/Skip/Send once it is enabled (a pick renders on the next frame). */
const next = async (el: Element) => {
  const button = await until(() => {
    const b = $<HTMLButtonElement>(el, "[part=next]");
    return b && !b.disabled && b;
  });
  button.click();
};
const legend = (el: Element) => text($(el, "[part=legend]"));
const typeIn = (el: Element, selector: string, value: string) => {
  const field = $<HTMLTextAreaElement | HTMLInputElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event("input"));
};
const atStep = (el: Element, question: string) => until(() => legend(el).startsWith(question) && el);
const historyOf = (mock: MockSite) => JSON.parse(localStorage.getItem(`corner:surveys:${mock.site}`) ?? "{}");

describe("<corner-survey>", () => {
  it("shows an NPS question as a radio group with named ends, progress, and Next enabled once answered", async () => {
    const mock = await useMockSite();
    const el = show(mock);
    await ready(el);
    equal(legend(el), "How likely are you to recommend Corner Outfitters to a friend?");
    equal(
      $(el, "fieldset [part=scale]")?.closest("fieldset")?.querySelector("legend")?.textContent?.trim(),
      legend(el),
    );
    equal(options(el).length, 11);
    ok(options(el).every((i) => i.type === "radio" && i.name === "score"));
    const all = names(el);
    equal(all[0], "0 — Not likely");
    equal(all[5], "5");
    equal(all[10], "10 — Very likely");
    deepEqual($$(el, "[part=ends] span").map(text), ["Not likely", "Very likely"]);
    equal(text($(el, "[part=progress]")), "Question 1 of 2");
    equal($(el, "[part=back]"), null, "nothing to go back to");
    const button = $<HTMLButtonElement>(el, "[part=next]")!;
    equal(text(button), "Next");
    equal(button.disabled, true, "a required question must be answered first");
    pick(el, 7);
    await until(() => !button.disabled);
    equal(option(el, 7).checked, true);
  });

  it("is operable with the keyboard: Tab to the scale, arrows change the value, Enter moves on", async () => {
    const mock = await useMockSite();
    const el = show(mock);
    await ready(el);
    await sendKeys({ press: "Tab" });
    equal(el.shadowRoot!.activeElement, option(el, 0), "Tab lands on the scale");
    await sendKeys({ press: "ArrowRight" });
    await sendKeys({ press: "ArrowRight" });
    await sendKeys({ press: "ArrowRight" });
    equal(el.shadowRoot!.activeElement, option(el, 3));
    equal(option(el, 3).checked, true, "the arrows pick the value");
    await sendKeys({ press: "Enter" });
    await atStep(el, "What should we fix first?");
    equal(el.shadowRoot!.activeElement, $(el, "textarea"), "focus follows to the next question");
    equal(mock.db.surveyWrites.length, 1);
  });

  it("follows skip logic: a detractor is asked what to fix, a promoter what they love", async () => {
    const mock = await useMockSite();
    const low = show(mock);
    await ready(low);
    pick(low, 3);
    await next(low);
    await atStep(low, "What should we fix first?");
    equal(text($(low, "[part=progress]")), "Question 2 of 2");
    unmountAll();
    localStorage.removeItem(surveyDraftKey(mock.site, "nps"));
    const other = await useMockSite();
    const high = show(other);
    await ready(high);
    pick(high, 10);
    await next(high);
    await atStep(high, "What do you love most?");
    includes(legend(high), "(Optional)");
    equal(text($(high, "[part=next]")), "Skip", "an optional step can be skipped");
  });

  it("writes the answers after every step, continues the response, completes on the last and thanks", async () => {
    const mock = await useMockSite();
    const el = show(mock);
    const events: CustomEvent[] = [];
    el.addEventListener("corner-survey-response", (e) => events.push(e));
    await ready(el);
    pick(el, 3);
    await next(el);
    await atStep(el, "What should we fix first?");
    equal(text($(el, "[part=next]")), "Skip");
    typeIn(el, "textarea", "Faster delivery");
    await until(() => text($(el, "[part=next]")) === "Send");
    await next(el);
    const thanks = await until(() => $(el, "[part=thanks]"));
    includes(text(thanks), "Thank you! Your answer helps us improve.");
    const link = $<HTMLAnchorElement>(el, "[part=thanks-link]")!;
    equal(link.href, "https://example.com/roadmap");
    equal(link.target, "_blank");
    equal(link.rel, "noopener");
    const [first, second] = mock.db.surveyWrites;
    deepEqual(first!.answers, [{ stepId: "score", value: 3 }]);
    equal(first!.complete, false);
    equal(first!.responseId, undefined);
    deepEqual(first!.context, {
      url: location.pathname + location.search,
      language: document.documentElement.lang || navigator.language,
      device: "desktop",
    });
    const stored = [...mock.db.surveyResponses.values()];
    equal(stored.length, 1, "one response, continued");
    equal(second!.responseId, stored[0]!.id);
    equal(second!.key, stored[0]!.key);
    equal(second!.context, undefined, "the context goes with the first call only");
    deepEqual(second!.answers, [
      { stepId: "score", value: 3 },
      { stepId: "fix", value: "Faster delivery" },
    ]);
    equal(second!.complete, true);
    equal(stored[0]!.complete, true);
    deepEqual(
      events.map((e) => [e.detail.surveyId, e.detail.responseId, e.detail.complete, e.detail.answers.length]),
      [
        ["nps", stored[0]!.id, false, 1],
        ["nps", stored[0]!.id, true, 2],
      ],
    );
    ok(events.every((e) => e.bubbles && e.composed));
    equal(localStorage.getItem(surveyDraftKey(mock.site, "nps")), null, "the draft goes once complete");
    ok(historyOf(mock).s.nps.a > 0, "remembered as answered in this browser");
  });

  it("keeps the answer when sending fails, and Retry sends it", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.post(`${mock.base}/surveys/:id/responses`, () => HttpResponse.error(), { once: true }),
    );
    const el = show(mock);
    await ready(el);
    pick(el, 9);
    await next(el);
    const alert = await until(() => $(el, ".step [part=error]"));
    equal(alert.getAttribute("role"), "alert");
    includes(text(alert), "couldn’t be sent");
    equal(option(el, 9).checked, true, "the answer is still picked");
    equal(legend(el), "How likely are you to recommend Corner Outfitters to a friend?");
    alert.querySelector("button")!.click();
    await atStep(el, "What do you love most?");
    equal($(el, "[part=error]"), null);
    deepEqual(mock.db.surveyWrites.at(-1)!.answers, [{ stepId: "score", value: 9 }]);
  });

  it("says why the server refused an answer, without a Retry that would fail again", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.post(
        `${mock.base}/surveys/:id/responses`,
        () =>
          problem(422, "Validation failed", "No.", [
            { path: "body.answers.0.value", message: "must be a whole number from 0 to 10" },
          ]),
        { once: true },
      ),
    );
    const el = show(mock);
    await ready(el);
    pick(el, 4);
    await next(el);
    const alert = await until(() => $(el, ".step [part=error]"));
    includes(text(alert), "must be a whole number from 0 to 10");
    equal(alert.querySelector("button"), null);
    pick(el, 5);
    await until(() => !$(el, ".step [part=error]"));
  });

  it("resumes from the draft after a reload: the step, the text being typed, the response to continue", async () => {
    const mock = await useMockSite();
    const first = show(mock);
    await ready(first);
    pick(first, 2);
    await next(first);
    await atStep(first, "What should we fix first?");
    typeIn(first, "textarea", "The sizes run");
    unmountAll();
    const el = show(mock);
    await atStep(el, "What should we fix first?");
    equal($<HTMLTextAreaElement>(el, "textarea")!.value, "The sizes run");
    equal(text($(el, "[part=progress]")), "Question 2 of 2");
    $(el, "[part=back]")!.click();
    await atStep(el, "How likely");
    equal(option(el, 2).checked, true, "Back shows the earlier answer");
    await next(el);
    await atStep(el, "What should we fix first?");
    typeIn(el, "textarea", "The sizes run small");
    await next(el);
    await until(() => $(el, "[part=thanks]"));
    equal(mock.db.surveyResponses.size, 1, "the same response all along");
    deepEqual([...mock.db.surveyResponses.values()][0]!.answers, [
      { stepId: "score", value: 2 },
      { stepId: "fix", value: "The sizes run small" },
    ]);
  });

  it("says thanks instead of asking again once this browser answered the survey", async () => {
    const mock = await useMockSite();
    localStorage.setItem(`corner:surveys:${mock.site}`, JSON.stringify({ s: { nps: { a: Date.now() } } }));
    const el = show(mock);
    const thanks = await until(() => $(el, "[part=thanks]"));
    equal(text(thanks), "Thanks — you already answered this survey.");
    equal($(el, "form"), null);
  });

  it("says quietly that a missing survey is not available", async () => {
    const mock = await useMockSite();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = show(mock, "gone");
      await until(() => $(el, "[part=notice]"));
      equal(text($(el, "[part=notice]")), "This survey is not available.");
      equal($(el, "[role=alert]"), null);
      equal(errors.length, 0, "nothing logged");
    } finally {
      console.error = original;
    }
  });

  it("shows a load error with a Retry that loads the survey", async () => {
    const mock = await useMockSite();
    mock.worker.use(
      http.get(`${mock.base}/surveys/:id`, () => problem(403, "Forbidden", "Not from here."), { once: true }),
    );
    const el = show(mock);
    const alert = await until(() => $(el, "[part=error]"));
    includes(text(alert), "couldn’t load the survey");
    alert.querySelector("button")!.click();
    await ready(el);
    ok(legend(el).startsWith("How likely"));
  });

  it("renders a definition it is given without asking the server for it", async () => {
    const mock = await useMockSite();
    const events: string[] = [];
    document.addEventListener("corner-survey-show", (e) => events.push(e.detail.surveyId), { once: true });
    const el = mount("corner-survey", { ...mock.attrs, definition: mock.db.surveys.get("tour") });
    await ready(el);
    equal(legend(el), "How satisfied are you with your order?");
    equal(mock.db.log.filter((r) => r.method === "GET").length, 0);
    deepEqual(events, ["tour"]);
  });

  it("speaks the page's language", async () => {
    const mock = await useMockSite();
    const box = document.createElement("div");
    box.lang = "de";
    document.body.append(box);
    try {
      const el = mount("corner-survey", { ...mock.attrs, survey: "nps" }, box);
      await until(() => text($(el, "[part=progress]")) === "Frage 1 von 2");
      equal(text($(el, "[part=next]")), "Weiter");
      equal(names(el)[10], "10 — Sehr wahrscheinlich");
    } finally {
      box.remove();
    }
  });

  for (const theme of ["light", "dark"]) {
    it(`passes axe in the ${theme} theme, on a scale and on a choice step`, async () => {
      const mock = await useMockSite();
      const el = show(mock, "tour", { theme });
      await ready(el);
      await expectNoAxeViolations(el);
      pick(el, 4);
      await next(el);
      await atStep(el, "How easy was checking out?");
      pick(el, 7);
      await next(el);
      await atStep(el, "Rate our delivery");
      pick(el, 2);
      await next(el);
      await atStep(el, "How did you find us?");
      pick(el, "other");
      await until(() => $(el, "[part=other]"));
      await expectNoAxeViolations(el);
    });
  }

  it("renders every kind of step and sends each answer in the API's shape", async () => {
    const mock = await useMockSite();
    const el = show(mock, "tour");
    await ready(el);
    deepEqual(names(el), [
      "Very dissatisfied",
      "Dissatisfied",
      "Neither satisfied nor dissatisfied",
      "Satisfied",
      "Very satisfied",
    ]);
    equal($$(el, "[part=option] svg").length, 5, "faces");
    equal($(el, "[part=ends]"), null, "faces are named, no words under the ends");
    equal(text($(el, "[part=progress]")), "Question 1 of 6");
    pick(el, 4);
    await next(el);

    await atStep(el, "How easy was checking out?");
    deepEqual([names(el)[0], names(el)[6]], ["1 — Very difficult", "7 — Very easy"]);
    equal($(el, "[part=back]")!.textContent?.trim(), "Back");
    pick(el, 6);
    await next(el);

    await atStep(el, "Rate our delivery");
    deepEqual(names(el), ["1 — Poor", "2", "3", "4", "5 — Excellent"], "the step's own end labels");
    pick(el, 5);
    await next(el);

    await atStep(el, "How did you find us?");
    deepEqual(names(el), ["Search engine", "A friend", "Other"]);
    ok(options(el).every((i) => i.type === "radio"));
    pick(el, "other");
    const other = await until(() => $<HTMLInputElement>(el, "[part=other]"));
    await until(() => el.shadowRoot!.activeElement === other);
    equal(other.getAttribute("aria-label"), "Your other answer");
    equal($<HTMLButtonElement>(el, "[part=next]")!.disabled, true, "Other needs its text");
    typeIn(el, "[part=other]", "A podcast");
    await next(el);

    await atStep(el, "What did you buy?");
    ok(options(el).every((i) => i.type === "checkbox"));
    pick(el, "shoes");
    pick(el, "socks");
    pick(el, "other");
    await until(() => $(el, "[part=other]"));
    typeIn(el, "[part=other]", "Gloves");
    await next(el);

    await atStep(el, "Anything else?");
    equal(text($(el, "[part=progress]")), "Question 6 of 6");
    const area = $<HTMLTextAreaElement>(el, "[part=text]")!;
    equal(area.placeholder, "Tell us");
    equal(text($(el, "#count")), "0 / 2,000");
    typeIn(el, "[part=text]", "x".repeat(2001));
    await until(() => $(el, "#count.over"));
    equal($(el, "#count")!.getAttribute("aria-label"), "2,001 of 2,000 characters used");
    equal(area.getAttribute("aria-invalid"), "true");
    equal(
      $<HTMLButtonElement>(el, "[part=next]")!.disabled,
      true,
      "too long to send, and not skipped silently",
    );
    typeIn(el, "[part=text]", "Great shop");
    await until(() => text($(el, "[part=next]")) === "Send");
    await next(el);

    const thanks = await until(() => $(el, "[part=thanks]"));
    equal(text(thanks), "Thanks for your time!");
    equal($(el, "[part=thanks-link]"), null);
    equal(mock.db.surveyWrites.length, 6, "one write per step");
    deepEqual(mock.db.surveyWrites.at(-1)!.answers, [
      { stepId: "csat", value: 4 },
      { stepId: "ces", value: 6 },
      { stepId: "rating", value: 5 },
      { stepId: "found", value: { other: "A podcast" } },
      { stepId: "bought", value: ["shoes", "socks", { other: "Gloves" }] },
      { stepId: "else", value: "Great shop" },
    ]);
    equal(mock.db.surveyWrites.at(-1)!.complete, true);
  });

  it("skips an optional step without writing, and completes with the answers before it", async () => {
    const mock = await useMockSite();
    const el = show(mock);
    await ready(el);
    pick(el, 10);
    await next(el);
    await atStep(el, "What do you love most?");
    equal(text($(el, "[part=next]")), "Skip");
    await next(el);
    await until(() => $(el, "[part=thanks]"));
    equal(mock.db.surveyWrites.length, 2);
    deepEqual(mock.db.surveyWrites[1]!.answers, [{ stepId: "score", value: 10 }]);
    equal(mock.db.surveyWrites[1]!.complete, true);
  });

  it("offers CSAT as stars with named values", async () => {
    const mock = await useMockSite();
    mock.db.surveys.set(
      "stars",
      makeSurvey({
        id: "stars",
        steps: [
          { type: "csat", id: "c", question: "Rate us", required: true, skip: [], style: "stars" },
          { type: "thanks", id: "t", question: "Thanks!" },
        ],
      }),
    );
    const el = show(mock, "stars");
    await ready(el);
    deepEqual(names(el), [
      "1 star — Very dissatisfied",
      "2 stars",
      "3 stars",
      "4 stars",
      "5 stars — Very satisfied",
    ]);
    pick(el, 4);
    await until(() => $$(el, "[part=option].on").length === 4);
    equal(text($(el, "[part=next]")), "Send");
  });
});
