import { pointerTo } from "../errors.js";
import { describeValue, fail, isObject, type Context } from "./context.js";
import type { TypeName } from "./member-types.js";
import type { Bound } from "./types.js";

export type SpecSchema = Record<string, unknown>;

export const UNIONS = ["anyOf", "oneOf", "allOf"] as const;

export const TYPES: readonly TypeName[] = ["string", "integer", "number", "boolean", "array", "object"];

export const NULL_ONLY_HINT = 'Make the schema that holds it nullable instead: anyOf: [X, { type: "null" }], or type: ["string", "null"]';


/**
 * Keywords that constrain a value and that the generated validators don't enforce: a
 * schema with one is refused, since dropping it would accept values the spec forbids.
 * `not` is OpenAPI 3.0's; the rest are JSON Schema's (OpenAPI 3.1), each with the 3.0
 * way to say it where there is one.
 */
const UNSUPPORTED: Record<string, string> = {
  not: "Describe the allowed values instead (an enum, a pattern, anyOf)",
  if: "Use anyOf or oneOf of the alternatives",
  then: "Use anyOf or oneOf of the alternatives",
  else: "Use anyOf or oneOf of the alternatives",
  prefixItems: "Describe the items with one schema (items)",
  additionalItems: "Describe the items with one schema (items)",
  contains: "Remove it, or check it in your own code",
  minContains: "Remove it, or check it in your own code",
  maxContains: "Remove it, or check it in your own code",
  patternProperties: "Use additionalProperties with a schema",
  propertyNames: "Remove it, or check it in your own code",
  dependencies: "Remove it, or check it in your own code",
  dependentRequired: "Remove it, or check it in your own code",
  dependentSchemas: "Remove it, or check it in your own code",
  unevaluatedItems: "Describe the items with one schema (items)",
};

/**
 * The keywords the IR reads as constraints. OpenAPI 3.0 ignores every keyword beside `$ref`
 * (so does the IR, but for `nullable` and `description`, which specs write there to mean
 * them); 3.1 applies them, and so does the IR (merge.ts).
 */
export const CONSTRAINTS = new Set([
  "type", "enum", "const", "properties", "unevaluatedProperties", "additionalProperties", "required", "items", "anyOf", "oneOf", "allOf",
  "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
  "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
]);

/** Refuses a keyword the validators wouldn't enforce, at its pointer. */
export function refuseUnsupported(context: Context, schema: SpecSchema, pointer: string): void {
  for (const keyword of Object.keys(UNSUPPORTED)) {
    if (Object.hasOwn(schema, keyword)) fail(context, `\`${keyword}\` is not supported: the validators would not enforce it`, pointerTo(pointer, keyword), UNSUPPORTED[keyword]!);
  }
}

/** Keywords that say nothing of a value: a schema of `type: "null"` and these is the null member of a union. */
const ANNOTATIONS = new Set(["type", "description", "title", "$comment", "examples", "example", "default", "deprecated", "readOnly", "writeOnly"]);

/** `{ type: "null" }` (or `["null"]`), with annotations at most: OpenAPI 3.1's null member of `anyOf`/`oneOf`. */
export function isNullOnly(raw: unknown): boolean {
  if (!isObject(raw)) return false;
  const type = raw.type;
  const onlyNull = type === "null" || (Array.isArray(type) && type.length === 1 && type[0] === "null");
  return onlyNull && Object.keys(raw).every((keyword) => ANNOTATIONS.has(keyword) || keyword.startsWith("x-"));
}

/**
 * `const: v` is `enum: [v]` (beside an `enum`, the values of it that equal `v`): the schema
 * as the IR reads it. Values an enum can't hold (objects, arrays) are refused there.
 */
export function constAsEnum(context: Context, schema: SpecSchema, pointer: string): SpecSchema {
  if (!Object.hasOwn(schema, "const")) return schema;
  const { const: value, ...rest } = schema;
  if (typeof value === "object" && value !== null) fail(context, `A \`const\` of ${describeValue(value)} is not supported`, pointerTo(pointer, "const"), "Use a string, a finite number, a boolean or null");
  if (rest.enum === undefined) return { ...rest, enum: [value] };
  if (!Array.isArray(rest.enum) || !rest.enum.includes(value)) fail(context, "`const` is not among the values of `enum` beside it: no value is valid", pointerTo(pointer, "const"), "Remove one of them, or list the value in the enum");
  return { ...rest, enum: [value] };
}

/**
 * `unevaluatedProperties` of a schema without a union: `false` closes the object to the
 * properties its schemas declare, which is what `additionalProperties: false` means to the
 * IR (merge.ts reads it so across `allOf`); `true` adds nothing. A schema there is refused.
 */
export function unevaluatedAsAdditional(context: Context, schema: SpecSchema, pointer: string): SpecSchema {
  if (!Object.hasOwn(schema, "unevaluatedProperties")) return schema;
  const { unevaluatedProperties: value, ...rest } = schema;
  if (typeof value !== "boolean") fail(context, "`unevaluatedProperties` with a schema is not supported", pointerTo(pointer, "unevaluatedProperties"), "Use additionalProperties, or unevaluatedProperties: false");
  // With additionalProperties there, every other key is evaluated already.
  return value || rest.additionalProperties !== undefined ? rest : { ...rest, additionalProperties: false };
}

/**
 * The schema's type: `type`, or `object`/`array` when it has their keywords. In OpenAPI 3.1
 * `type` may also list `"null"` beside one type (`["string", "null"]`): `withNull`.
 */
export function typeOf(context: Context, schema: SpecSchema, pointer: string): { type: TypeName | undefined; withNull: boolean } {
  const type = schema.type;
  if (type === undefined) {
    if (schema.properties !== undefined || schema.additionalProperties !== undefined) return { type: "object", withNull: false };
    if (schema.items !== undefined) return { type: "array", withNull: false };
    return { type: undefined, withNull: false };
  }
  const listed = Array.isArray(type) && context.jsonSchema;
  const names: unknown[] = listed ? type : [type];
  for (const [i, name] of names.entries()) {
    if (typeof name === "string" && ((TYPES as readonly string[]).includes(name) || (context.jsonSchema && name === "null"))) continue;
    fail(
      context,
      `Unknown schema type ${JSON.stringify(name)}`,
      listed ? pointerTo(pointer, "type", i) : `${pointer}/type`,
      context.jsonSchema ? `Use one of ${TYPES.join(", ")}, with "null" beside it for null` : `Use one of ${TYPES.join(", ")} (OpenAPI 3.0 has no "null" type or type arrays: use nullable: true)`,
    );
  }
  if (listed && (names.length === 0 || new Set(names).size !== names.length)) {
    fail(context, "`type` must list each type once", `${pointer}/type`, 'Write one type, or one and "null": ["string", "null"]');
  }
  const types = names.filter((name) => name !== "null") as TypeName[];
  if (types.length > 1) fail(context, `\`type\` lists ${types.length} types (${types.join(", ")}): not supported`, `${pointer}/type`, "Use anyOf with one schema per type");
  if (types.length === 0) fail(context, "A schema whose only value is null is not supported", `${pointer}/type`, NULL_ONLY_HINT);
  return { type: types[0], withNull: types.length < names.length };
}

/**
 * `minimum` and `maximum` with their exclusive forms, OpenAPI 3.0's (`exclusiveMinimum: true`
 * beside `minimum`) and 3.1's (`exclusiveMinimum: 0`: the stricter of it and `minimum`
 * applies), and `multipleOf`.
 */
export function numberLimitsOf(context: Context, schema: SpecSchema, pointer: string): { min?: Bound; max?: Bound; multipleOf?: number } {
  const bound = (keyword: "minimum" | "maximum", exclusiveKeyword: "exclusiveMinimum" | "exclusiveMaximum"): Bound | undefined => {
    const value = schema[keyword];
    const exclusive = schema[exclusiveKeyword];
    if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value))) {
      fail(context, `\`${keyword}\` must be a number, not ${describeValue(value)}`, pointerTo(pointer, keyword), "Fix the limit or remove it");
    }
    if (exclusive !== undefined && typeof exclusive !== "boolean" && (typeof exclusive !== "number" || !Number.isFinite(exclusive))) {
      fail(context, `\`${exclusiveKeyword}\` must be a boolean or a number, not ${describeValue(exclusive)}`, pointerTo(pointer, exclusiveKeyword), `Write ${exclusiveKeyword}: true beside ${keyword}, or remove it`);
    }
    if (exclusive === true && value === undefined) fail(context, `\`${exclusiveKeyword}\` has no \`${keyword}\` to apply to`, pointerTo(pointer, exclusiveKeyword), `Add ${keyword} or remove ${exclusiveKeyword}`);
    const inclusive = value === undefined ? undefined : { value: value as number, exclusive: exclusive === true };
    if (typeof exclusive !== "number") return inclusive;
    const strict = { value: exclusive, exclusive: true };
    if (inclusive === undefined) return strict;
    const tighter = keyword === "minimum" ? strict.value >= inclusive.value : strict.value <= inclusive.value;
    return tighter ? strict : inclusive;
  };
  const [min, max] = [bound("minimum", "exclusiveMinimum"), bound("maximum", "exclusiveMaximum")];
  if (min && max && (min.value > max.value || (min.value === max.value && (min.exclusive || max.exclusive)))) {
    fail(context, `\`minimum\` ${min.value} and \`maximum\` ${max.value} leave no number valid`, pointerTo(pointer, "minimum"), "Fix one of the limits");
  }
  const multipleOf = schema.multipleOf;
  if (multipleOf !== undefined && (typeof multipleOf !== "number" || !Number.isFinite(multipleOf) || multipleOf <= 0)) {
    fail(context, `\`multipleOf\` must be a number greater than 0, not ${describeValue(multipleOf)}`, pointerTo(pointer, "multipleOf"), "Fix the divisor or remove it");
  }
  return { ...(min ? { min } : {}), ...(max ? { max } : {}), ...(multipleOf === undefined ? {} : { multipleOf: multipleOf as number }) };
}
