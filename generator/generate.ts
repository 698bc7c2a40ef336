import type { IrDocument } from "./ir/types.js";
import { loadSpec } from "./load/load.js";
import { emitTypesFile, type TypeLookup } from "./emit/types-file.js";
import { emitTypesIndex } from "./emit/index-files.js";
import { emitValidatorModule, type ModuleLookup } from "./emit/validator.js";
import { emitModuleDeclaration } from "./emit/declarations.js";
import { emitRegistry } from "./emit/registry.js";
import { runtimeFiles } from "./emit/runtime-files.js";
import { defaultPackageName, defaultPackageVersion, emitPackageJson, type PackageOptions } from "./emit/package-files.js";
import { emitPackageReadme } from "./emit/package-readme.js";

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
}

export type EmitOptions = Pick<GenerateOptions, "package" | "typesOnly" | "openEnums" | "progress">;

export interface GeneratedFiles {
  /** Relative path (with `/`) → content, sorted by path. */
  files: Map<string, string>;
  ir: IrDocument;
}

/** Generates every file in memory; only `write` touches the disk. */
export async function generate(options: GenerateOptions): Promise<GeneratedFiles> {
  const { ir } = await loadSpec(options.spec, options.cwd ?? process.cwd());
  return { files: emitAll(ir, options), ir };
}

/** Every output file for a loaded document. */
export function emitAll(ir: IrDocument, options: EmitOptions = {}): Map<string, string> {
  const { progress, typesOnly = false } = options;
  const byName = new Map(ir.schemas.map((schema) => [schema.name, schema]));
  const lookup: TypeLookup & ModuleLookup = {
    typeName: (name) => byName.get(name)!.typeName,
    fileName: (name) => byName.get(name)!.fileName,
    schema: (name) => byName.get(name)!,
    openEnums: options.openEnums !== false,
  };
  const files = new Map<string, string>();
  ir.schemas.forEach((schema, i) => {
    files.set(`types/${schema.fileName}.d.ts`, emitTypesFile(schema, lookup));
    if (!typesOnly) {
      files.set(`${schema.fileName}.js`, emitValidatorModule(schema, lookup));
      files.set(`${schema.fileName}.d.ts`, emitModuleDeclaration(schema));
    }
    if (progress && i % 50 === 49) progress(i + 1, ir.schemas.length);
  });
  files.set("types/index.d.ts", emitTypesIndex(ir));
  files.set("types/index.js", "export {};\n");
  if (typesOnly) return sorted(files);
  const registry = emitRegistry(ir);
  files.set("registry.js", registry.js);
  files.set("registry.d.ts", registry.dts);
  files.set("index.js", INDEX);
  files.set("index.d.ts", INDEX);
  const pkg = options.package ?? {};
  files.set("package.json", emitPackageJson(ir, pkg));
  files.set("README.md", emitPackageReadme(ir, pkg.name ?? defaultPackageName(ir), pkg.version ?? defaultPackageVersion(ir)));
  for (const [path, content] of runtimeFiles()) files.set(path, content);
  return sorted(files);
}

function sorted(files: Map<string, string>): Map<string, string> {
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const INDEX = 'export * from "./runtime/index.js";\n';
