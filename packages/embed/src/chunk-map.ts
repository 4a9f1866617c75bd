// Turns Vite's build manifest into the chunk map corner.js carries: for each widget tag, the entry chunk
// and every chunk it imports statically (preloaded together: the shortest request chain).
import type { ChunkMap } from "./types.ts";

export interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The named entry's file followed by every chunk it imports statically, directly or not. */
export function entryFiles(manifest: Manifest, name: string): string[] {
  const key = Object.keys(manifest).find((k) => manifest[k]?.isEntry && manifest[k]?.name === name);
  if (!key) throw new Error(`the Vite manifest has no entry named "${name}": run vite build first`);
  const files: string[] = [];
  const visit = (k: string): void => {
    const chunk = manifest[k];
    if (!chunk || files.includes(chunk.file)) return;
    files.push(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(key);
  return files;
}

/** Index 0 is the sign-in runtime; then one chunk list per widget, which every tag of the widget points at. */
export function chunkMap(manifest: Manifest, widgets: Record<string, { tags: string[] }>): ChunkMap {
  const map: ChunkMap = { chunks: [entryFiles(manifest, "runtime")], tags: {} };
  for (const [name, widget] of Object.entries(widgets)) {
    const index = map.chunks.push(entryFiles(manifest, name)) - 1;
    for (const tag of widget.tags) map.tags[tag] = index;
  }
  return map;
}
