// Generates custom-elements.json (the editor/tooling description of the elements) from the JSDoc on
// each component class. Lit's `static properties` with `state: true` or `attribute: false` are internal
// or property-only, so they are dropped from the attribute list here. Each widget package's
// custom-elements-manifest.config.mjs re-exports this; `cem analyze` runs in the package, so the paths
// below are the package's.
import { readFileSync } from "node:fs";

const internal = (source) =>
  new Set([...source.matchAll(/(\w+):\s*\{[^}]*\b(?:state:\s*true|attribute:\s*false)/g)].map((m) => m[1]));

export default {
  globs: ["src/**/*.ts", "../core/src/corner-element.ts"],
  exclude: ["src/**/*.test.ts", "src/**/i18n/**", "src/**/locales/**"],
  outdir: ".",
  litelement: true,
  plugins: [
    {
      name: "corner:drop-internal-properties",
      moduleLinkPhase({ moduleDoc }) {
        const hidden = internal(readFileSync(new URL(moduleDoc.path, `file://${process.cwd()}/`), "utf8"));
        for (const d of moduleDoc.declarations ?? []) {
          if (d.attributes) d.attributes = d.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
          if (d.members) d.members = d.members.filter((m) => !hidden.has(m.name));
        }
      },
    },
  ],
};
