import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PieceStore } from "../load/yaml-pieces.js";
import { sha256 } from "../manifest.js";

/** Specs whose pieces a cache folder keeps; the least recently used beyond these are removed. */
export const KEPT_SPECS = 8;
const SUFFIX = ".pieces";

/**
 * The parsed pieces of one spec (by its path or URL) in the cache folder. Written to a
 * temporary file and renamed, so a concurrent or killed run never leaves half a file; a
 * file that can't be read or written only makes the next run parse the whole spec. A read
 * marks the file used; a write removes the files of all but the `KEPT_SPECS` specs used
 * last, so specs read from ever new paths (temporary folders) don't fill the disk.
 */
export function pieceStore(cacheDir: string, origin: string): PieceStore {
  const file = join(cacheDir, `${sha256(origin).slice(0, 16)}${SUFFIX}`);
  return {
    read: () => {
      try {
        const bytes = readFileSync(file);
        const now = new Date();
        utimesSync(file, now, now);
        return bytes;
      } catch {
        return undefined;
      }
    },
    write: (bytes) => {
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(temporary, bytes);
        renameSync(temporary, file);
        pruneCache(cacheDir);
      } catch {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // No folder to clean: nothing was written.
        }
      }
    },
  };
}

/** The store for a spec in the settings' cache folder, or undefined when caching is off (`--no-cache`, no node_modules). */
export function pieceStoreOf(cacheDir: string | undefined, origin: string): PieceStore | undefined {
  return cacheDir === undefined ? undefined : pieceStore(cacheDir, origin);
}

/** Removes the pieces of all but the `KEPT_SPECS` specs used last. */
function pruneCache(cacheDir: string): void {
  const files = readdirSync(cacheDir)
    .filter((name) => name.endsWith(SUFFIX))
    .map((name) => ({ path: join(cacheDir, name), used: statSync(join(cacheDir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.used - a.used);
  for (const { path } of files.slice(KEPT_SPECS)) rmSync(path, { force: true });
}
