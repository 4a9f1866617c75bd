// Builds corner.js (the stable, unhashed URL) from src/loader.ts with the chunk map of the Vite build
// inlined, then writes brotli and gzip copies of every file in dist/ for servers that serve them as is.
// Run after `vite build` (see the root `build` script).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";
import { chunkMap, type Manifest } from "./src/chunk-map.ts";
import { widgets } from "./widgets.ts";

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const dist = here("dist");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export async function buildLoader(): Promise<{ bytes: number; brotli: number }> {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Manifest;
  const { version } = JSON.parse(readFileSync(here("package.json"), "utf8")) as { version: string };
  await build({
    entryPoints: [here("src/loader.ts")],
    outfile: join(dist, "corner.js"),
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2020",
    legalComments: "none",
    // The root tsconfig's `strict` would prefix a "use strict" the loader does not need (13 bytes).
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
    define: {
      __CORNER_MAP__: JSON.stringify(chunkMap(manifest, widgets)),
      __CORNER_VERSION__: JSON.stringify(version),
    },
    logLevel: "warning",
  });

  for (const file of filesUnder(dist)) {
    if (/\.(br|gz)$/.test(file) || file.includes(".vite")) continue;
    const source = readFileSync(file);
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        },
      }),
    );
    writeFileSync(`${file}.gz`, gzipSync(source, { level: 9 }));
  }
  const loader = readFileSync(join(dist, "corner.js"));
  return { bytes: loader.length, brotli: readFileSync(join(dist, "corner.js.br")).length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { bytes, brotli } = await buildLoader();
  console.log(`corner.js: ${bytes} bytes, ${brotli} bytes brotli (budget 1500)`);
}
