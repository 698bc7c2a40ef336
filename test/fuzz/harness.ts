import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { Ajv, type ValidateFunction } from "ajv";
import fc from "fast-check";
import ts from "typescript";
import { generate } from "../../generator/generate.js";
import type { IrDocument } from "../../generator/ir/types.js";
import { writeOutput } from "../../generator/write/write.js";
import { filesBelow } from "../hostile/compile.js";
import { toOpenApi31 } from "../support/openapi31.js";
import { standaloneFunction } from "../support/paths.js";
import { STRICT } from "../support/typescript.js";
import { definitionRef, toJsonSchema, type JsonSchema } from "../validate/json-schema.js";
import { refName, specArbitrary, type Json, type OpenApiDocument, type RawSchema } from "./spec-arbitrary.js";
import { avoidKnownBugs, skippedChecks, type Check } from "./known-bugs.js";
import { PROTOTYPE_METHODS, Sampler } from "./values.js";

/**
 * One fuzz case, end to end: a random spec is generated in memory, written to a temporary
 * folder, its modules imported, and every schema's validator compared with ajv on values
 * drawn for it; the declarations (and a consumer assigning valid values to the types) are
 * type-checked under `strict`, in batches, since a TypeScript program costs far more than
 * the rest of a case.
 */

/** What a generated module exports, as the fuzz uses it. */
export interface SchemaModule {
  name: string;
  validate(input: unknown, options?: Record<string, unknown>): { ok: true; value: unknown; warnings?: Issue[] } | { ok: false; issues: Issue[] };
  is(input: unknown): boolean;
  changeset(data: unknown, params: unknown): unknown;
  "~standard": { validate(value: unknown): { value?: unknown; issues?: unknown[] } };
}

/** What a module exports beside its value: `validate<Type>` and `is<Type>`. */
export interface Standalone {
  validate: SchemaModule["validate"];
  is: SchemaModule["is"];
}

interface Issue {
  code: string;
  path: (string | number)[];
}

/** A verdict that differs, or a call that threw: what a failing case reports. */
export class Mismatch extends Error {
  constructor(what: string, details: Record<string, unknown>) {
    super(`${what}\n${JSON.stringify(details, replacer, 2)}`);
    this.name = "Mismatch";
  }
}

/** Shows `-0`, `undefined` and non-JSON numbers in messages, which JSON.stringify would hide. */
function replacer(_key: string, value: unknown): unknown {
  if (typeof value === "number" && (Object.is(value, -0) || !Number.isFinite(value))) return `<number ${Object.is(value, -0) ? "-0" : String(value)}>`;
  if (value === undefined) return "<undefined>";
  return value;
}

/**
 * Node's own `import()`, not vitest's (which transforms modules and links import cycles its
 * own way): generated modules run exactly as a consumer's Node runs them.
 */
const nativeImport = vm.runInThisContext("(url) => import(url)", {
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
}) as (url: string) => Promise<Record<string, unknown>>;

export interface CaseOptions {
  /** Values drawn per schema (valid, broken, any JSON; default 12). */
  values?: number;
}

/** A generated, written and exercised spec, ready for the batched type-check. */
export interface Written {
  dir: string;
  ir: IrDocument;
}

/**
 * A fuzz case: a random spec (rewritten around known bugs) and a source of values for it;
 * shrinking stops after `maxShrinks` steps, each a whole case.
 */
export function caseArbitrary(maxShrinks = 400): fc.Arbitrary<[OpenApiDocument, fc.GeneratorValue]> {
  return fc.limitShrink(fc.tuple(specArbitrary().map(avoidKnownBugs), fc.gen()), maxShrinks);
}

/** Makes and removes the temporary folders of a run. */
export class Workspace {
  readonly root = mkdtempSync(join(tmpdir(), "gen-schemas-fuzz-"));
  private count = 0;

  folder(): string {
    const dir = join(this.root, String(this.count++));
    mkdirSync(dir);
    return dir;
  }

  /** Removes one folder, or all of them. */
  remove(dir = this.root): void {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Generates `document` into a fresh folder of `workspace`, then checks every schema's
 * module against ajv on values `draw` makes. Throws a `Mismatch` at the first difference.
 */
export async function runCase(workspace: Workspace, document: OpenApiDocument, draw: fc.GeneratorValue, options: CaseOptions = {}): Promise<Written> {
  const dir = workspace.folder();
  try {
    return await exercise(dir, document, draw, options.values ?? 12);
  } catch (error) {
    // Shrinking runs a failing case hundreds of times: keep none of them on disk.
    workspace.remove(dir);
    throw error;
  }
}

async function exercise(dir: string, document: OpenApiDocument, draw: fc.GeneratorValue, perSchema: number): Promise<Written> {
  // One case in three is generated from the spec in OpenAPI 3.1's words (null as a type, not
  // `nullable`): it means the same, so the same ajv reference (of the 3.0 spec) must agree.
  const text = JSON.stringify(draw(fc.integer, { min: 0, max: 2 }) === 0 ? toOpenApi31(document) : document);
  const origin = join(dir, "spec.json");
  writeFileSync(origin, text);
  const { files, ir } = await generateOrReport({ spec: origin, source: { origin, text } });
  const out = join(dir, "package");
  await writeOutput(out, files);
  // One case in four also checks that a second run gives the same files, and writes the
  // types-only output with closed enums beside the package for the type-check.
  if (draw(fc.integer, { min: 0, max: 3 }) === 0) {
    const again = await generateOrReport({ spec: origin, source: { origin, text } });
    if (!sameFiles(files, again.files)) throw new Mismatch("two runs on one spec give different files", { first: [...files.keys()], second: [...again.files.keys()] });
    await writeOutput(join(dir, "types-only"), (await generateOrReport({ spec: origin, source: { origin, text }, typesOnly: true, openEnums: false })).files);
  }
  const registry = (await importFile(join(out, "registry.js"))) as unknown as Registry;
  const { applyChanges } = (await importFile(join(out, "index.js"))) as unknown as { applyChanges(cs: unknown): unknown };

  const schemas = new Map(Object.entries(document.components.schemas));
  const reference = referenceValidators(document.components.schemas);
  const skipped = skippedChecks(document);
  const typable = withoutPrototypeNamedOptionals(document);
  const strictSampler = new Sampler(schemas);
  const typedSampler = new Sampler(schemas, { extras: false });
  const consumer: string[] = [
    'import type * as T from "./package/types/index.js";',
    "export type DeepReadonly<X> = X extends readonly (infer I)[] ? readonly DeepReadonly<I>[] : X extends object ? { readonly [K in keyof X]: DeepReadonly<X[K]> } : X;",
    "",
  ];
  for (const schema of ir.schemas) {
    const module = await load(out, schema.fileName, schema.typeName);
    const standalone = await loadStandalone(out, schema.fileName, schema.typeName);
    if (module.name !== schema.name) throw new Mismatch("a module names another schema", { schema: schema.name, module: module.name });
    if (Object.getOwnPropertyDescriptor(registry.schemas, schema.name)?.value !== module) throw new Mismatch("registry.schemas lacks a module under its spec name", { schema: schema.name });
    const raw = schemas.get(schema.name)!;
    const valid = reference.strict(schema.name);
    const rejecting = reference.reject(schema.name);
    for (let i = 0; i < perSchema; i++) {
      const kind = i % 3;
      const value = kind === 0 ? strictSampler.sample(draw, raw) : kind === 1 ? strictSampler.broken(draw, raw) : draw(anyJson);
      compare(module, standalone, schema.name, value, valid, rejecting, skipped, applyChanges);
      try {
        registry.forObject(value);
      } catch (error) {
        throw new Mismatch("registry.forObject threw", { value, error: String(error) });
      }
    }
    // Values the validators accept with unknownKeys: "reject" must be assignable to the type. Not
    // any accepted value: keys an object schema doesn't declare are valid data, but a type without
    // an index signature can't name them (and a value may be valid through another union member
    // than the one it was drawn for, with keys the first one declares).
    for (let i = 0; i < (typable(schema.name) ? 2 : 0); i++) {
      const value = typedSampler.sample(draw, raw);
      if (!rejecting(value) || !module.validate(value, { unknownKeys: "reject" }).ok) continue;
      // Written three ways; the value fits if any of them type-checks (see `consumerDiagnostics`).
      const n = consumer.length;
      const text = literal(value);
      consumer.push(
        `export const d${n}: T.${schema.typeName} = ${text}; // value ${n}`,
        `const v${n} = ${text}; // value ${n}`,
        `export const t${n}: T.${schema.typeName} = v${n}; // value ${n}`,
        `const c${n} = ${text} as const; // value ${n}`,
        `export const r${n}: DeepReadonly<T.${schema.typeName}> = c${n}; // value ${n}`,
      );
    }
  }
  writeFileSync(join(dir, "consumer.ts"), `${consumer.join("\n")}\n`);
  return { dir, ir };
}

/** What `registry.js` exports. */
interface Registry {
  schemas: Record<string, SchemaModule>;
  forObject(value: unknown): SchemaModule | undefined;
}

async function generateOrReport(options: Parameters<typeof generate>[0]): Promise<Awaited<ReturnType<typeof generate>>> {
  try {
    return await generate(options);
  } catch (error) {
    const openapi = options.source ? (JSON.parse(options.source.text) as { openapi: unknown }).openapi : undefined;
    throw new Mismatch("generate() refused a valid spec", { openapi, options: { typesOnly: options.typesOnly, openEnums: options.openEnums }, error: String((error as Error)?.stack ?? error) });
  }
}

function sameFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([path, content]) => b.get(path) === content);
}

/** A spec of these component schemas, generated and written into a fresh folder; its modules by spec name. */
export async function generatePackage(
  workspace: Workspace,
  schemas: Record<string, RawSchema>,
  openapi = "3.0.0",
): Promise<{ dir: string; ir: IrDocument; module(name: string): Promise<SchemaModule>; standalone(name: string): Promise<Standalone> }> {
  const dir = workspace.folder();
  const origin = join(dir, "spec.json");
  const text = JSON.stringify({ openapi, info: { title: "Regression", version: "1.0.0" }, paths: {}, components: { schemas } });
  writeFileSync(origin, text);
  const { files, ir } = await generate({ spec: origin, source: { origin, text } });
  const out = join(dir, "package");
  await writeOutput(out, files);
  writeFileSync(join(dir, "consumer.ts"), "export {};\n");
  /** The file stem and type name of a schema, by its spec name. */
  const schemaOf = (name: string): [fileName: string, typeName: string] => {
    const schema = ir.schemas.find((candidate) => candidate.name === name);
    if (!schema) throw new Error(`no schema ${JSON.stringify(name)}`);
    return [schema.fileName, schema.typeName];
  };
  return {
    dir,
    ir,
    module: (name) => load(out, ...schemaOf(name)),
    standalone: (name) => loadStandalone(out, ...schemaOf(name)),
  };
}

/**
 * Which schemas' accepted values can be type-checked: not those that reach (through refs)
 * an optional property named like a method of TypeScript's `Object` (`toString?: X`). An
 * object without that key is checked against it with Object's method (the apparent type),
 * so no literal that leaves it out is assignable: a TypeScript limit, not the generator's;
 * the sampler includes such keys, but a value drawn for one union member may fit another.
 */
function withoutPrototypeNamedOptionals(document: OpenApiDocument): (name: string) => boolean {
  const schemas = document.components.schemas;
  const direct = new Map<string, { bad: boolean; refs: string[] }>();
  for (const [name, schema] of Object.entries(schemas)) {
    const found = { bad: false, refs: [] as string[] };
    const visit = (node: Json): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (typeof node !== "object" || node === null) return;
      if (typeof node.$ref === "string") found.refs.push(refName(node.$ref));
      const properties = node.properties as Record<string, Json> | undefined;
      const required = Array.isArray(node.required) ? node.required : [];
      for (const [key, value] of Object.entries(node)) {
        if (key === "properties" && properties) {
          for (const [property, child] of Object.entries(properties)) {
            if (PROTOTYPE_METHODS.has(property) && !required.includes(property)) found.bad = true;
            visit(child);
          }
        } else if (key !== "enum") visit(value);
      }
    };
    visit(schema);
    direct.set(name, found);
  }
  return (name) => {
    const seen = new Set<string>();
    const reaches = (current: string): boolean => {
      if (seen.has(current)) return false;
      seen.add(current);
      const { bad, refs } = direct.get(current)!;
      return bad || refs.some(reaches);
    };
    return !reaches(name);
  };
}

const anyJson = () => jsonArbitrary;
const jsonArbitrary = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

async function load(out: string, fileName: string, typeName: string): Promise<SchemaModule> {
  const exports = await importFile(join(out, `${fileName}.js`));
  const module = exports[typeName] as SchemaModule | undefined;
  if (!module || typeof module.validate !== "function") throw new Mismatch("a generated module lacks its export", { file: `${fileName}.js`, export: typeName, exports: Object.keys(exports) });
  return module;
}

async function loadStandalone(out: string, fileName: string, typeName: string): Promise<Standalone> {
  const exports = await importFile(join(out, `${fileName}.js`));
  try {
    const pick = <F>(prefix: string) => standaloneFunction<F>(exports, prefix, typeName, `${fileName}.js`);
    return { validate: pick("validate"), is: pick("is") };
  } catch (error) {
    throw new Mismatch("a generated module lacks its standalone functions", { error: String(error), exports: Object.keys(exports) });
  }
}

async function importFile(file: string): Promise<Record<string, unknown>> {
  try {
    return await nativeImport(pathToFileURL(file).href);
  } catch (error) {
    throw new Mismatch("a generated module failed to load", { file: basename(file), error: String(error) });
  }
}

/** Our verdicts (strict, `is`, lenient, strip, reject) against ajv's on one value; nothing may throw; the standalone functions answer as the module. */
function compare(
  module: SchemaModule,
  standalone: Standalone,
  name: string,
  value: Json,
  valid: ValidateFunction,
  rejecting: ValidateFunction,
  skipped: ReadonlySet<Check>,
  applyChanges: (cs: unknown) => unknown,
): void {
  const call = <T>(what: string, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      throw new Mismatch(`${what} threw`, { schema: name, value, error: String((error as Error)?.stack ?? error) });
    }
  };
  const ours = call("validate", () => module.validate(value));
  const theirs = valid(value);
  const details = { schema: name, value, ours: ours.ok, ajv: theirs, issues: ours.ok ? undefined : ours.issues };
  if (!ours.ok && ours.issues.some((issue) => issue.code === "exception")) throw new Mismatch("validate caught an exception from generated code", details);
  if (ours.ok !== theirs) throw new Mismatch("validate and ajv disagree", details);
  if (call("is", () => module.is(value)) !== ours.ok) throw new Mismatch("is() and validate() disagree", details);
  if ((call("~standard.validate", () => module["~standard"].validate(value)).issues === undefined) !== ours.ok) throw new Mismatch("~standard.validate and validate() disagree", details);
  const lenient = call("validate lenient", () => module.validate(value, { mode: "lenient" }));
  if (ours.ok && !lenient.ok && !skipped.has("lenient")) throw new Mismatch("lenient mode rejects what strict mode accepts", { ...details, lenient });
  const rejected = call("validate reject", () => module.validate(value, { unknownKeys: "reject" }));
  if (rejected.ok !== rejecting(value)) throw new Mismatch("unknownKeys: 'reject' and ajv with additionalProperties: false disagree", { ...details, ours: rejected.ok, ajv: rejecting(value) });
  const stripped = call("validate strip", () => module.validate(value, { unknownKeys: "strip" }));
  if (stripped.ok !== ours.ok) throw new Mismatch("unknownKeys: 'strip' changes the verdict", { ...details, stripped });
  if (stripped.ok && !valid(stripped.value)) throw new Mismatch("a stripped value is no longer valid", { ...details, stripped: stripped.value });
  const cs = call("changeset", () => module.changeset(undefined, value)) as { valid: boolean; errors: Record<string, unknown> };
  // A changeset of a valid object (as params, over nothing) is valid exactly when the data it
  // applies to is. The cast keeps declared fields only, so where the value is valid only with
  // keys its schema doesn't declare (`minProperties` counts them), it may not be; where it is
  // valid with unknown keys rejected, nothing is dropped, and the changeset must be valid.
  if (ours.ok && typeof value === "object" && value !== null && !Array.isArray(value)) {
    const applied = call("applyChanges", () => applyChanges(cs));
    const appliedOk = call("validate applied", () => module.validate(applied));
    const found = { ...details, errors: cs.errors, applied, appliedIssues: appliedOk.ok ? undefined : appliedOk.issues };
    if (cs.valid !== appliedOk.ok) throw new Mismatch("a changeset's validity and its applied data's disagree", found);
    if (rejected.ok && !cs.valid) throw new Mismatch("a valid value without unknown keys, given as params, makes an invalid changeset", found);
  }
  call("changeset onto itself", () => module.changeset(value, value));
  for (const options of [undefined, { mode: "lenient" }, { unknownKeys: "reject" }]) {
    const [alone, fromModule] = [call("standalone validate", () => standalone.validate(value, options)), call("validate", () => module.validate(value, options))];
    if (JSON.stringify(alone) !== JSON.stringify(fromModule)) throw new Mismatch("the standalone validate and the module's disagree", { ...details, options, standalone: alone, module: fromModule });
  }
  if (call("standalone is", () => standalone.is(value)) !== ours.ok) throw new Mismatch("the standalone is and validate() disagree", details);
}

/**
 * ajv validators for a spec's component schemas: as they are, and with
 * `additionalProperties: false` where the spec has none. `ownProperties`, so a missing
 * `constructor` key is missing to ajv too.
 *
 * The schemas are read as the generator deliberately reads them (`asGeneratorReads`).
 */
export function referenceValidators(schemas: Record<string, RawSchema>): { strict(name: string): ValidateFunction; reject(name: string): ValidateFunction } {
  const asRead = asGeneratorReads(schemas, true) as Record<string, RawSchema>;
  const make = (unknownKeys: "passthrough" | "reject") => {
    // strictRequired off: JSON Schema lets `required` name keys declared elsewhere (`anyOf: [{ required: [a] }, …]` beside the properties).
    const ajv = new Ajv({ strict: true, strictTypes: false, strictRequired: false, allErrors: false, validateFormats: false, inlineRefs: false, ownProperties: true });
    ajv.addKeyword({ keyword: DECIMAL_MULTIPLE_OF, type: "number", schemaType: "number", errors: false, validate: (divisor: number, value: number) => isDecimalMultiple(value, divisor) });
    ajv.addKeyword({ keyword: JSON_UNIQUE_ITEMS, type: "array", schemaType: "boolean", errors: false, validate: (unique: boolean, items: Json[]) => !unique || !items.some((item, i) => items.slice(0, i).some((earlier) => jsonEqual(earlier, item))) });
    const id = "https://gen-schemas.test/fuzz";
    ajv.addSchema({ $id: id, definitions: aroundAjvQuirks(toJsonSchema(asRead, { unknownKeys }).definitions) as Record<string, JsonSchema> });
    return (name: string) => {
      const validate = ajv.getSchema(`${id}${definitionRef(name)}`);
      if (!validate) throw new Error(`ajv has no definition for ${JSON.stringify(name)}`);
      return validate;
    };
  };
  return { strict: make("passthrough"), reject: make("reject") };
}

/**
 * A copy of a spec's schemas as the generator reads them, where that is a choice JSON
 * Schema does not make (generator/ir/node.ts; regressions.test.ts pins both): an enum
 * that lists `null` is nullable (OpenAPI 3.0 also wants `nullable: true`); a schema
 * without `type` is an object when it has `properties` or `additionalProperties`, an
 * array when it has `items` (JSON Schema would accept any other type).
 */
function asGeneratorReads(value: Json, inProperties = false): Json {
  if (Array.isArray(value)) return value.map((item) => asGeneratorReads(item));
  if (typeof value !== "object" || value === null) return value;
  const out = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asGeneratorReads(item, !inProperties && key === "properties")]));
  if (inProperties) return out;
  if (Array.isArray(out.enum) && out.enum.includes(null)) return { ...out, enum: out.enum.filter((value) => value !== null), nullable: true };
  if (out.type !== undefined || ["$ref", "anyOf", "oneOf", "allOf", "enum"].some((keyword) => Object.hasOwn(out, keyword))) return out;
  if (out.properties !== undefined || out.additionalProperties !== undefined) return { ...out, type: "object" };
  if (out.items !== undefined) return { ...out, type: "array" };
  return out;
}

/**
 * JSON Schema that ajv 8 reads as the spec means it, around two of its quirks:
 * - a property named `__proto__` is skipped by `properties` (and is "additional" to
 *   `additionalProperties`): it moves to `patternProperties: { "^__proto__$": … }`;
 * - `required: [""]` is never reported missing (its generated code tests the name for
 *   truth): the empty name is required with `if object then not { properties: { "": false } }`.
 */
/**
 * ajv's own `multipleOf` tests the binary quotient: `q !== parseInt(q)` calls 0.3 no
 * multiple of 0.1 (0.3 / 0.1 is 2.9999999999999996) and 1e21 no multiple of 0.5
 * (parseInt(2e21) is 2); its `multipleOfPrecision` tolerance calls 1e-38 a multiple of 2.
 * The reference reads both numbers as the decimals JSON writes and divides exactly.
 */
const DECIMAL_MULTIPLE_OF = "decimalMultipleOf";

/**
 * ajv's own `uniqueItems` compares objects with fast-deep-equal, which reads `constructor`,
 * `valueOf` and `toString` through the object (an own key of that name is called, or
 * compared by reference): the reference compares JSON values, own keys only.
 */
const JSON_UNIQUE_ITEMS = "jsonUniqueItems";

function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as Json[]).length && a.every((item, i) => jsonEqual(item, (b as Json[])[i]!));
  const own = (value: object, key: string) => Object.getOwnPropertyDescriptor(value, key)!.value as Json;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(own(a, key), own(b, key)));
}

function isDecimalMultiple(value: number, divisor: number): boolean {
  const decimal = (n: number): [bigint, number] => {
    const [digits = "0", exponent = "0"] = String(Math.abs(n)).split("e");
    const [whole = "0", fraction = ""] = digits.split(".");
    return [BigInt(whole + fraction), Number(exponent) - fraction.length];
  };
  const [[a, aExponent], [b, bExponent]] = [decimal(value), decimal(divisor)];
  const exponent = Math.min(aExponent, bExponent);
  return (a * 10n ** BigInt(aExponent - exponent)) % (b * 10n ** BigInt(bExponent - exponent)) === 0n;
}

function aroundAjvQuirks(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(aroundAjvQuirks);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === "properties" || keyword === "definitions" || keyword === "patternProperties") {
      out[keyword] = Object.fromEntries(Object.entries(value as object).map(([name, item]) => [name, aroundAjvQuirks(item)]));
    } else {
      const renamed = keyword === "multipleOf" ? DECIMAL_MULTIPLE_OF : keyword === "uniqueItems" ? JSON_UNIQUE_ITEMS : keyword;
      out[renamed] = keyword === "enum" ? value : aroundAjvQuirks(value);
    }
  }
  const properties = out.properties as Record<string, unknown> | undefined;
  if (properties && Object.hasOwn(properties, "__proto__")) {
    out.patternProperties = { "^__proto__$": Object.getOwnPropertyDescriptor(properties, "__proto__")!.value };
    out.properties = Object.fromEntries(Object.entries(properties).filter(([name]) => name !== "__proto__"));
  }
  const required = out.required as string[] | undefined;
  if (required?.includes("")) {
    out.required = required.filter((name) => name !== "");
    out.if = { type: "object" };
    out.then = { not: { properties: { "": false } } };
  }
  return out;
}

/**
 * A TypeScript expression for a JSON value; `__proto__` computed, so it is a key and not
 * the prototype. Primitives are `as const`: a key named like an `Object.prototype` method
 * (`toString`) takes its contextual type from that method, so `"a"` would widen to string.
 */
function literal(value: Json): string {
  if (value === null) return "null";
  if (typeof value === "boolean" || typeof value === "string") return `${quote(value)} as const`;
  if (typeof value === "number") return `${Object.is(value, -0) ? "-0" : String(value)} as const`;
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  const entries = Object.entries(value).map(([key, item]) => `${key === "__proto__" ? '["__proto__"]' : quote(key)}: ${literal(item)}`);
  return `{ ${entries.join(", ")} }`;
}

/** JSON's quoting, with U+2028 and U+2029 escaped: TypeScript counts them as line breaks, and one value is one line. */
function quote(value: string | boolean): string {
  return JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

// ---------------------------------------------------------------------------------
// Type-checking, batched
// ---------------------------------------------------------------------------------

/** TypeScript's own lib files, parsed once per process: most of a small program's cost. */
const libFiles = new Map<string, ts.SourceFile>();

function host(): ts.CompilerHost {
  const base = ts.createCompilerHost(STRICT, true);
  const libFolder = base.getDefaultLibLocation!();
  return {
    ...base,
    getSourceFile(fileName, languageVersion, onError, shouldCreate) {
      if (!fileName.startsWith(libFolder)) return base.getSourceFile(fileName, languageVersion, onError, shouldCreate);
      let file = libFiles.get(fileName);
      if (!file) {
        file = base.getSourceFile(fileName, languageVersion, onError, shouldCreate);
        if (file) libFiles.set(fileName, file);
      }
      return file;
    },
  };
}

/**
 * Type-checks every case folder together: each package's declarations (the types-only
 * output's too, where a case wrote one) and its consumer. Returns the diagnostics of each
 * folder that has some; TypeScript's own lib files are parsed once and not checked.
 */
export function typeCheck(dirs: readonly string[]): Map<string, string[]> {
  // The package, the types-only output when there is one, and the consumer.
  const roots = dirs.flatMap((dir) => filesBelow(dir).filter((file) => file.endsWith(".d.ts") || file.endsWith("/consumer.ts")));
  const program = ts.createProgram({ rootNames: roots, options: STRICT, host: host() });
  const problems = new Map<string, string[]>();
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(format);
  if (global.length > 0) problems.set("", global);
  for (const file of program.getSourceFiles()) {
    const dir = dirs.find((candidate) => file.fileName.startsWith(`${candidate}/`));
    if (dir === undefined) continue;
    const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    const found = (file.fileName.endsWith("/consumer.ts") ? consumerDiagnostics(file, diagnostics) : diagnostics).map(format);
    if (found.length > 0) problems.set(dir, [...(problems.get(dir) ?? []), ...found]);
  }
  return problems;
}

/**
 * The consumer's diagnostics for values that fit neither way they are written: as a
 * literal assigned to the type (what a consumer writes; but a fresh object literal is held
 * to the union member its discriminants pick, stricter than "assignable to some member"),
 * and through a variable (where TypeScript normalizes an array of object literals into
 * `{ a?: undefined } | …` items, which an index signature refuses), and `as const` into
 * the type made readonly (neither fresh nor normalized: each item is held to the whole
 * union). A diagnostic outside a marked line counts as it is.
 */
function consumerDiagnostics(file: ts.SourceFile, diagnostics: readonly ts.Diagnostic[]): ts.Diagnostic[] {
  /** The value a diagnostic is about and the form it was written in (`d…`; `v…` and `t…`; `c…` and `r…`). */
  const marked = (diagnostic: ts.Diagnostic) => {
    if (diagnostic.start === undefined) return undefined;
    const match = /^(?:export )?const ([dtvcr])\d+\b.* \/\/ value (\d+)$/.exec(lineText(file, file.getLineAndCharacterOfPosition(diagnostic.start).line));
    const forms: Record<string, string> = { d: "literal", v: "variable", t: "variable", c: "readonly", r: "readonly" };
    return match ? { form: forms[match[1]!]!, value: match[2]! } : undefined;
  };
  const forms = new Map<string, Set<string>>();
  for (const diagnostic of diagnostics) {
    const mark = marked(diagnostic);
    if (mark) forms.set(mark.value, (forms.get(mark.value) ?? new Set()).add(mark.form));
  }
  return diagnostics.filter((diagnostic) => {
    const mark = marked(diagnostic);
    return mark === undefined || forms.get(mark.value)!.size === 3;
  });
}

function format(diagnostic: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  if (!diagnostic.file || diagnostic.start === undefined) return `TS${diagnostic.code}: ${text}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const where = `${diagnostic.file.fileName.replace(/^.*?\/gen-schemas-fuzz-[^/]+\/\d+\//, "")}:${line + 1}:${character + 1}`;
  // The consumer line is the value that did not fit: worth seeing whole.
  const source = diagnostic.file.fileName.endsWith("/consumer.ts") ? `\n    in: ${lineText(diagnostic.file, line).slice(0, 2000)}` : "";
  return `${where} TS${diagnostic.code}: ${text}${source}`;
}

/** A line as TypeScript counts lines, without its line break. */
function lineText(file: ts.SourceFile, line: number): string {
  const starts = file.getLineStarts();
  return file.text.slice(starts[line], starts[line + 1] ?? file.text.length).replace(/\r?\n$/, "");
}
