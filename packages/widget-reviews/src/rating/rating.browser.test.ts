import {
  $,
  describe,
  equal,
  expectNoAxeViolations,
  it,
  mount,
  until,
  useMockSite,
} from "@corner/test-utils/browser";
import "../define.ts";
import { CornerRating } from "./rating.component.ts";

describe("<corner-rating>", () => {
  it("is named by its average and count and links to the reviews", async () => {
    const mock = await useMockSite();
    const el = mount("corner-rating", { ...mock.attrs, subject: "trail-runner-2" });
    const link = await until(() => $(el, "a[part=base]:not([aria-busy])"));
    equal(link.getAttribute("aria-label"), "3.8 out of 5, 12 reviews");
    equal(link.getAttribute("href"), "#corner-reviews");
  });

  it("says so when a subject has no reviews yet", async () => {
    const mock = await useMockSite();
    const el = mount("corner-rating", { ...mock.attrs, subject: "wool-beanie" });
    const link = await until(() => $(el, "a[part=base]:not([aria-busy])"));
    equal(link.getAttribute("aria-label"), "No reviews yet");
  });

  it("speaks the page's language", async () => {
    const mock = await useMockSite();
    const wrapper = mount("div", {});
    wrapper.setAttribute("lang", "de");
    const el = mount("corner-rating", { ...mock.attrs, subject: "trail-runner-2" }, wrapper);
    await until(() => $(el, "a[part=base]")?.getAttribute("aria-label") === "3,8 von 5, 12 Bewertungen");
  });

  it("shares one request with a <corner-reviews> of the same subject", async () => {
    const mock = await useMockSite();
    const rating = mount("corner-rating", { ...mock.attrs, subject: "trail-runner-2" });
    const reviews = mount("corner-reviews", { ...mock.attrs, subject: "trail-runner-2", id: "reviews" });
    await until(() => $(reviews, "[part=list]") && $(rating, "a[part=base]:not([aria-busy])"));
    equal(mock.db.log.filter((r) => r.url.pathname.endsWith("/reviews")).length, 1);
    equal($(rating, "a")!.getAttribute("href"), "#reviews");
  });

  it("keeps properties set before the element upgraded", async () => {
    const mock = await useMockSite();
    const el = document.createElement("corner-rating-late") as HTMLElement & Record<string, unknown>;
    Object.assign(el, { ...mock.attrs, subject: "trail-runner-2" });
    document.body.append(el);
    customElements.define("corner-rating-late", class extends CornerRating {});
    const link = await until(() => $(el, "a[part=base]:not([aria-busy])"));
    equal(link.getAttribute("aria-label"), "3.8 out of 5, 12 reviews");
    el.remove();
  });

  it("has no axe violations", async () => {
    const mock = await useMockSite();
    const el = mount("corner-rating", { ...mock.attrs, subject: "trail-runner-2" });
    await until(() => $(el, "a[part=base]:not([aria-busy])"));
    await expectNoAxeViolations(el);
  });
});
