// TEMPORARY stand-in for packages/core/src/runtime.ts until it lands.
import { sessionKey } from "./shared.ts";

export async function login(config: { site: string; api: string }, opts: unknown): Promise<{ name: string }> {
  return { name: `${sessionKey(config.site)}:${JSON.stringify(opts)}` };
}
export async function logout(_config: { site: string; api: string }): Promise<void> {}
