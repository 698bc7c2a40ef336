import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PieceStore } from "../load/yaml-pieces.js";
import { sha256 } from "../manifest.js";

/**
 * The parsed pieces of one spec (by its path or URL) in the cache folder. Written to a
 * temporary file and renamed, so a concurrent or killed run never leaves half a file; a
 * file that can't be read or written only makes the next run parse the whole spec.
 */
export function pieceStore(cacheDir: string, origin: string): PieceStore {
  const file = join(cacheDir, `${sha256(origin).slice(0, 16)}.pieces`);
  return {
    read: () => {
      try {
        return readFileSync(file);
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
      } catch {
        rmSync(temporary, { force: true });
      }
    },
  };
}
