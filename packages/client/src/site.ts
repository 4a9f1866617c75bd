import type { PowChallenge, Session, SessionCreate, SiteConfig } from "@corner/contracts";
import type { CornerClient, RequestOptions } from "./client.ts";

/** The site's public settings and its sign-in: what a form needs, never the first view of a list. */
export interface SiteClient {
  /**
   * `GET /v1/sites/{site}/config`: the site's public settings.
   * @example const { allowGuests } = await siteClient(client).getConfig();
   */
  getConfig(opts?: RequestOptions): Promise<SiteConfig>;
  /**
   * `POST /v1/sites/{site}/session`: signs in with the host's SSO JWT or as a guest.
   * @example const { token, user } = await siteClient(client).createSession({ guest: { name: "Ada" } });
   */
  createSession(body: SessionCreate, opts?: RequestOptions): Promise<Session>;
  /**
   * `GET /v1/sites/{site}/session/challenge`: the proof-of-work challenge a guest solves to sign in
   * (`solvePow` in `@corner/state` solves it; `login()` does both).
   * @example const challenge = await siteClient(client).getChallenge();
   */
  getChallenge(opts?: RequestOptions): Promise<PowChallenge>;
  /**
   * `DELETE /v1/sites/{site}/session`: signs the current session out on the server, which also spends the
   * SSO token it was made with (a replay of that token is refused).
   * @example await siteClient(client).deleteSession();
   */
  deleteSession(opts?: RequestOptions): Promise<void>;
}

/** The site endpoints of the client's site. */
export const siteClient = ({ read, send }: CornerClient): SiteClient => ({
  getConfig: (opts) => read<SiteConfig>("config", {}, opts),
  createSession: (body, opts) => send<Session>("post", "session", { json: body, signal: opts?.signal }),
  getChallenge: (opts) => read<PowChallenge>("session/challenge", {}, opts),
  deleteSession: (opts) => send<void>("delete", "session", { signal: opts?.signal }),
});
