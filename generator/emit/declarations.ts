import type { IrSchema } from "../ir/types.js";
import { WIDTH } from "./layout.js";
import { ident, str } from "./quote.js";

/**
 * The declaration of a schema module: its type re-exported, its value typed as
 * `SchemaModule<T>` by name, so `tsc` never infers anything from validator code, and the
 * standalone `validate<T>`, `is<T>`, `check<T>` and `test<T>` that validation-only bundles import.
 * A type and a value may share a name; the import is aliased to `self` (lowercase, which no type name is) so it never
 * clashes with the schema's own name.
 */
export function emitModuleDeclaration(schema: IrSchema): string {
  const name = ident(schema.typeName);
  const types = str(`./types/${schema.fileName}.js`);
  return [
    // A namespace: its name is lowercase, so no schema's type (PascalCase) or function
    // (check…, test…, validate…, is…) can clash with what the declaration needs of the runtime.
    `import type * as runtime from "./runtime/api.js";`,
    `import type { ${name} as self } from ${types};`,
    "",
    fit(`export type ${name} = self;`, `export type ${name} =\n  self;`),
    `export declare const ${name}: runtime.SchemaModule<self>;`,
    "/** `validate` of the schema module without `unknownKeys: \"strip\"`; a bundle that uses only this leaves changesets out. */",
    fit(
      `export declare function validate${name}(input: unknown, options?: runtime.CheckOptions): runtime.Result<self>;`,
      `export declare function validate${name}(\n  input: unknown,\n  options?: runtime.CheckOptions,\n): runtime.Result<self>;`,
    ),
    "/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */",
    fit(`export declare function is${name}(input: unknown): input is self;`, `export declare function is${name}(\n  input: unknown,\n): input is self;`),
    "/** The compiled check that other schema modules call. */",
    `export declare const check${name}: runtime.Check;`,
    "/** The compiled test (the check without issues) that other schema modules' tests call. */",
    `export declare const test${name}: runtime.Test;`,
    "",
  ].join("\n");
}

/** A declaration on one line when it fits in 80 columns, else broken the way Prettier breaks it. */
function fit(line: string, broken: string): string {
  return line.length <= WIDTH ? line : broken;
}
