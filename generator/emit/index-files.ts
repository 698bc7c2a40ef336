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
  return [`${HEADER}\n${EXPANDED}\n`, ...declarations].join("\n");
}

/** One fixed line, written as ts-morph prints it, so the index needs no printer. */
const EXPANDED = 'export type { Expanded } from "../runtime/expanded.js";';

/** The declaration of a types file: what follows its imports, which the bundled index repeats. */
export function declarationOf(typesFile: string): string {
  const lines = typesFile.split("\n");
  let start = 0;
  while (lines[start]?.startsWith("import ")) start++;
  if (start > 0 && lines[start] === "") start++;
  return lines.slice(start).join("\n");
}
