import { readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KEPT_SPECS, pieceStore } from "../../generator/commands/piece-store.js";
import { removeTempDirs, tempDir } from "./run.js";

afterAll(removeTempDirs);

/** The cache folder of the YAML parse cache (piece-store.ts): one file per spec, bounded. */
describe("the parse cache's folder", () => {
  const pieces = (folder: string) => readdirSync(folder).filter((name) => name.endsWith(".pieces"));

  /** Dates the file just written (the one with a real mtime) `seconds` after 1970, for a fixed order. */
  const date = (folder: string, seconds: number) => {
    for (const name of pieces(folder)) if (statSync(join(folder, name)).mtimeMs > 1e12) utimesSync(join(folder, name), seconds, seconds);
  };

  it("keeps the specs used last and removes the rest, so specs read from temporary paths don't fill the disk", () => {
    const folder = tempDir();
    const stores = Array.from({ length: KEPT_SPECS + 3 }, (_, i) => pieceStore(folder, `/tmp/spec-${i}.yaml`));
    stores.forEach((store, i) => {
      store.write(new Uint8Array([i]));
      date(folder, 1_000_000 + i);
    });
    expect(pieces(folder)).toHaveLength(KEPT_SPECS);
    expect(stores.map((store) => store.read()?.[0])).toEqual(stores.map((_, i) => (i >= 3 ? i : undefined)));
  });

  it("a read marks a spec used, so it outlives specs written before that read", () => {
    const folder = tempDir();
    const main = pieceStore(folder, "/specs/main.yaml");
    main.write(new Uint8Array([42]));
    date(folder, 1_000_000);
    const others = Array.from({ length: KEPT_SPECS }, (_, i) => pieceStore(folder, `/tmp/other-${i}.yaml`));
    others.slice(0, -1).forEach((store, i) => {
      store.write(new Uint8Array([i]));
      date(folder, 1_000_001 + i);
    });
    expect(main.read()?.[0]).toBe(42);
    others.at(-1)!.write(new Uint8Array([99]));
    expect(pieces(folder)).toHaveLength(KEPT_SPECS);
    expect(main.read()?.[0]).toBe(42);
    expect(others[0]!.read()).toBeUndefined();
    expect(others[1]!.read()?.[0]).toBe(1);
  });

  it("a folder that can't be written is no error: nothing is kept", () => {
    const file = join(tempDir(), "a-file");
    writeFileSync(file, "not a folder");
    const store = pieceStore(join(file, "cache"), "/specs/main.yaml");
    expect(() => store.write(new Uint8Array([1]))).not.toThrow();
    expect(store.read()).toBeUndefined();
  });
});
