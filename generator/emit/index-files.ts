import { printStructure, StructureKind } from "./ts-morph.js";

const HEADER = [
  "/**",
  " * Every schema type in one file: the declarations of `types/<schema>.d.ts`, one after",
  " * another, so a project that imports `<package>/types` has one file to read, not one per",
  " * schema. The schema modules' declarations import the per-schema files.",
  " */",
].join("\n");

/**
 * `types/index.d.ts`, the `types` entry: `Expanded` and every schema type, bundled (the
 * declarations of the types files, in schema order), so `import type { Charge } from
 * "<pkg>/types"` works and costs `tsc` one file.
 */
export function emitTypesIndex(declarations: readonly string[]): string {
  const expanded = printStructure({ kind: StructureKind.ExportDeclaration, isTypeOnly: true, namedExports: ["Expanded"], moduleSpecifier: "../runtime/expanded.js" });
  return [`${HEADER}\n${expanded}\n`, ...declarations].join("\n");
}
