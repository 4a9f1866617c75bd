import type { RequestHandler } from "msw";
import { type SetupWorker, setupWorker } from "msw/browser";

let worker: SetupWorker | null = null;

/** Starts (once per page) the msw service worker served at `/mockServiceWorker.js` with these handlers. */
export async function startWorker(handlers: RequestHandler[]): Promise<SetupWorker> {
  if (!worker) {
    worker = setupWorker(...handlers);
    await worker.start({
      serviceWorker: { url: "/mockServiceWorker.js" },
      quiet: true,
      onUnhandledRequest: "bypass",
    });
  } else {
    worker.resetHandlers(...handlers);
  }
  return worker;
}
