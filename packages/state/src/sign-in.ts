import { siteClient } from "@corner/client";
import type { SessionCreate, User } from "@corner/contracts";
import { type CornerConfig, clientFor } from "./config.ts";
import { setSession } from "./session.ts";

// Its own module: a widget's first view reads the session (session.ts) but never signs in.

/**
 * Signs in with the host's SSO token or as a guest; every widget of the site sees the new session.
 * @example
 * const user = await login({ site: "demo", api: "https://api.example.com" }, { guest: { name: "Ada" } });
 */
export async function login(config: CornerConfig, opts: SessionCreate): Promise<User> {
  const session = await siteClient(clientFor(config)).createSession(opts);
  setSession(config.site, session);
  return session.user;
}

/**
 * Forgets the site's session (the token simply expires on the server).
 * @example
 * await logout({ site: "demo", api: "https://api.example.com" });
 */
export async function logout(config: CornerConfig): Promise<void> {
  setSession(config.site, null);
}
