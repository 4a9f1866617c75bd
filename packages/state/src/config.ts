import { type CornerClient, createClient } from "@corner/client";
import { getToken } from "./session.ts";

/** Where a widget talks to: the API origin (without `/v1`) and the site id. */
export interface CornerConfig {
  site: string;
  api: string;
}

const clients = new Map<string, CornerClient>();

/** The one client per (api, site), sending the site's session token when there is one. */
export function clientFor(config: CornerConfig): CornerClient {
  const key = `${config.api}|${config.site}`;
  let client = clients.get(key);
  if (!client) {
    client = createClient({ api: config.api, site: config.site, getToken: () => getToken(config.site) });
    clients.set(key, client);
  }
  return client;
}
