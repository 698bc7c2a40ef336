import type { IrSchema } from "../ir/types.js";
import { ident, str } from "./quote.js";

/**
 * The declaration of a schema module: its type re-exported, and its value typed as
 * `SchemaModule<T>` by name, so `tsc` never infers anything from validator code.
 * Every import and export names one thing, which prettier never breaks.
 */
export function emitModuleDeclaration(schema: IrSchema): string {
  const name = ident(schema.typeName);
  const types = str(`./types/${schema.fileName}.js`);
  return [
    `import type { SchemaModule } from "./runtime/schema.js";`,
    `import type { ${name} as Type } from ${types};`,
    "",
    `export type { ${name} } from ${types};`,
    "declare const schema: SchemaModule<Type>;",
    `export { schema as ${name} };`,
    "",
  ].join("\n");
}
