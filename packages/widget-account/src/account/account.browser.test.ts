import type { LoginRequiredDetail } from "@corner/core";
import { sessionKey, setSession } from "@corner/state";
import {
  $,
  describe,
  equal,
  expectNoAxeViolations,
  it,
  type MockSite,
  mount,
  ok,
  text,
  until,
  useMockSite,
} from "@corner/test-utils/browser";
import { sendKeys } from "@web/test-runner-commands";
import { delay, HttpResponse, http } from "msw";
import "../define.ts";
import type { CornerAccount } from "./account.component.ts";

const panelOf = (el: Element) => $(el, "corner-account-panel");
const shadowFocus = (el: Element) => el.shadowRoot!.activeElement;
const signInButton = (el: Element) => $<HTMLButtonElement>(el, "[part=sign-in-button]");
const signedOut = (el: Element) => until(() => signInButton(el));
const signedIn = (el: Element) => until(() => $<HTMLButtonElement>(el, "[part=sign-out-button]"));

/** Opens the choices with a click and waits for them (and the site's name) to show. */
async function openChoices(el: CornerAccount) {
  (await signedOut(el)).click();
  const panel = await until(() => panelOf(el));
  await until(() => text($(panel, "[part=sso-button]")) === "Sign in with Corner Outfitters");
  return panel;
}

/** Holds the challenge (so the busy state can be seen) until `release` is called. */
function holdChallenge(mock: MockSite) {
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  mock.worker.use(
    // Returning nothing passes the request on to the mock's own challenge handler.
    http.get(`${mock.base}/session/challenge`, async () => {
      await held;
    }),
  );
  return () => release();
}

/** Answers the sign-out endpoint and records its calls (the mock API does not know it). */
function acceptSignOut(mock: MockSite) {
  const calls: (string | null)[] = [];
  mock.worker.use(
    http.delete(`${mock.base}/session`, ({ request }) => {
      calls.push(request.headers.get("authorization"));
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return calls;
}

async function typeGuestName(panel: Element, name: string) {
  const input = await until(() => $<HTMLInputElement>(panel, "#guest-name"));
  input.focus();
  await sendKeys({ type: name });
  return input;
}

describe("<corner-account>", () => {
  it("signed out, shows only a collapsed Sign in button", async () => {
    const mock = await useMockSite();
    const el = mount("corner-account", mock.attrs);
    const button = await signedOut(el);
    equal(text(button), "Sign in");
    equal(button.getAttribute("aria-expanded"), "false");
    equal(panelOf(el), null);
    equal($(el, "[part=name]"), null);
  });

  it("opens the choices on click, and Sign in with the site asks the host page", async () => {
    const mock = await useMockSite();
    const el = mount("corner-account", mock.attrs);
    const asked: LoginRequiredDetail[] = [];
    const listener = (e: CustomEvent<LoginRequiredDetail>) => asked.push(e.detail);
    document.addEventListener("corner-login-required", listener);
    try {
      const panel = await openChoices(el);
      equal(signInButton(el)!.getAttribute("aria-expanded"), "true");
      equal(signInButton(el)!.getAttribute("aria-controls"), panel.id);
      ok($(panel, "#guest-name"), "the site allows guests: a name field");
      $<HTMLButtonElement>(panel, "[part=sso-button]")!.click();
      equal(asked.length, 1);
      equal(asked[0]!.reason, "account");
      equal(asked[0]!.site, mock.site);
    } finally {
      document.removeEventListener("corner-login-required", listener);
    }
  });

  it("offers no guest choice where the site does not allow guests", async () => {
    const mock = await useMockSite();
    mock.db.allowGuests = false;
    const el = mount("corner-account", mock.attrs);
    const panel = await openChoices(el);
    equal($(panel, "#guest-name"), null);
    equal($(panel, "[part=guest-form]"), null);
  });

  it("signs a guest in: busy while proving it is not a robot, then shows the name", async () => {
    const mock = await useMockSite();
    const release = holdChallenge(mock);
    const logins: { site: string; user: { name: string } }[] = [];
    const listener = (e: CustomEvent<{ site: string; user: { name: string } }>) => logins.push(e.detail);
    document.addEventListener("corner-login", listener);
    try {
      const el = mount("corner-account", mock.attrs);
      const panel = await openChoices(el);
      await typeGuestName(panel, "Nadia");
      $<HTMLButtonElement>(panel, "[part=guest-button]")!.click();
      const form = $(panel, "[part=guest-form]")!;
      await until(() => form.getAttribute("aria-busy") === "true");
      equal(text($(panel, "[part=status]")), "Checking you are not a robot…");
      equal($<HTMLButtonElement>(panel, "[part=guest-button]")!.disabled, true);
      equal(panel.shadowRoot!.activeElement, $(panel, "[part=cancel-button]"), "focus on Cancel");
      release();
      await signedIn(el);
      equal(text($(el, "[part=name]")), "Nadia");
      equal(text($(el, "[part=avatar]")), "N");
      equal(panelOf(el), null);
      equal(shadowFocus(el), $(el, "[part=sign-out-button]"), "focus moves to Sign out");
      equal(logins.length, 1);
      equal(logins[0]!.user.name, "Nadia");
      const posted = mock.db.log.filter((r) => r.method === "POST" && r.url.pathname.endsWith("/session"));
      equal(posted.length, 1);
      ok(localStorage.getItem(sessionKey(mock.site))?.includes("Nadia"), "the session is kept");
    } finally {
      document.removeEventListener("corner-login", listener);
    }
  });

  it("asks for a name before signing a guest in", async () => {
    const mock = await useMockSite();
    const el = mount("corner-account", mock.attrs);
    const panel = await openChoices(el);
    await until(() => $(panel, "[part=guest-button]"));
    $<HTMLButtonElement>(panel, "[part=guest-button]")!.click();
    const error = await until(() => $(panel, "#guest-error"));
    equal(text(error), "Enter the name to show with what you write.");
    equal($(panel, "#guest-name")!.getAttribute("aria-invalid"), "true");
    equal(panel.shadowRoot!.activeElement, $(panel, "#guest-name"));
    equal(mock.db.log.filter((r) => r.url.pathname.endsWith("/challenge")).length, 0);
  });

  it("Escape while the guest sign-in is under way stops it; a second Escape closes the choices", async () => {
    const mock = await useMockSite();
    holdChallenge(mock); // never released
    const el = mount("corner-account", mock.attrs);
    const panel = await openChoices(el);
    await typeGuestName(panel, "Nadia");
    await sendKeys({ press: "Enter" });
    await until(() => $(panel, "[part=guest-form]")!.getAttribute("aria-busy") === "true");
    const challenge = mock.requests.find((r) => r.url.endsWith("/session/challenge"));
    ok(challenge?.signal, "the challenge request carries a signal");
    await sendKeys({ press: "Escape" });
    await until(() => $(panel, "[part=guest-form]")!.getAttribute("aria-busy") === "false");
    ok(challenge.signal.aborted, "the challenge request was aborted");
    equal(text($(panel, "[part=status]")), "Sign-in cancelled.");
    equal(panel.shadowRoot!.activeElement, $(panel, "#guest-name"), "focus back on the name");
    equal(panelOf(el), panel, "the choices stay open");
    await delay(50);
    equal(el.user, null, "nobody signed in");
    await sendKeys({ press: "Escape" });
    await until(() => !panelOf(el));
    equal(shadowFocus(el), signInButton(el));
    equal(signInButton(el)!.getAttribute("aria-expanded"), "false");
  });

  it("shows a stored session: the picture, name, Staff badge and Sign out", async () => {
    const mock = await useMockSite();
    const avatar = `${location.origin}/avatar.png`.replace(/^http:/, "https:");
    setSession(mock.site, mock.signIn("Ada Lovelace", { kind: "sso", staff: true, avatar }));
    const el = mount("corner-account", mock.attrs);
    await signedIn(el);
    const img = $<HTMLImageElement>(el, "img[part=avatar]")!;
    equal(img.getAttribute("src"), avatar);
    equal(img.getAttribute("alt"), "");
    equal(text($(el, "[part=name]")), "Ada Lovelace");
    equal(text($(el, "[part=badge]")), "Staff");
    equal(text($(el, "[part=sign-out-button]")), "Sign out");
    equal(signInButton(el), null);
  });

  it("shows the initial for a member without a picture, or with a picture that is not https", async () => {
    const mock = await useMockSite();
    setSession(mock.site, mock.signIn("émile", { kind: "sso", avatar: "javascript:alert(1)" }));
    const el = mount("corner-account", mock.attrs);
    await signedIn(el);
    equal($(el, "img"), null);
    equal(text($(el, "[part=avatar]")), "É");
    equal($(el, "[part=badge]"), null, "no Staff badge for a customer");
  });

  it("signs out on the server and shows Sign in again", async () => {
    const mock = await useMockSite();
    const calls = acceptSignOut(mock);
    const session = mock.signIn("Ada");
    setSession(mock.site, session);
    const logouts: string[] = [];
    const listener = (e: CustomEvent<{ site: string }>) => logouts.push(e.detail.site);
    document.addEventListener("corner-logout", listener);
    try {
      const el = mount("corner-account", mock.attrs);
      const out = await signedIn(el);
      out.focus();
      out.click();
      await signedOut(el);
      equal(calls.length, 1);
      equal(calls[0], `Bearer ${session.token}`);
      equal(localStorage.getItem(sessionKey(mock.site)), null, "the session is forgotten");
      equal(logouts.join(), mock.site);
      equal(shadowFocus(el), signInButton(el), "focus moves to Sign in");
    } finally {
      document.removeEventListener("corner-logout", listener);
    }
  });

  it("follows sign-in and sign-out elsewhere (another widget, Corner.login) without reload", async () => {
    const mock = await useMockSite();
    const el = mount("corner-account", mock.attrs);
    await signedOut(el);
    setSession(mock.site, mock.signIn("Grace"));
    await until(() => text($(el, "[part=name]")) === "Grace");
    setSession(mock.site, null);
    await signedOut(el);
    // Another site's session is not ours.
    setSession(`${mock.site}-other`, mock.signIn("Linus"));
    await delay(20);
    equal($(el, "[part=name]"), null);
  });

  it("closes an open panel when someone signs in elsewhere", async () => {
    const mock = await useMockSite();
    const el = mount("corner-account", mock.attrs);
    await openChoices(el);
    setSession(mock.site, mock.signIn("Grace"));
    await signedIn(el);
    equal(panelOf(el), null);
  });

  it("is usable by keyboard alone", async () => {
    const mock = await useMockSite();
    const el = mount("corner-account", mock.attrs);
    const button = await signedOut(el);
    button.focus();
    await sendKeys({ press: "Enter" });
    const panel = await until(() => panelOf(el));
    await until(() => panel.shadowRoot?.activeElement === $(panel, "[part=sso-button]"));
    await sendKeys({ press: "Escape" });
    await until(() => !panelOf(el));
    equal(shadowFocus(el), button);
    await sendKeys({ press: " " });
    const again = await until(() => panelOf(el));
    await until(() => $(again, "#guest-name"));
    await sendKeys({ press: "Tab" });
    equal(again.shadowRoot!.activeElement, $(again, "#guest-name"));
    await sendKeys({ type: "Kay" });
    await sendKeys({ press: "Enter" });
    await signedIn(el);
    equal(text($(el, "[part=name]")), "Kay");
    equal(shadowFocus(el), $(el, "[part=sign-out-button]"));
  });

  it("renders a hostile name as text", async () => {
    const mock = await useMockSite();
    const payload = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    setSession(mock.site, mock.signIn(payload));
    const el = mount("corner-account", mock.attrs);
    await signedIn(el);
    equal($(el, "[part=name]")!.textContent, payload);
    equal(el.shadowRoot!.querySelector("img, b"), null);
    equal((window as { __pwned?: number }).__pwned, undefined);
  });

  for (const [lang, signIn, withSite, guest, signOut] of [
    ["de", "Anmelden", "Mit Corner Outfitters anmelden", "Als Gast fortfahren", "Abmelden"],
    ["fr", "Se connecter", "Se connecter avec Corner Outfitters", "Continuer en invité", "Se déconnecter"],
    [
      "es",
      "Iniciar sesión",
      "Iniciar sesión con Corner Outfitters",
      "Continuar como invitado",
      "Cerrar sesión",
    ],
  ] as const) {
    it(`speaks the page's language (${lang})`, async () => {
      const mock = await useMockSite();
      const wrapper = mount("div", {});
      wrapper.setAttribute("lang", lang);
      const el = mount("corner-account", mock.attrs, wrapper);
      await until(() => text(signInButton(el)) === signIn);
      signInButton(el)!.click();
      const panel = await until(() => panelOf(el));
      await until(() => text($(panel, "[part=sso-button]")) === withSite);
      await until(() => text($(panel, "[part=guest-button]")) === guest);
      setSession(mock.site, mock.signIn("Ada"));
      await until(() => text($(el, "[part=sign-out-button]")) === signOut);
    });
  }

  for (const theme of ["light", "dark"] as const) {
    it(`has no axe violations in the ${theme} theme, signed out with the choices open and signed in`, async () => {
      const mock = await useMockSite();
      document.body.style.background = theme === "dark" ? "#15181d" : "#ffffff";
      try {
        const el = mount("corner-account", { ...mock.attrs, theme });
        await signedOut(el);
        await expectNoAxeViolations(el);
        const panel = await openChoices(el);
        await until(() => $(panel, "#guest-name"));
        await expectNoAxeViolations(el);
        setSession(mock.site, mock.signIn("Ada", { staff: true }));
        await signedIn(el);
        await expectNoAxeViolations(el);
      } finally {
        document.body.style.background = "";
      }
    });
  }
});
