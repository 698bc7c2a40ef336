import type { IrSchema } from "../ir/types.js";
import { ident, str } from "./quote.js";

/**
 * The declaration of a schema module: its type re-exported, and its value typed as
 * `SchemaModule<T>` by name, so `tsc` never infers anything from validator code.
 * A type and a value may share a name; the import is aliased to `self` (lowercase, which no type name is) so it never
 * clashes with the schema's own name.
 */
export function emitModuleDeclaration(schema: IrSchema): string {
  const name = ident(schema.typeName);
  const types = str(`./types/${schema.fileName}.js`);
  const alias = `export type ${name} = self;`;
  return [
    `import type { SchemaModule } from "./runtime/api.js";`,
    `import type { ${name} as self } from ${types};`,
    "",
    // Prettier moves a type alias that does not fit to the next line, and leaves the rest.
    alias.length <= 80 ? alias : `export type ${name} =\n  self;`,
    `export declare const ${name}: SchemaModule<self>;`,
    "",
  ].join("\n");
}
