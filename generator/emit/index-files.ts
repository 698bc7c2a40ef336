import type { Named } from "../ir/names.js";
import { key } from "./quote.js";

const HEADER = [
  "/**",
  " * Every schema type in one file: the declarations of `types/<schema>.d.ts`, one after",
  " * another, so a project that imports `<package>/types` has one file to read, not one per",
  " * schema. The schema modules' declarations import the per-schema files. The file ends",
  " * with `SchemaTypes`: every type by its name in the spec.",
  " */",
].join("\n");

/**
 * `types/index.d.ts`, the `types` entry: `Expanded` and every schema type, bundled (the
 * declarations of the types files, in schema order), so `import type { Charge } from
 * "<pkg>/types"` works and costs `tsc` one file; then `SchemaTypes`, every type by its
 * spec name, which the registry's declaration maps to modules.
 */
export function emitTypesIndex(declarations: readonly string[], schemas: readonly Named[]): string {
  return [`${HEADER}\n${EXPANDED}\n`, ...declarations, schemaTypes(schemas)].join("\n");
}

/**
 * Declared here, beside the types, where it names them directly; the registry's
 * declaration re-exports it, rather than naming each type again as `T.Charge` through a
 * namespace import of this file.
 */
function schemaTypes(schemas: readonly Named[]): string {
  const members = schemas.map((schema) => `  ${key(schema.name)}: ${schema.typeName};`);
  return ["/** Every schema type by its name in the spec. */", "export interface SchemaTypes {", ...members, "}", ""].join("\n");
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
