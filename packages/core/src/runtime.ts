/**
 * What `corner.js` imports on demand for `Corner.login()` / `Corner.logout()`. Signing in updates the
 * site's session store, so widgets already on the page switch to the signed-in view without a reload.
 */
import type { User } from "@corner/contracts";
import { type CornerConfig, login as loginSession, logout as logoutSession } from "@corner/state";

export type LoginOptions = { sso: string } | { guest: { name: string } };

const announce = (name: string, detail: unknown) =>
  document.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));

/**
 * Signs in with the host's SSO token (or as a guest) and dispatches `corner-login` on `document`.
 * `signal` stops a guest's sign-in (its proof of work) part way.
 * @example
 * await login({ site: "demo", api: "https://api.example.com" }, { sso: jwtFromYourBackend });
 */
export async function login(config: CornerConfig, opts: LoginOptions, signal?: AbortSignal): Promise<User> {
  const user = await loginSession(config, opts, signal);
  announce("corner-login", { site: config.site, user });
  return user;
}

/**
 * Signs out and dispatches `corner-logout` on `document`.
 * @example
 * await logout({ site: "demo", api: "https://api.example.com" });
 */
export async function logout(config: CornerConfig): Promise<void> {
  await logoutSession(config);
  announce("corner-logout", { site: config.site });
}
