import { createMockApi, MOCK_API } from "../msw/mock-api.ts";
import { startWorker } from "./msw.ts";

let n = 0;
const seen: { url: string; method: string; signal: AbortSignal | null }[] = [];
const realFetch = globalThis.fetch;

/**
 * A fresh mock site per test (its own id, so session, draft and store caches never leak between tests),
 * served by msw. `requests` lists every fetch the page made, with its AbortSignal.
 */
export async function useMockSite() {
  const site = `t${++n}-${Date.now().toString(36)}`;
  const mock = createMockApi({ site });
  const worker = await startWorker(mock.handlers);
  seen.length = 0;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    seen.push({ url: req.url, method: req.method, signal: init?.signal ?? req.signal ?? null });
    return realFetch(input, init);
  };
  return { ...mock, site, api: MOCK_API, worker, requests: seen, attrs: { site, api: MOCK_API } };
}

/** What `useMockSite()` gives a test: the site, its mock database and handlers, the requests made. */
export type MockSite = Awaited<ReturnType<typeof useMockSite>>;
