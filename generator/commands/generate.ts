import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { readSource, specHash as hashOf } from "../load/read.js";
import { inWorker } from "../emit/types-printer.js";
import type { GeneratedFiles } from "../generate.js";
import type { StagedOutput } from "../write/write.js";
import { readManifest, recordedOptions, upToDate } from "../manifest.js";
import { EXIT, type Io } from "./io.js";
import type { Settings } from "./settings.js";

/**
 * `gen-schemas`: generate into the output folder. When its manifest says the same spec,
 * generator and options made it, nothing is parsed or written; otherwise only schemas
 * whose inputs changed are emitted again, the rest carried over, and the whole folder
 * is swapped in atomically.
 */
export async function runGenerate(settings: Settings, io: Io): Promise<number> {
  const started = performance.now();
  const [source, recorded, present] = await Promise.all([readSource(settings.spec, io.cwd), readManifest(settings.out), filesIn(settings.out)]);
  const specHash = hashOf(source);
  const options = { typesOnly: settings.typesOnly, openEnums: settings.openEnums, package: settings.package };
  const where = relative(io.cwd, settings.out) || ".";
  // Only files still there can be carried over: one deleted (or turned into a folder) is written again.
  const previous = recorded && { ...recorded, files: Object.fromEntries(Object.entries(recorded.files).filter(([path]) => present.has(path))) };
  const intact = recorded !== undefined && Object.keys(recorded.files).every((path) => present.has(path));
  if (upToDate(previous, specHash, recordedOptions(options)) && intact) {
    io.stdout(`gen-schemas: ${where} is up to date (${Object.keys(previous!.schemas).length} schemas) in ${elapsed(started)} ms\n`);
    return EXIT.ok;
  }
  // Started now, so ts-morph and the TypeScript compiler load on the other core while this
  // thread parses the spec and emits the validators (started before the up-to-date check,
  // it made no rerun faster and a no-op one slower).
  const printer = inWorker();
  let drawn = false;
  const progress = (done: number, total: number) => {
    drawn = true;
    io.stderr(`\r${done}/${total} schemas`);
  };
  try {
    // Loaded here, past the up-to-date check, which needs none of them (nor js-yaml).
    const { generate } = await import("../generate.js");
    const { beginOutput } = await import("../write/write.js");
    const { pieceStoreOf } = await import("./piece-store.js");
    const readPrevious = (path: string) => {
      try {
        return readFileSync(join(settings.out, path), "utf8");
      } catch {
        return undefined;
      }
    };
    const pieces = pieceStoreOf(settings.cacheDir, source.origin);
    // The files carried over are staged (hard links) while the worker still prints the types.
    let staging: Promise<StagedOutput> | undefined;
    // The output this run replaces is parked in the cache, and the next rerun stages in it.
    const recycling = { ...(settings.cacheDir !== undefined ? { recycleIn: settings.cacheDir } : {}), ...(previous ? { currentHashes: previous.files } : {}) };
    const onKept = (kept: readonly string[]) => {
      staging = beginOutput(settings.out, kept, recycling);
      staging.catch(() => undefined); // awaited below
    };
    let result: GeneratedFiles;
    try {
      result = await generate({
        spec: settings.spec,
        cwd: io.cwd,
        source,
        ...options,
        ...(previous ? { previous, readPrevious } : {}),
        ...(io.isTty ? { progress } : {}),
        ...(pieces ? { pieces } : {}),
        printer,
        onKept,
      });
    } catch (error) {
      await staging?.then((staged) => staged.abort(), () => undefined);
      throw error;
    }
    await (await (staging ?? beginOutput(settings.out, result.kept, recycling))).commit(result.files);
    if (drawn) io.stderr("\r\u001b[K");
    for (const rename of result.ir.renames) io.stderr(`note: ${rename.name} is typed ${rename.typeName}: ${rename.reason}\n`);
    for (const note of result.ir.notes) io.stderr(`note: ${note.message} at #${note.pointer}\n`);
    const total = result.files.size + result.kept.length;
    const fresh = result.emitted.length === result.ir.schemas.length ? "" : `, ${result.emitted.length} re-emitted`;
    io.stdout(`gen-schemas: ${result.ir.schemas.length} schemas${fresh}, ${total} files → ${where} in ${elapsed(started)} ms\n`);
    return EXIT.ok;
  } finally {
    if (drawn) io.stderr("\r\u001b[K");
    await printer.close();
  }
}

/**
 * The files in the output folder, by relative path with `/`: one listing rather than a
 * call per file. Contents are trusted to be what the manifest says (`check` compares them
 * byte for byte).
 */
async function filesIn(out: string): Promise<Set<string>> {
  const { entriesOf } = await import("../write/write.js");
  try {
    return new Set(entriesOf(out).flatMap(({ path, entry }) => (entry.isFile() ? [path] : [])));
  } catch {
    return new Set();
  }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
