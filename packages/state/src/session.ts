import type { Session, SessionCreate, User } from "@corner/contracts";
import { atom, type WritableAtom } from "nanostores";
import { type CornerConfig, clientFor } from "./config.ts";
import { readJson, writeJson } from "./storage.ts";

export const sessionKey = (site: string) => `corner:session:${site}`;

const live = (s: Session | null) => (s && Date.parse(s.expiresAt) > Date.now() ? s : null);
const sessions = new Map<string, WritableAtom<Session | null>>();

/**
 * The signed-in session of a site (null when signed out), persisted in localStorage `corner:session:<site>`.
 * An expired token reads as signed out.
 */
export function sessionStore(site: string): WritableAtom<Session | null> {
  let $s = sessions.get(site);
  if (!$s) {
    const stored = readJson<Session>(sessionKey(site));
    const s = live(stored);
    if (stored && !s) writeJson(sessionKey(site), null);
    $s = atom<Session | null>(s);
    sessions.set(site, $s);
  }
  return $s;
}

/** Replaces the site's session (null signs out) in memory and in storage. */
export function setSession(site: string, session: Session | null): void {
  writeJson(sessionKey(site), session);
  sessionStore(site).set(session);
}

/** The bearer token to send, or null when signed out or expired (which also signs out). */
export function getToken(site: string): string | null {
  const s = sessionStore(site).get();
  if (s && !live(s)) {
    setSession(site, null);
    return null;
  }
  return s?.token ?? null;
}

/**
 * Signs in with the host's SSO token or as a guest; every widget of the site sees the new session.
 * @example
 * const user = await login({ site: "demo", api: "https://api.example.com" }, { guest: { name: "Ada" } });
 */
export async function login(config: CornerConfig, opts: SessionCreate): Promise<User> {
  const session = await clientFor(config).createSession(opts);
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

// Another tab signed in or out: follow it.
globalThis.addEventListener?.("storage", (e: StorageEvent) => {
  const site = e.key?.startsWith("corner:session:") ? e.key.slice(15) : null;
  if (site && sessions.has(site)) sessionStore(site).set(live(readJson<Session>(e.key!)));
});
