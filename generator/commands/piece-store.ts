import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PieceStore } from "../load/yaml-pieces.js";
import { sha256 } from "../manifest.js";
import { keepRecent, markUsed } from "../write/write.js";

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
        try {
          markUsed(file);
        } catch {
          // A read-only cache still serves its pieces; only pruning loses track of its use.
        }
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
        keepRecent(cacheDir, KEPT_SPECS, (entry) => entry.name.endsWith(SUFFIX));
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
