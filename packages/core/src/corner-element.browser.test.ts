import { sessionStore } from "@corner/state";
import { afterEach, describe, equal, it, mount, until, useMockSite } from "@corner/test-utils/browser";
import { CornerElement } from "./corner-element.ts";
import { emit } from "./emit.ts";
import "./provider/provider.ts";
import { login, logout } from "./runtime.ts";

class ConfigProbe extends CornerElement {}
customElements.define("corner-config-probe", ConfigProbe);
declare global {
  interface HTMLElementTagNameMap {
    "corner-config-probe": ConfigProbe;
  }
}

afterEach(() => {
  delete window.Corner;
});

describe("CornerElement", () => {
  it("takes site and api from its attributes first, then <corner-provider>, then window.Corner", async () => {
    window.Corner = { config: { site: "global", api: "https://global.test" } };
    const alone = mount("corner-config-probe");
    equal(alone.config?.site, "global");

    const provider = mount("corner-provider");
    provider.setAttribute("site", "provided");
    provider.setAttribute("api", "https://provided.test/");
    await provider.updateComplete;
    const inside = mount("corner-config-probe", {}, provider);
    await inside.updateComplete;
    equal(inside.config?.site, "provided");
    equal(inside.config?.api, "https://provided.test");

    inside.site = "own";
    equal(inside.config?.site, "own");
  });

  it("follows its provider's changes, and falls back to window.Corner once moved out of it", async () => {
    window.Corner = { config: { site: "global", api: "https://global.test" } };
    const provider = mount("corner-provider", { site: "first", api: "https://provided.test" });
    const inside = mount("corner-config-probe", {}, provider);
    await provider.updateComplete;
    equal(inside.config?.site, "first");

    provider.setAttribute("site", "second");
    await provider.updateComplete;
    equal(inside.config?.site, "second");

    document.body.append(inside);
    equal(inside.config?.site, "global");
    provider.setAttribute("site", "third");
    await provider.updateComplete;
    equal(inside.config?.site, "global");
  });

  it("reflects its theme so the dark and auto presets apply", async () => {
    const el = mount("corner-config-probe");
    await el.updateComplete;
    equal(el.getAttribute("theme"), "light");
    el.theme = "dark";
    await el.updateComplete;
    equal(el.getAttribute("theme"), "dark");
  });

  it("emits events that leave shadow roots", () => {
    const el = mount("div");
    let seen: unknown = null;
    document.addEventListener("corner-test", (e) => (seen = (e as CustomEvent).detail), { once: true });
    const root = el.attachShadow({ mode: "open" });
    const inner = document.createElement("span");
    root.append(inner);
    emit<{ "corner-test": number }, "corner-test">(inner, "corner-test", 42);
    equal(seen, 42);
  });
});

describe("runtime", () => {
  it("signs in, tells the page with corner-login, and signs out with corner-logout", async () => {
    const mock = await useMockSite();
    const events: string[] = [];
    const record = (e: Event) => events.push(`${e.type}:${(e as CustomEvent).detail.site}`);
    document.addEventListener("corner-login", record);
    document.addEventListener("corner-logout", record);
    const user = await login(mock.attrs, { guest: { name: "Ada" } });
    equal(user.name, "Ada");
    equal(sessionStore(mock.site).get()?.user.name, "Ada");
    equal(JSON.parse(localStorage.getItem(`corner:session:${mock.site}`)!).user.name, "Ada");
    await logout(mock.attrs);
    await until(() => events.length === 2);
    equal(events.join(" "), `corner-login:${mock.site} corner-logout:${mock.site}`);
    equal(localStorage.getItem(`corner:session:${mock.site}`), null);
    document.removeEventListener("corner-login", record);
    document.removeEventListener("corner-logout", record);
  });
});
