// A tiny static server for end-to-end tests and the size benchmark: serves a built folder (brotli or
// gzip copies when the browser accepts them, as a CDN would) under a mount path, plus fixed HTML pages
// with the headers a test wants (a strict Content-Security-Policy, for example).
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const types: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export interface StaticServerOptions {
  /** Folder served under `mount`, e.g. `packages/embed/dist`. */
  root: string;
  /** URL path prefix for `root`; default `/corner/`. */
  mount?: string;
  /** Fixed pages by URL path (`/plain.html`), served as HTML. */
  pages?: Record<string, string>;
  /** Extra headers on every page from `pages` (not on files). */
  pageHeaders?: Record<string, string>;
  /** Serve `.br`/`.gz` copies when they exist and the request accepts them; default true. */
  precompressed?: boolean;
  port?: number;
  host?: string;
}

export interface StaticServer {
  url: string;
  port: number;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startStaticServer(opts: StaticServerOptions): Promise<StaticServer> {
  const mount = opts.mount ?? "/corner/";
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(path);
    // Browsers ask for an icon on their own; a 404 would show up as a console error in every test.
    if (path === "/favicon.ico") {
      res.writeHead(204);
      res.end();
      return;
    }
    const page = opts.pages?.[path];
    if (page !== undefined) {
      res.writeHead(200, {
        "content-type": types[".html"],
        "cache-control": "no-store",
        ...opts.pageHeaders,
      });
      res.end(page);
      return;
    }
    const relative = path.startsWith(mount) ? normalize(path.slice(mount.length)) : "";
    const file = join(opts.root, relative);
    if (!relative || relative.startsWith("..") || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    const headers: Record<string, string> = {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": relative.startsWith("chunks/")
        ? "public, max-age=31536000, immutable"
        : "public, max-age=300",
      vary: "accept-encoding",
      "access-control-allow-origin": "*",
    };
    const accepts = String(req.headers["accept-encoding"] ?? "");
    let body = file;
    if (opts.precompressed !== false) {
      for (const [encoding, suffix] of [
        ["br", ".br"],
        ["gzip", ".gz"],
      ] as const) {
        if (accepts.includes(encoding) && existsSync(file + suffix)) {
          headers["content-encoding"] = encoding;
          body = file + suffix;
          break;
        }
      }
    }
    res.writeHead(200, headers);
    res.end(readFileSync(body));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host ?? "127.0.0.1"}:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
