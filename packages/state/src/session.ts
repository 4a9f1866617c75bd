import type { Session } from "@corner/contracts";
import { atom, type WritableAtom } from "nanostores";
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

// Another tab signed in or out: follow it.
globalThis.addEventListener?.("storage", (e: StorageEvent) => {
  const site = e.key?.startsWith("corner:session:") ? e.key.slice(15) : null;
  if (site && sessions.has(site)) sessionStore(site).set(live(readJson<Session>(e.key!)));
});
