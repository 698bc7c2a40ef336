import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { readSource } from "../load/read.js";
import type { TypesPrinter } from "../emit/types-printer.js";
import { EXIT, type Io } from "./io.js";
import { pieceStoreOf } from "./piece-store.js";
import type { Settings } from "./settings.js";

/** What differs between a fresh generation and the output folder. */
export interface Staleness {
  changed: string[];
  missing: string[];
  extra: string[];
}

/**
 * `gen-schemas check`: regenerate in memory and compare with the output folder, byte
 * for byte; exit 0 when it is up to date, 1 with the files that would change.
 */
export async function runCheck(settings: Settings, io: Io): Promise<number> {
  const { inWorker } = await import("../emit/types-printer.js");
  const printer = inWorker();
  try {
    return await check(settings, io, printer);
  } finally {
    await printer.close();
  }
}

async function check(settings: Settings, io: Io, printer: TypesPrinter): Promise<number> {
  const { generate } = await import("../generate.js");
  const source = await readSource(settings.spec, io.cwd);
  const pieces = pieceStoreOf(settings.cacheDir, source.origin);
  const { files } = await generate({
    spec: settings.spec,
    cwd: io.cwd,
    source,
    typesOnly: settings.typesOnly,
    openEnums: settings.openEnums,
    package: settings.package,
    ...(pieces ? { pieces } : {}),
    printer,
  });
  const stale = await compare(settings.out, files);
  const where = relative(io.cwd, settings.out) || ".";
  const count = stale.changed.length + stale.missing.length + stale.extra.length;
  if (count === 0) {
    io.stdout(`gen-schemas: ${where} is up to date (${files.size} files)\n`);
    return EXIT.ok;
  }
  const lines = [
    ...stale.changed.map((path) => `  changed  ${path}`),
    ...stale.missing.map((path) => `  missing  ${path}`),
    ...stale.extra.map((path) => `  extra    ${path}`),
  ];
  io.stderr(`gen-schemas: ${where} is out of date: ${count} file(s) would change. Run gen-schemas to regenerate.\n${lines.join("\n")}\n`);
  return EXIT.failed;
}

export async function compare(out: string, files: ReadonlyMap<string, string>): Promise<Staleness> {
  const onDisk = new Set(await listFiles(out));
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [path, content] of files) {
    if (!onDisk.has(path)) missing.push(path);
    else if ((await readFile(join(out, path), "utf8")) !== content) changed.push(path);
  }
  const extra = [...onDisk].filter((path) => !files.has(path)).sort();
  return { changed, missing, extra };
}

async function listFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)).split("\\").join("/"));
  } catch {
    return [];
  }
}
