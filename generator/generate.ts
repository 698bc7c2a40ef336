import type { IrDocument } from "./ir/types.js";
import { loadSource, loadSpec } from "./load/load.js";
import type { SpecSource } from "./load/read.js";
import type { PieceStore } from "./load/yaml-pieces.js";
import { declarationOf, emitTypesIndex } from "./emit/index-files.js";
import { inThisThread, type TypeNames, type TypesPrinter } from "./emit/types-printer.js";
import { emitValidatorModule, type ModuleLookup } from "./emit/validator.js";
import { emitModuleDeclaration } from "./emit/declarations.js";
import { emitRegistry } from "./emit/registry.js";
import { runtimeFiles } from "./emit/runtime-files.js";
import { defaultPackageName, defaultPackageVersion, emitPackageJson, type PackageOptions } from "./emit/package-files.js";
import { emitPackageReadme } from "./emit/package-readme.js";
import { buildManifest, MANIFEST, recordedOptions, renderManifest, schemaHashes, type Manifest } from "./manifest.js";

export interface GenerateOptions {
  /** Path or http(s) URL of the spec, JSON or YAML. */
  spec: string;
  /** Resolves a relative `spec`; defaults to the process's cwd. */
  cwd?: string;
  /** Called as schemas are emitted (the CLI draws a progress line on a TTY). */
  progress?: (done: number, total: number) => void;
  /** Name and version of the generated package (defaults derive from the spec). */
  package?: PackageOptions;
  /** Only the types files (`types/`), no validators, runtime or package files. */
  typesOnly?: boolean;
  /** Type `x-stripeBypassValidation` enums as open: `"a" | "b" | (string & {})` (default true). */
  openEnums?: boolean;
  /**
   * The manifest of the existing output: schemas whose hash it already records are not
   * emitted again, their files are listed in `kept` for the writer to carry over.
   */
  previous?: Manifest;
  /**
   * Reads a file of the existing output (undefined when it can't): the types files that
   * `previous` lets a run keep, whose declarations the bundled types index repeats. Without
   * it, every types file is emitted again (the validator modules are still kept).
   */
  readPrevious?: (path: string) => string | undefined;
  /** The spec already read (path and text), so it is not read twice. */
  source?: SpecSource;
  /**
   * Keeps a YAML spec's parsed entries between runs (the CLI: a file under
   * node_modules/.cache), so a rerun after an edit parses only the entries that changed.
   */
  pieces?: PieceStore;
  /** Prints the types files (ts-morph); default: in this thread. The CLI passes a worker, started early. */
  printer?: TypesPrinter;
  /**
   * Told which files of `previous` are kept, as soon as that is known and before the types
   * are printed: the CLI starts carrying them over into the staging folder then.
   */
  onKept?: (kept: readonly string[]) => void;
}

export type EmitOptions = Pick<GenerateOptions, "package" | "typesOnly" | "openEnums" | "progress" | "previous" | "readPrevious" | "printer" | "onKept">;

export interface GeneratedFiles {
  /** Relative path (with `/`) → content, sorted by path; the manifest included. */
  files: Map<string, string>;
  /** Paths whose content is unchanged from `previous`, not emitted again: keep the existing files. */
  kept: string[];
  /** Spec names whose files were emitted (all of them without `previous`). */
  emitted: string[];
  manifest: Manifest;
  ir: IrDocument;
}

/** Generates every file in memory; only `write` touches the disk. */
export async function generate(options: GenerateOptions): Promise<GeneratedFiles> {
  const { ir, specHash } = options.source ? loadSource(options.source, options.pieces) : await loadSpec(options.spec, options.cwd ?? process.cwd(), options.pieces);
  return emitAll(ir, specHash, options);
}

/** Every output file for a loaded document whose text hashes to `specHash`. */
export async function emitAll(ir: IrDocument, specHash: string, options: EmitOptions = {}): Promise<GeneratedFiles> {
  const { progress, typesOnly = false, previous, readPrevious, printer = inThisThread } = options;
  const recorded = recordedOptions(options);
  const hashes = schemaHashes(ir, recorded);
  const kept: string[] = [];
  const byName = new Map(ir.schemas.map((schema) => [schema.name, schema]));
  const lookup: ModuleLookup = {
    typeName: (name) => byName.get(name)!.typeName,
    fileName: (name) => byName.get(name)!.fileName,
    schema: (name) => byName.get(name)!,
  };
  // Declarations of the kept types files, by schema; the others come from the printer.
  const keptDeclarations = new Map<string, string>();
  const toEmit = ir.schemas.filter((schema) => {
    const typesPath = `types/${schema.fileName}.d.ts`;
    const paths = typesOnly ? [typesPath] : [typesPath, `${schema.fileName}.js`, `${schema.fileName}.d.ts`];
    if (!previous || previous.schemas[schema.name] !== hashes[schema.name] || !paths.every((path) => previous.files[path] !== undefined)) return true;
    const typesFile = readPrevious?.(typesPath);
    if (typesFile === undefined) return true;
    keptDeclarations.set(schema.name, declarationOf(typesFile));
    kept.push(...paths);
    return false;
  });
  const names: TypeNames = Object.fromEntries(ir.schemas.map((schema) => [schema.name, [schema.typeName, schema.fileName] as const]));
  const typesFiles = printer.print(toEmit, names, options.openEnums !== false);
  typesFiles.catch(() => undefined); // awaited below, once the validators are emitted
  kept.sort();
  options.onKept?.(kept);

  const files = new Map<string, string>();
  if (!typesOnly) {
    toEmit.forEach((schema, i) => {
      files.set(`${schema.fileName}.js`, emitValidatorModule(schema, lookup));
      files.set(`${schema.fileName}.d.ts`, emitModuleDeclaration(schema));
      if (progress && i % 50 === 49) progress(i + 1, toEmit.length);
    });
    emitPackage(ir, options, files);
  }
  const printed = new Map((await typesFiles).map((text, i) => [toEmit[i]!.name, text]));
  for (const [name, text] of printed) files.set(`types/${byName.get(name)!.fileName}.d.ts`, text);
  const declarations = ir.schemas.map((schema) => keptDeclarations.get(schema.name) ?? declarationOf(printed.get(schema.name)!));
  files.set("types/index.d.ts", emitTypesIndex(declarations, ir.schemas));
  files.set("types/index.js", "export {};\n");
  // The types index re-exports `Expanded`: a types-only output carries its declaration.
  if (typesOnly) for (const [path, content] of runtimeFiles()) if (path.startsWith("runtime/expanded.")) files.set(path, content);
  const manifest = buildManifest(ir, specHash, recorded, files, hashes);
  for (const path of kept) manifest.files[path] = previous!.files[path]!;
  manifest.files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  files.set(MANIFEST, renderManifest(manifest));
  return { files: sorted(files), kept, emitted: toEmit.map((schema) => schema.name), manifest, ir };
}

/** The package around the schema modules: registry, entry points, package.json, README, runtime. */
function emitPackage(ir: IrDocument, options: EmitOptions, files: Map<string, string>): void {
  const registry = emitRegistry(ir);
  files.set("registry.js", registry.js);
  files.set("registry.d.ts", registry.dts);
  files.set("index.js", INDEX);
  files.set("index.d.ts", INDEX);
  const pkg = options.package ?? {};
  files.set("package.json", emitPackageJson(ir, pkg));
  files.set("README.md", emitPackageReadme(ir, pkg.name ?? defaultPackageName(ir), pkg.version ?? defaultPackageVersion(ir)));
  for (const [path, content] of runtimeFiles()) files.set(path, content);
}

function sorted(files: Map<string, string>): Map<string, string> {
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const INDEX = 'export * from "./runtime/index.js";\n';
