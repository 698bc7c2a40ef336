/**
 * Our package and the peers the size and type-check benches compare it with, each
 * generated from the same vendored spec when a bench starts:
 * - gen-schemas: `generate()` written out as the package (`stripe-schemas`);
 * - zod 4 schemas from @hey-api/openapi-ts's zod plugin, component schemas only
 *   (`requests`, `responses` and `webhooks` off), as bench/validate.ts makes them;
 * - openapi-typescript's single file, of the component schemas (`paths` emptied) or of
 *   the whole spec;
 * - ajv standalone code, from the JSON Schema that test/validate/json-schema.ts converts
 *   (the reference the differential test and bench/validate.ts use);
 * - @exodus/schemasafe validators and standalone code, from the same JSON Schema.
 */
import { readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { validator as schemasafe, type Schema, type Validate } from "@exodus/schemasafe";
import { createClient } from "@hey-api/openapi-ts";
import { Ajv } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import * as yaml from "js-yaml";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { generate } from "../../generator/generate.js";
import type { IrDocument } from "../../generator/ir/types.js";
import { writeOutput } from "../../generator/write/write.js";
import { componentSchemas, definitionRef, toJsonSchema } from "../../test/validate/json-schema.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SPEC_VERSION = "2023-09-12";
export const SPEC = join(ROOT, "spec", SPEC_VERSION, "spec3.yaml");

/** Our package for `spec`, written to `dir` (e.g. `<project>/node_modules/stripe-schemas`). */
export async function generateOurs(spec: string, dir: string): Promise<{ ir: IrDocument; name: string }> {
  const { files, ir } = await generate({ spec });
  await rm(dir, { recursive: true, force: true });
  await mkdir(dirname(dir), { recursive: true });
  await writeOutput(dir, files);
  const { name } = JSON.parse(files.get("package.json")!) as { name: string };
  return { ir, name };
}

/** hey-api's zod 4 schemas for the spec's component schemas: returns the path of `zod.gen.ts`. */
export async function generateZod(spec: string, dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await createClient({
    input: spec,
    output: { path: dir },
    plugins: [{ name: "zod", requests: false, responses: false, webhooks: false }],
    logs: { level: "silent" },
  });
  return join(dir, "zod.gen.ts");
}

/** openapi-typescript's output, with its default options, for the whole spec or its component schemas only. */
export async function generateOpenapiTypescript(spec: string, file: string, scope: "components" | "whole"): Promise<void> {
  const document = parseSpec(spec);
  const input = scope === "components" ? { ...document, paths: {}, webhooks: undefined } : document;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, astToString(await openapiTS(input as unknown as Parameters<typeof openapiTS>[0], { silent: true })));
}

function parseSpec(spec: string): Record<string, unknown> {
  const text = readFileSync(spec, "utf8");
  return (spec.endsWith(".json") ? JSON.parse(text) : yaml.load(text)) as Record<string, unknown>;
}

/**
 * `zod.gen.ts` cut down to its imports and the top-level statements that `exported`
 * needs, transitively: what an ideal tree-shaker would keep. (esbuild keeps every
 * `z.object(…)` of the file: a call it can't prove free of side effects.)
 */
export function zodClosure(source: string, exported: string): string {
  const file = ts.createSourceFile("zod.gen.ts", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const declared = new Map<string, ts.Statement>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name)) declared.set(declaration.name.text, statement);
    }
  }
  if (!declared.has(exported)) throw new Error(`zod.gen.ts declares no ${exported}`);
  const kept = new Set<ts.Statement>();
  const visit = (name: string): void => {
    const statement = declared.get(name);
    if (!statement || kept.has(statement)) return;
    kept.add(statement);
    const walk = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && declared.has(node.text)) visit(node.text);
      ts.forEachChild(node, walk);
    };
    walk(statement);
  };
  visit(exported);
  return file.statements
    .filter((statement) => ts.isImportDeclaration(statement) || kept.has(statement))
    .map((statement) => statement.getFullText(file))
    .join("")
    .concat("\n");
}

/**
 * ajv standalone ESM code exporting `validate` for one component schema: the module
 * ajv's own docs recommend shipping instead of compiling at run time. Same options as the
 * reference validators of test/validate/json-schema.ts.
 */
export function ajvStandalone(schemaName: string): string {
  const ajv = new Ajv({ strict: true, strictTypes: false, allErrors: false, validateFormats: false, code: { source: true, esm: true } });
  const id = `https://gen-schemas.bench/${SPEC_VERSION}`;
  ajv.addSchema({ $id: id, ...toJsonSchema(componentSchemas(SPEC_VERSION)) });
  // A CommonJS module: its default export is `module.exports`, which also has `.default`.
  return standalone.default(ajv, { validate: `${id}${definitionRef(schemaName)}` });
}

/**
 * @exodus/schemasafe validators for the named component schemas, with its default options
 * and no error details, like the ajv reference: a boolean per value. They are compiled
 * together in one scope with its `multi` option (in its source, not in its typings), as
 * ajv compiles a schema that many share once: compiled one by one they took 3 s each here.
 */
export function schemasafeValidators(schemaNames: readonly string[]): Map<string, (value: unknown) => boolean> {
  const roots = schemaNames.map(schemasafeRoot);
  const options = { multi: true, schemas: [schemasafeDocument()], includeErrors: false };
  const validators = schemasafe(roots as Schema, options) as unknown as ((value: unknown) => boolean)[];
  if (validators.length !== schemaNames.length) throw new Error(`schemasafe returned ${validators.length} validators for ${schemaNames.length} schemas`);
  return new Map(schemaNames.map((name, i) => [name, validators[i]!]));
}

/** schemasafe's standalone code for one component schema, as an ES module exporting `validate`. */
export function schemasafeStandalone(schemaName: string): string {
  return `export const validate = ${schemasafeValidator(schemaName, schemasafeDocument()).toModule()}\n`;
}

const DRAFT_07 = "http://json-schema.org/draft-07/schema#";
const SCHEMASAFE_ID = `https://gen-schemas.bench/${SPEC_VERSION}`;

/** Every component schema as one JSON Schema document that schemasafe's `$ref`s point into. */
function schemasafeDocument(): Schema {
  return { $schema: DRAFT_07, $id: SCHEMASAFE_ID, ...toJsonSchema(componentSchemas(SPEC_VERSION)) } as Schema;
}

/** A schema that points at one component schema of the document. */
function schemasafeRoot(schemaName: string): Schema {
  return { $schema: DRAFT_07, $ref: `${SCHEMASAFE_ID}${definitionRef(schemaName)}` };
}

function schemasafeValidator(schemaName: string, document: Schema): Validate {
  return schemasafe(schemasafeRoot(schemaName), { schemas: [document], includeErrors: false });
}
