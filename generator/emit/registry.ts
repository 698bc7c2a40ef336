import type { IrDocument, IrSchema } from "../ir/types.js";
import { array, object, print } from "./js-expr.js";
import { key, str } from "./quote.js";

const FOR_OBJECT_DOC = [
  "/**",
  " * The schema module for a payload, chosen by its `object` field (and",
  " * `deleted: true`), or undefined when no schema declares that `object` value.",
  " */",
];

/**
 * `registry.js`: every schema module by spec name, and `forObject()` that picks the
 * module a payload's `object` (and `deleted: true`) names, e.g. for a webhook's
 * `event.data.object`.
 */
export function emitRegistry(ir: IrDocument): { js: string; dts: string } {
  const imports = ir.schemas.map((schema) => [schema.typeName, str(`./${schema.fileName}.js`)] as const);
  const js = [
    `import { branchKey, isObject } from "./runtime/check.js";`,
    ...imports.map(([name, from]) => `import { ${name} } from ${from};`),
    "",
    "/** Every schema module by its name in the spec. */",
    ...print("export const schemas = Object.freeze(", object(ir.schemas.map((schema) => [key(schema.name), schema.typeName])), ");", 0),
    "",
    ...print("const byObject = new Map(", array(branches(ir.schemas).map(([branch, schema]) => array([str(branch), schema.typeName]))), ");", 0),
    "",
    ...FOR_OBJECT_DOC,
    "export function forObject(value) {",
    "  if (!isObject(value)) return undefined;",
    "  const key = branchKey(value);",
    "  return key === undefined ? undefined : byObject.get(key);",
    "}",
  ];
  const dts = [
    `import type { SchemaModule } from "./runtime/api.js";`,
    // The bundled types index: tsc then reads one file for the registry's types, and no module declaration.
    `import type { SchemaTypes } from "./types/index.js";`,
    "",
    "export type { SchemaTypes };",
    "",
    // A mapped type over SchemaTypes rather than a literal of one `SchemaModule<X>` per
    // schema: the same type, without naming the 819 schemas a second time.
    "/** Every schema module by its name in the spec. */",
    "export declare const schemas: {",
    "  readonly [Name in keyof SchemaTypes]: SchemaModule<SchemaTypes[Name]>;",
    "};",
    "",
    ...FOR_OBJECT_DOC,
    "export declare function forObject(",
    "  value: unknown,",
    "): SchemaModule<unknown> | undefined;",
  ];
  return { js: `${js.join("\n")}\n`, dts: `${dts.join("\n")}\n` };
}

/** Branch key → schema; when two schemas claim one `object` value, the first by name keeps it. */
function branches(schemas: readonly IrSchema[]): [string, IrSchema][] {
  const byKey = new Map<string, IrSchema>();
  for (const schema of schemas) {
    const d = schema.discriminator;
    if (!d) continue;
    const branch = d.deleted ? `${d.object}#deleted` : d.object;
    if (!byKey.has(branch)) byKey.set(branch, schema);
  }
  return [...byKey];
}
