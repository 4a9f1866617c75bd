import type { CornerConfig } from "@corner/state";
import { createContext } from "@lit/context";

/** Site and API given by a `<corner-provider>` ancestor to every Corner element below it. */
export const configContext = createContext<Partial<CornerConfig> | undefined>(Symbol.for("corner-config"));

/** What the `corner.js` loader puts on `window.Corner` before it imports any widget. */
export interface CornerGlobal {
  version?: string;
  config?: Partial<CornerConfig> & { base?: string };
  login?: (opts: { sso: string } | { guest: { name: string } }) => Promise<unknown>;
  logout?: () => Promise<void>;
  ready?: Promise<unknown>;
}

declare global {
  interface Window {
    Corner?: CornerGlobal;
  }
}
