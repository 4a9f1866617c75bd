// What the client tests share: a recording fetch and problem bodies. Node only; never part of a bundle.

export type Reply = { status?: number; body?: unknown; headers?: Record<string, string> };

/** A fetch that records each request and answers from a queue. */
export function fakeFetch(...replies: Reply[]) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    const r = replies.shift() ?? { status: 200, body: {} };
    const problem = (r.status ?? 200) >= 400;
    return new Response(r.body === undefined ? null : JSON.stringify(r.body), {
      status: r.status ?? 200,
      headers: { "content-type": problem ? "application/problem+json" : "application/json", ...r.headers },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

/** An RFC 9457 problem body. */
export const problem = (status: number, extra: object = {}) => ({
  type: "https://corner.dev/problems/x",
  title: "Problem",
  status,
  detail: "What went wrong",
  ...extra,
});
