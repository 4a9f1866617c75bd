// Production build of the CDN bundle behind corner.js: ES modules with code splitting, one entry per
// widget (plus the sign-in runtime), content-hashed chunks in packages/embed/dist/chunks/ that can be
// cached forever. packages/embed/build-loader.ts then builds corner.js from the manifest written here.
import { fileURLToPath } from "node:url";
import { minifyTemplateLiterals } from "rollup-plugin-minify-template-literals";
import { defineConfig, type Plugin } from "vite";
import { runtimeEntry, widgets } from "./packages/embed/widgets.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const abs = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const input: Record<string, string> = { runtime: abs(runtimeEntry) };
for (const [name, widget] of Object.entries(widgets)) input[name] = abs(widget.entry);

/**
 * A module that registers a custom element is a side effect by definition; keep it even when a package's
 * `sideEffects` list forgets it (otherwise the element silently never gets defined in the bundle).
 */
const keepElementDefinitions: Plugin = {
  name: "corner:keep-element-definitions",
  transform(code, id) {
    if (id.includes("/packages/") && code.includes("customElements.define(")) {
      return { code, map: null, moduleSideEffects: true };
    }
    return null;
  },
};

/**
 * Modules the reviews' first view (the budgeted one) never runs, although a first view imports them: each
 * other widget's own package, stores and endpoints (shared between its list and its lazy forms, but never
 * another widget's first view), the client's per-feature endpoint modules, sign-in, which the loader's
 * runtime shares with the forms, the limits, which the survey's first view shares with the forms (the
 * reviews' first view has no use for them), the optimistic toggle, which the ideas board's first view shares
 * with the reviews' interaction code (a helpful mark comes after a click), and what only the lists with a
 * detail in place share (`lists` below).
 * They stay out of the shared chunk, so adding a widget does not grow it.
 */
const notFirstView =
  /\/packages\/(widget-(ideas|qa|survey|account)\/|state\/src\/(ideas|idea-draft|idea-detail|qa|question-draft|question-detail|sign-in|pow|survey|toggle)\.ts|client\/src\/(ideas|qa|reviews|site|surveys)\.ts|contracts\/src\/limits\.ts|core\/src\/controllers\/(in-place|list-view)-controller\.ts|theme\/src\/lists\.ts)/;

/**
 * What the ideas board's and the Q&A list's first views share and the reviews' does not (the controllers of
 * a detail and a form shown in place and of the search, skeleton, error and load-more parts, the list states' styles): one `lists` chunk, so corner.js names one more file, not one per module.
 */
const lists = /\/packages\/(core\/src\/controllers\/(in-place|list-view)-controller|theme\/src\/lists)\.ts$/;

/** Readable chunk names for people reading the bench table or the network panel. */
function chunkName(chunk: { name: string; facadeModuleId: string | null; moduleIds: string[] }): string {
  // A lazily loaded message catalogue: `reviews-de`, `review-form-fr`…
  const locale = chunk.facadeModuleId?.match(/\/src\/([\w-]+)\/(?:i18n|locales)\/([\w-]+)\.ts$/);
  if (locale) return `chunks/${locale[1]}-${locale[2]}-[hash].js`;
  // A lazily loaded dependency is named after its package (`ky`), not its file (`distribution`).
  const pkg = chunk.facadeModuleId?.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1];
  if (pkg) return `chunks/${pkg.replace("@", "").replace("/", "-")}-[hash].js`;
  // Shared chunks are otherwise named after whichever module came first.
  if (!chunk.facadeModuleId) {
    if (chunk.moduleIds.some((id) => id.includes("/lit-html/"))) return "chunks/lit-[hash].js";
    if (chunk.moduleIds.some((id) => /\/packages\/(client|state)\//.test(id)))
      return "chunks/client-[hash].js";
  }
  return "chunks/[name]-[hash].js";
}

export default defineConfig({
  root,
  publicDir: false,
  // Whitespace inside css`` and html`` literals is not touched by the JS minifier.
  plugins: [keepElementDefinitions, minifyTemplateLiterals({ failOnError: true })],
  logLevel: "warn",
  define: { "process.env.NODE_ENV": '"production"' },
  // `production` keeps Lit's dev-mode warnings and checks out of the bundle.
  resolve: { conditions: ["module", "browser", "production"] },
  build: {
    outDir: abs("packages/embed/dist"),
    emptyOutDir: true,
    target: "es2022",
    minify: true,
    sourcemap: false,
    manifest: true,
    // Library mode: no Vite preload helper around dynamic imports (corner.js adds the modulepreload
    // links itself) and entries keep their exports (the loader calls `login`/`logout` on the runtime).
    lib: { entry: input, formats: ["es"] },
    copyPublicDir: false,
    reportCompressedSize: false,
    rollupOptions: {
      // Entries keep their exports and may gain some: what the board shares with its lazy form and detail
      // (its store, client, styles) then stays in the board's own chunk instead of extra chunks that
      // corner.js would have to list.
      preserveEntrySignatures: "allow-extension",
      output: {
        format: "es",
        // Library mode keeps whitespace in ES output by default; a CDN bundle wants it all minified.
        minify: true,
        entryFileNames: "chunks/[name]-[hash].js",
        chunkFileNames: chunkName,
        // Everything the widgets' first view shares (Lit, core, theme, state, client) in one chunk: one
        // request fewer and one brotli context instead of two. An entry's own module (the sign-in runtime)
        // stays in its entry's chunk: the first view never signs in.
        codeSplitting: {
          groups: [
            {
              name: (id, ctx) => (ctx.getModuleInfo(id)?.isEntry || notFirstView.test(id) ? null : "lit"),
              tags: ["$initial"],
              minShareCount: 2,
              // Before `lists`, which would otherwise take Lit along as a dependency of its styles.
              priority: 1,
            },
            { name: (id) => (lists.test(id) ? "lists" : null), tags: ["$initial"], minShareCount: 2 },
          ],
        },
        assetFileNames: "chunks/[name]-[hash][extname]",
      },
    },
  },
});
