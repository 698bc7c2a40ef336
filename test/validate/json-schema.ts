import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import * as yaml from "js-yaml";
import { SPECS, type SpecVersion } from "../support/paths.js";

/**
 * The reference our validators are compared with: a vendored spec's component schemas
 * converted to one JSON Schema (draft-07) document straight from the raw OpenAPI, not
 * from our IR, and compiled by ajv. The test (`differential.test.ts`) and the benchmark
 * (`bench/validate.ts`) both use it, so they compare against the same thing.
 *
 * OpenAPI 3.0 -> JSON Schema:
 * - `nullable: true` allows `null` (`type: [t, "null"]`, `null` in `enum`, or `anyOf` with `{ type: "null" }`);
 * - `$ref: "#/components/schemas/x"` -> `#/definitions/x`;
 * - enums with `x-stripeBypassValidation` are open: a plain `type: "string"`;
 * - `exclusiveMinimum: true` beside `minimum` (and the same for maximum) -> draft-07's number form;
 * - annotations (`description`, `title`, `format`, `x-*`, …) are dropped; any other
 *   keyword this file does not know makes it throw, so spec drift is seen, not ignored.
 */
export type JsonSchema = boolean | { [keyword: string]: unknown };

export interface ConvertOptions {
  /**
   * `"reject"`: objects with properties and without `additionalProperties` get
   * `additionalProperties: false`, as `unknownKeys: "reject"` checks; an object with no
   * properties at all stays a free-form map.
   */
  unknownKeys?: "passthrough" | "reject";
}

const SCHEMA_REF = "#/components/schemas/";
const ANNOTATIONS = new Set(["description", "title", "format", "example", "examples", "deprecated", "readOnly", "writeOnly", "externalDocs", "xml", "default"]);
const STRUCTURAL = new Set([
  "type", "properties", "required", "additionalProperties", "items", "enum", "maxLength", "minLength", "pattern", "maximum", "minimum",
  "exclusiveMaximum", "exclusiveMinimum", "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
  "anyOf", "oneOf", "allOf", "$ref", "nullable", "const",
]);

/** The raw `components.schemas` of a vendored spec. */
export function componentSchemas(version: SpecVersion): Record<string, unknown> {
  const file = SPECS[version];
  const text = readFileSync(file, "utf8");
  const document = (file.endsWith(".json") ? JSON.parse(text) : yaml.load(text)) as { components: { schemas: Record<string, unknown> } };
  return document.components.schemas;
}

/** `#/definitions/<name>`, escaped as a JSON pointer inside a URI fragment. */
export function definitionRef(name: string): string {
  return `#/definitions/${encodeURIComponent(name.replace(/~/g, "~0").replace(/\//g, "~1"))}`;
}

/** Every component schema as a definition of one JSON Schema document. */
export function toJsonSchema(schemas: Record<string, unknown>, options: ConvertOptions = {}): { definitions: Record<string, JsonSchema> } {
  const definitions: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    Object.defineProperty(definitions, name, { value: convert(schema, `${SCHEMA_REF}${name}`, options), enumerable: true, writable: true, configurable: true });
  }
  return { definitions };
}

/** An inline schema of an object (not a `$ref`). */
function isInlineObject(member: unknown): boolean {
  if (typeof member !== "object" || member === null || Array.isArray(member)) return false;
  const schema = member as Record<string, unknown>;
  return schema.$ref === undefined && (schema.type === "object" || schema.properties !== undefined);
}

function convert(raw: unknown, at: string, options: ConvertOptions, inAllOf = false): JsonSchema {
  if (raw === true || raw === false) return raw;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error(`Not a schema at ${at}`);
  const schema = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword.startsWith("x-") || ANNOTATIONS.has(keyword) || keyword === "nullable") continue;
    if (!STRUCTURAL.has(keyword)) throw new Error(`Unknown keyword "${keyword}" at ${at}: teach test/validate/json-schema.ts what it means`);
    out[keyword] = convertKeyword(keyword, value, `${at}/${keyword}`, options);
  }
  // OpenAPI 3.0's `exclusiveMinimum: true` beside `minimum` is draft-07's `exclusiveMinimum: <minimum>`
  // (a number there, as in OpenAPI 3.1, stays: draft-07 applies the stricter of the two).
  for (const [exclusive, inclusive] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]] as const) {
    if (out[exclusive] === true) {
      out[exclusive] = out[inclusive];
      delete out[inclusive];
    } else if (out[exclusive] === false) {
      delete out[exclusive];
    }
  }
  if (schema["x-stripeBypassValidation"] === true && Array.isArray(schema.enum) && schema.enum.every((value) => typeof value === "string")) {
    delete out.enum;
    out.type = "string";
  }
  if (options.unknownKeys === "reject" && out.additionalProperties === undefined && Object.keys(out.properties ?? {}).length > 0 && !inAllOf) {
    out.additionalProperties = false;
  }
  // allOf of inline objects, as the generator merges it: closed, in reject mode, to the
  // properties every member declares (a member's own `additionalProperties: false` would
  // refuse the others'; draft-07 has no unevaluatedProperties).
  if (options.unknownKeys === "reject" && Array.isArray(schema.allOf) && schema.allOf.every((member) => isInlineObject(member))) {
    const names = (schema.allOf as Record<string, unknown>[]).flatMap((member) => Object.keys((member.properties ?? {}) as object));
    if (names.length > 0 && out.properties === undefined && schema.allOf.every((member) => (member as Record<string, unknown>).additionalProperties === undefined)) {
      out.properties = Object.fromEntries(names.map((name) => [name, true]));
      out.additionalProperties = false;
    }
  }
  return schema.nullable === true ? allowNull(out) : out;
}

function convertKeyword(keyword: string, value: unknown, at: string, options: ConvertOptions): unknown {
  switch (keyword) {
    case "$ref": {
      if (typeof value !== "string" || !value.startsWith(SCHEMA_REF)) throw new Error(`Unsupported $ref ${JSON.stringify(value)} at ${at}`);
      return definitionRef(decodeURIComponent(value.slice(SCHEMA_REF.length)).replace(/~1/g, "/").replace(/~0/g, "~"));
    }
    case "properties": {
      const properties: Record<string, JsonSchema> = {};
      for (const [name, schema] of Object.entries(value as Record<string, unknown>)) {
        Object.defineProperty(properties, name, { value: convert(schema, `${at}/${name}`, options), enumerable: true, writable: true, configurable: true });
      }
      return properties;
    }
    case "additionalProperties":
    case "items":
      return typeof value === "boolean" ? value : convert(value, at, options);
    case "anyOf":
    case "oneOf":
      return (value as unknown[]).map((member, i) => convert(member, `${at}/${i}`, options));
    case "allOf": {
      // Members closed as a whole by convert() (inline objects) aren't closed one by one.
      const merged = (value as unknown[]).every((member) => isInlineObject(member));
      return (value as unknown[]).map((member, i) => convert(member, `${at}/${i}`, options, merged));
    }
    default:
      return value;
  }
}

/** OpenAPI 3.0 `nullable: true` in JSON Schema terms. */
function allowNull(schema: Record<string, unknown>): JsonSchema {
  const { type, enum: values } = schema;
  if (Array.isArray(values)) {
    const withNull = values.includes(null) ? values : [...values, null];
    return typeof type === "string" ? { ...schema, type: [type, "null"], enum: withNull } : { ...schema, enum: withNull };
  }
  if (typeof type === "string" && schema.anyOf === undefined && schema.oneOf === undefined && schema.allOf === undefined && schema.$ref === undefined) {
    return { ...schema, type: [type, "null"] };
  }
  if (type === undefined && schema.anyOf === undefined && schema.oneOf === undefined && schema.allOf === undefined && schema.$ref === undefined) return schema;
  return { anyOf: [{ type: "null" }, schema] };
}

export interface ReferenceOptions extends ConvertOptions {
  /** ajv's `inlineRefs` (default true, its fastest code); false compiles 819 schemas in half the time. */
  inlineRefs?: boolean;
}

/** ajv with one spec's definitions added; the function returns a component's validator (compiled on first use, then cached by ajv). */
export function referenceValidators(version: SpecVersion, options: ReferenceOptions = {}): (name: string) => ValidateFunction {
  const ajv = new Ajv({ strict: true, strictTypes: false, allErrors: false, validateFormats: false, inlineRefs: options.inlineRefs ?? true });
  const id = `https://gen-schemas.test/${version}${options.unknownKeys === "reject" ? "/reject" : ""}`;
  ajv.addSchema({ $id: id, ...toJsonSchema(componentSchemas(version), options) });
  return (name) => {
    const validate = ajv.getSchema(`${id}${definitionRef(name)}`);
    if (!validate) throw new Error(`ajv has no definition for ${name}`);
    return validate;
  };
}
