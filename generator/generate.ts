import type { IrDocument } from "./ir/types.js";
import { loadSpec } from "./load/load.js";
import { emitTypesFile, type TypeLookup } from "./emit/types-file.js";
import { emitTypesIndex } from "./emit/index-files.js";

export interface GenerateOptions {
  /** Path or http(s) URL of the spec, JSON or YAML. */
  spec: string;
  /** Resolves a relative `spec`; defaults to the process's cwd. */
  cwd?: string;
  /** Called as schemas are emitted (the CLI draws a progress line on a TTY). */
  progress?: (done: number, total: number) => void;
}

export interface GeneratedFiles {
  /** Relative path (with `/`) → content, sorted by path. */
  files: Map<string, string>;
  ir: IrDocument;
}

/** Generates every file in memory; only `write` touches the disk. */
export async function generate(options: GenerateOptions): Promise<GeneratedFiles> {
  const { ir } = await loadSpec(options.spec, options.cwd ?? process.cwd());
  return { files: emitAll(ir, options.progress), ir };
}

/** Every output file for a loaded document. */
export function emitAll(ir: IrDocument, progress?: (done: number, total: number) => void): Map<string, string> {
  const byName = new Map(ir.schemas.map((schema) => [schema.name, schema]));
  const lookup: TypeLookup = {
    typeName: (name) => byName.get(name)!.typeName,
    fileName: (name) => byName.get(name)!.fileName,
  };
  const files = new Map<string, string>();
  ir.schemas.forEach((schema, i) => {
    files.set(`types/${schema.fileName}.d.ts`, emitTypesFile(schema, lookup));
    if (progress && i % 50 === 49) progress(i + 1, ir.schemas.length);
  });
  files.set("types/index.d.ts", emitTypesIndex(ir));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
