// The demo shop's own page script (a plain file: the pages allow no inline script). It passes the
// shop's theme and language to the Corner widgets and offers "Sign in as Alice" through the shop's
// backend, the way a real shop would hand its logged-in customer to Corner.
const THEME_KEY = "corner-demo:theme";
const LANG_KEY = "corner-demo:lang";
const SITE = "demo";
const root = document.documentElement;

const saved = (key) => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const save = (key, value) => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the choice lasts for this page view only.
  }
};

let theme = saved(THEME_KEY) === "dark" ? "dark" : "light";
let lang = saved(LANG_KEY) || "en";
// Set before the first paint, so a dark page does not flash white.
root.dataset.theme = theme;

const widgets = () => document.querySelectorAll("corner-reviews, corner-rating, corner-ideas, corner-survey");

function applyTheme() {
  root.dataset.theme = theme;
  for (const el of widgets()) el.setAttribute("theme", theme);
  const toggle = document.getElementById("theme-toggle");
  if (toggle) toggle.setAttribute("aria-pressed", String(theme === "dark"));
}

function applyLang() {
  for (const el of widgets()) {
    el.setAttribute("lang", lang);
    // `lang` is a global attribute, not a widget property: ask the element to render again.
    el.requestUpdate?.();
  }
  const select = document.getElementById("lang");
  if (select) select.value = lang;
}

/** The signed-in Corner user, read from where the widgets keep the session. */
function currentUser() {
  try {
    const session = JSON.parse(localStorage.getItem(`corner:session:${SITE}`) || "null");
    return session && Date.parse(session.expiresAt) > Date.now() ? session.user : null;
  } catch {
    return null;
  }
}

function showAccount() {
  const user = currentUser();
  const account = document.getElementById("account");
  const signIn = document.getElementById("sign-in");
  const signOut = document.getElementById("sign-out");
  if (!account || !signIn || !signOut) return;
  account.hidden = !user;
  signOut.hidden = !user;
  signIn.hidden = Boolean(user);
  if (user) {
    document.getElementById("account-name").textContent = user.name;
    account.querySelector(".avatar").textContent = user.name.slice(0, 1).toUpperCase();
  }
}

async function signInAsAlice(button) {
  button.disabled = true;
  try {
    // The shop's backend signs an SSO token for its own logged-in customer.
    const res = await fetch("/demo/sso?user=alice", { method: "POST" });
    if (!res.ok) throw new Error(`demo backend answered ${res.status}`);
    const { sso } = await res.json();
    await window.Corner.login({ sso });
  } catch (error) {
    console.warn("[demo] sign-in failed", error);
  } finally {
    button.disabled = false;
    showAccount();
  }
}

document.addEventListener("DOMContentLoaded", () => {
  applyTheme();
  applyLang();
  showAccount();

  document.getElementById("theme-toggle")?.addEventListener("click", () => {
    theme = theme === "dark" ? "light" : "dark";
    save(THEME_KEY, theme);
    applyTheme();
  });
  document.getElementById("lang")?.addEventListener("change", (event) => {
    lang = event.target.value;
    save(LANG_KEY, lang);
    applyLang();
  });
  const signIn = document.getElementById("sign-in");
  signIn?.addEventListener("click", () => signInAsAlice(signIn));
  document.getElementById("sign-out")?.addEventListener("click", async () => {
    await window.Corner?.logout();
    showAccount();
  });

  for (const button of document.querySelectorAll("[data-add-to-basket]")) {
    button.addEventListener("click", () => {
      const status = document.querySelector("[data-basket-status]");
      if (status) status.textContent = "Added to your basket. (It is a demo: nothing will ship.)";
    });
  }
});

// A triggered survey is added by Corner later (a slide-in or popover): give it the shop's theme and language.
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const found = node.localName === "corner-survey" ? [node] : node.querySelectorAll("corner-survey");
      for (const survey of found) {
        survey.setAttribute("theme", theme);
        survey.setAttribute("lang", lang);
      }
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });

// Widgets sign in as guests on their own, and other tabs sign in and out: keep the header in step.
document.addEventListener("corner-login", showAccount);
document.addEventListener("corner-logout", showAccount);
window.addEventListener("storage", showAccount);
