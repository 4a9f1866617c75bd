import { siteClient } from "@corner/client";
import type { SessionCreate, User } from "@corner/contracts";
import { type CornerConfig, clientFor } from "./config.ts";
import { solvePow } from "./pow.ts";
import { getToken, setSession } from "./session.ts";

// Its own module: a widget's first view reads the session (session.ts) but never signs in.

/**
 * Signs in with the host's SSO token or as a guest; every widget of the site sees the new session.
 * A guest first fetches and solves the site's proof-of-work challenge (about half a second; `signal`
 * stops it), unless `pow` is given.
 * @example
 * const user = await login({ site: "demo", api: "https://api.example.com" }, { guest: { name: "Ada" } });
 */
export async function login(config: CornerConfig, opts: SessionCreate, signal?: AbortSignal): Promise<User> {
  const site = siteClient(clientFor(config));
  let body = opts;
  if ("guest" in opts && opts.guest.pow === undefined) {
    const pow = await solvePow(await site.getChallenge({ signal }), signal);
    // Only if the server's challenge had no solution below its own maximum, which it never issues.
    if (!pow) throw new Error("The sign-in challenge has no solution; try again.");
    body = { guest: { ...opts.guest, pow } };
  }
  const session = await site.createSession(body, { signal });
  setSession(config.site, session);
  return session.user;
}

/**
 * Signs out on the server (so the SSO token the session was made with cannot sign in again), then forgets
 * the site's session here. Signing out here never fails: without a network, or with a session the server
 * no longer knows, the session is forgotten all the same.
 * @example
 * await logout({ site: "demo", api: "https://api.example.com" });
 */
export async function logout(config: CornerConfig): Promise<void> {
  if (getToken(config.site))
    await siteClient(clientFor(config))
      .deleteSession()
      .catch(() => undefined);
  setSession(config.site, null);
}
