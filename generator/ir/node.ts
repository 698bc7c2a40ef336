import { pointerTo } from "../errors.js";
import { describeValue, fail, isObject, note, type Context } from "./context.js";
import { compareNames } from "./names.js";
import { constAsEnum, CONSTRAINTS, isNullOnly, NULL_ONLY_HINT, numberLimitsOf, refuseUnsupported, typeOf, unevaluatedAsAdditional, UNIONS, type SpecSchema } from "./keywords.js";
import { mergeSchema } from "./merge.js";
import { resolveRef } from "./refs.js";
import type { TypeName } from "./member-types.js";
import type { EnumValue, IrNode, IrObject } from "./types.js";

/** Deeper inline nesting than this is refused with a message rather than risking the stack. */
export const MAX_DEPTH = 200;

type Base = { nullable: boolean; pointer: string; description?: string };


/** The keywords that apply to values of one type only, and that type: without a `type`, the validators couldn't enforce them. */
const TYPED_KEYWORDS: Record<string, TypeName> = {
  minLength: "string", maxLength: "string", pattern: "string",
  minimum: "number", maximum: "number", exclusiveMinimum: "number", exclusiveMaximum: "number", multipleOf: "number",
  minItems: "array", maxItems: "array", uniqueItems: "array",
  required: "object", minProperties: "object", maxProperties: "object",
};

const NESTING_HINT = "Move nested schemas into components.schemas and refer to them with $ref";

/** The IR of the schema at `pointer`, checked: `$ref`s resolve, types are known, schemas combined are merged (merge.ts). */
export function toNode(context: Context, raw: unknown, at: string, depth: number): IrNode {
  const pointer = (isObject(raw) && context.origins.get(raw)) || at;
  if (depth > MAX_DEPTH) fail(context, `Schema nested deeper than ${MAX_DEPTH} levels`, pointer, NESTING_HINT);
  if (--context.budget < 0) fail(context, "The spec expands to too many schemas (YAML aliases?)", pointer, "Use $ref to component schemas instead of YAML aliases");
  if (raw === true || (isObject(raw) && Object.keys(raw).length === 0)) return { kind: "unknown", nullable: false, pointer };
  if (!isObject(raw)) fail(context, `A schema must be an object, not ${describeValue(raw)}`, pointer, "Write a schema object such as { type: string }");
  const schema = constAsEnum(context, raw, pointer);
  const base: Base = {
    nullable: schema.nullable === true,
    pointer,
    ...(typeof schema.description === "string" ? { description: schema.description } : {}),
  };
  // OpenAPI 3.1 applies every keyword beside a $ref; 3.0 ignores them.
  if (typeof schema.$ref === "string" && context.jsonSchema) refuseUnsupported(context, schema, pointer);
  if (combines(context, schema)) return toNode(context, mergeSchema(context, schema, pointer), pointer, depth + 1);
  if (typeof schema.$ref === "string") return { kind: "ref", target: resolveRef(context, schema.$ref, pointer), ...base };
  if (schema.$ref !== undefined) fail(context, `\`$ref\` must be a string, not ${describeValue(schema.$ref)}`, `${pointer}/$ref`, 'Write $ref: "#/components/schemas/<name>"');
  refuseUnsupported(context, schema, pointer);
  if (schema.unevaluatedProperties !== undefined) return toNode(context, unevaluatedAsAdditional(context, schema, pointer), pointer, depth + 1);

  const union = UNIONS.find((keyword) => schema[keyword] !== undefined);
  if (union !== undefined) return unionWithSiblings(context, schema, union, base, depth);
  if (schema.enum !== undefined) return enumNode(context, schema, base);

  const { type, withNull } = typeOf(context, schema, pointer);
  if (withNull) base.nullable = true;
  switch (type) {
    case "string":
      return {
        kind: "string",
        ...base,
        ...lengthsOf(context, schema, pointer),
        ...(schema.pattern !== undefined ? { pattern: patternOf(context, schema.pattern, pointer) } : {}),
        ...(typeof schema.format === "string" ? { format: schema.format } : {}),
      };
    case "integer":
    case "number":
      return { kind: "number", integer: type === "integer", ...base, ...(typeof schema.format === "string" ? { format: schema.format } : {}), ...numberLimitsOf(context, schema, pointer) };
    case "boolean":
      return { kind: "boolean", ...base };
    case "array": {
      const items = schema.items === undefined ? ({ kind: "unknown", nullable: false, pointer: `${pointer}/items` } as const) : toNode(context, schema.items, `${pointer}/items`, depth + 1);
      return { kind: "array", items, ...base, ...countsOf(context, schema, pointer, "minItems", "maxItems"), ...(uniqueOf(context, schema, pointer) ? { uniqueItems: true } : {}) };
    }
    case "object":
      return objectNode(context, schema, base, depth);
    case undefined: {
      const stray = Object.keys(schema).find((keyword) => Object.hasOwn(TYPED_KEYWORDS, keyword) && !allowsAll(keyword, schema[keyword]));
      if (stray !== undefined) {
        fail(context, `\`${stray}\` without a \`type\` is not supported: it applies to values of one type only, and the validators would accept any value`, pointerTo(pointer, stray), `Add the type it is for: type: ${TYPED_KEYWORDS[stray]}`);
      }
      return { kind: "unknown", ...base };
    }
  }
}

/** `required: []`, `uniqueItems: false`, a zero minimum count or length: true of every value, with a type or without. */
function allowsAll(keyword: string, value: unknown): boolean {
  if (keyword === "required") return Array.isArray(value) && value.length === 0;
  if (keyword === "uniqueItems") return value === false;
  return (keyword === "minLength" || keyword === "minItems" || keyword === "minProperties") && value === 0;
}

/**
 * Whether the schema's keywords apply together in a way one IR node can't say: merge.ts
 * reads them as one schema. `allOf` of several schemas; a constraint beside `anyOf`,
 * `oneOf` or `allOf` (`type` aside, read below), or two of them; in OpenAPI 3.1, a
 * constraint beside `$ref`.
 */
function combines(context: Context, schema: SpecSchema): boolean {
  if (typeof schema.$ref === "string") return context.jsonSchema && Object.keys(schema).some((keyword) => CONSTRAINTS.has(keyword));
  if (Array.isArray(schema.allOf) && schema.allOf.length > 1) return true;
  const union = UNIONS.find((keyword) => schema[keyword] !== undefined);
  return union !== undefined && Object.keys(schema).some((other) => other !== union && other !== "type" && CONSTRAINTS.has(other));
}

/**
 * A union keyword with `type` at most beside it. `type` is given to the inline members that
 * have none, and must be the type of every other member (`type: object` and `oneOf` of
 * objects), which build.ts checks once every schema is built.
 */
function unionWithSiblings(context: Context, schema: SpecSchema, keyword: (typeof UNIONS)[number], base: Base, depth: number): IrNode {
  const { pointer } = base;
  if (schema.type === undefined) return unionNode(context, schema, keyword, base, depth);
  const { type, withNull } = typeOf(context, schema, pointer);
  if (withNull) base.nullable = true;
  // type ∧ (A ∨ B) is (type ∧ A) ∨ (type ∧ B), and so for exactly one: an inline member
  // without a type of its own takes the union's (`type: string` with `anyOf` of patterns).
  const raw = schema[keyword];
  const typed = Array.isArray(raw) && type !== undefined ? raw.map((member: unknown) => (isObject(member) && member.$ref === undefined && member.type === undefined ? { ...member, type } : member)) : raw;
  const node = unionNode(context, { ...schema, [keyword]: typed }, keyword, base, depth);
  // A union of one member is that member, at the union's pointer: name its list instead.
  const members = node.kind === "union" ? node.members : [{ ...node, pointer: pointerTo(pointer, keyword) }];
  if (type !== undefined) context.typedUnions.push({ pointer: pointerTo(pointer, "type"), keyword, type, nullable: base.nullable, members });
  return node;
}

function objectNode(context: Context, schema: SpecSchema, base: Base, depth: number): IrObject {
  const { pointer } = base;
  const properties = schema.properties ?? {};
  if (!isObject(properties)) fail(context, `\`properties\` must be an object, not ${describeValue(properties)}`, `${pointer}/properties`, "Map each property name to its schema");
  const required = requiredNames(context, schema, pointer);
  const additionalRaw = schema.additionalProperties;
  const additional: IrNode | boolean =
    // Absent means "any other key" in JSON Schema. With declared properties we keep such an
    // object closed (types list its properties, unknownKeys acts on the rest), as every
    // generator does; without any, it is a free-form map, and is typed and checked as one.
    additionalRaw === undefined
      ? Object.keys(properties).length === 0
      : typeof additionalRaw === "boolean"
        ? additionalRaw
        : toNode(context, additionalRaw, `${pointer}/additionalProperties`, depth + 1);
  const props = Object.keys(properties).map((name) => ({
    name,
    required: required.includes(name),
    node: toNode(context, properties[name], pointerTo(pointer, "properties", name), depth + 1),
  }));
  // JSON Schema lets `required` name a key the properties don't declare: it must be there,
  // with any value the other keys may have. Often a typo in the spec, so it gets a note.
  for (const [i, name] of required.entries()) {
    if (Object.hasOwn(properties, name) || props.some((property) => property.name === name)) continue;
    const at = pointerTo(pointer, "required", i);
    if (additionalRaw === false) fail(context, `\`required\` names "${name}", which is not among the properties, and \`additionalProperties: false\` allows no other key`, at, `Add a "${name}" property or remove it from required`);
    note(context, at, `\`required\` names "${name}", which is not among the properties: typed ${typeof additional === "boolean" ? "unknown" : "as additionalProperties"}`);
    props.push({ name, required: true, node: typeof additional === "boolean" ? { kind: "unknown", nullable: false, pointer: at } : additional });
  }
  props.sort((a, b) => compareNames(a.name, b.name));
  return {
    kind: "object",
    properties: props,
    additional: additional !== false && typeof additional !== "boolean" && additional.kind === "unknown" && !additional.nullable ? true : additional,
    ...base,
    ...countsOf(context, schema, pointer, "minProperties", "maxProperties"),
    ...(additionalRaw === false ? { sealed: true as const } : {}),
    ...(typeof schema.title === "string" ? { title: schema.title } : {}),
  };
}

function requiredNames(context: Context, schema: SpecSchema, pointer: string): string[] {
  const required = schema.required;
  if (required === undefined) return [];
  if (!Array.isArray(required) || !required.every((name) => typeof name === "string")) {
    fail(context, "`required` must be an array of property names", `${pointer}/required`, 'Write required: ["name", …]');
  }
  return required as string[];
}

function unionNode(context: Context, schema: SpecSchema, keyword: "anyOf" | "oneOf" | "allOf", base: Base, depth: number): IrNode {
  const { pointer } = base;
  const raw = schema[keyword];
  if (!Array.isArray(raw) || raw.length === 0) {
    fail(context, `\`${keyword}\` must be a non-empty array of schemas, not ${describeValue(raw)}`, `${pointer}/${keyword}`, "List one schema or more");
  }
  // OpenAPI 3.1 writes a nullable X as `anyOf: [X, { type: "null" }]`: that member is the union's `nullable`.
  const isNull = raw.map((member) => context.jsonSchema && keyword !== "allOf" && isNullOnly(member));
  const nulls = isNull.filter(Boolean).length;
  if (nulls === raw.length) fail(context, "A schema whose only value is null is not supported", `${pointer}/${keyword}`, NULL_ONLY_HINT);
  if (keyword === "oneOf" && nulls > 1) fail(context, "`oneOf` lists null twice, so null is never exactly one member", `${pointer}/oneOf`, 'List { type: "null" } once');
  const members = raw.flatMap((member, i) => (isNull[i] ? [] : [toNode(context, member, pointerTo(pointer, keyword, i), depth + 1)]));
  if (nulls > 0) base.nullable = true;
  if (keyword === "oneOf" && nulls > 0) context.nullMembers.push({ pointer: `${pointer}/oneOf`, members });
  if (members.length === 1) {
    // `anyOf: [{ $ref }]` with `nullable` is how Stripe writes a nullable reference.
    const only = members[0]!;
    return { ...only, nullable: only.nullable || base.nullable, pointer, ...(base.description === undefined ? {} : { description: base.description }) };
  }
  const expandable = schema["x-expansionResources"] !== undefined || (members[0]!.kind === "string" && members.slice(1).every((member) => member.kind === "ref"));
  return { kind: "union", members, expandable, ...(keyword === "oneOf" ? { exclusive: true } : {}), ...base };
}

function enumNode(context: Context, schema: SpecSchema, base: Base): IrNode {
  const { pointer } = base;
  const raw = schema.enum;
  if (!Array.isArray(raw) || raw.length === 0) {
    fail(context, `\`enum\` must be a non-empty array, not ${describeValue(raw)}`, `${pointer}/enum`, "List the allowed values");
  }
  const values: EnumValue[] = [];
  let nullable = base.nullable;
  for (const [i, value] of raw.entries()) {
    if (value === null) nullable = true;
    else if (typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) {
      if (!values.includes(value)) values.push(value);
    } else {
      fail(context, `Enum value ${describeValue(value)} is not supported`, pointerTo(pointer, "enum", i), "Use strings, finite numbers or booleans");
    }
  }
  const kinds = new Set(values.map((value) => typeof value));
  if (kinds.size > 1) {
    fail(context, `Enum mixes value types (${[...kinds].sort().join(", ")})`, `${pointer}/enum`, "Use one type per enum, or anyOf with one enum per type");
  }
  const valueKind = ([...kinds][0] ?? "string") as "string" | "number" | "boolean";
  // JSON Schema: null is a value only if the enum lists it, whatever `type` allows.
  const declared = typeOf(context, schema, pointer).type;
  if (declared !== undefined && (declared === "integer" ? "number" : declared) !== valueKind) {
    fail(context, `Enum values are ${valueKind}s but the type is "${declared}"`, `${pointer}/enum`, "Make the values match the type");
  }
  if (declared === "integer" && values.some((value) => !Number.isInteger(value))) {
    fail(context, 'Enum of type "integer" lists a fraction', `${pointer}/enum`, 'Use whole numbers, or type: "number"');
  }
  const enumBase = declared === "integer" ? "integer" : valueKind;
  return {
    kind: "enum",
    base: enumBase,
    values,
    open: schema["x-stripeBypassValidation"] === true && enumBase === "string",
    ...base,
    nullable,
    ...(enumBase === "string" ? lengthsOf(context, schema, pointer) : {}),
    ...(enumBase === "number" || enumBase === "integer" ? numberLimitsOf(context, schema, pointer) : {}),
  };
}

/** `minLength` and `maxLength`. */
function lengthsOf(context: Context, schema: SpecSchema, pointer: string): { minLength?: number; maxLength?: number } {
  return countsOf(context, schema, pointer, "minLength", "maxLength");
}

/** A pair of limits on a count (`minItems` and `maxItems`, …): whole numbers ≥ 0, the least not above the most. */
function countsOf<Min extends string, Max extends string>(context: Context, schema: SpecSchema, pointer: string, min: Min, max: Max): Partial<Record<Min | Max, number>> {
  const out: Partial<Record<Min | Max, number>> = {};
  for (const keyword of [min, max]) {
    const value = schema[keyword];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
      fail(context, `\`${keyword}\` must be a whole number ≥ 0, not ${describeValue(value)}`, pointerTo(pointer, keyword), "Fix the limit or remove it");
    }
    out[keyword] = value;
  }
  const [least, most] = [out[min], out[max]];
  if (least !== undefined && most !== undefined && least > most) {
    fail(context, `\`${min}\` ${least} is above \`${max}\` ${most}: no value is valid`, pointerTo(pointer, min), "Fix one of the limits");
  }
  return out;
}

/** `uniqueItems`: a boolean. */
function uniqueOf(context: Context, schema: SpecSchema, pointer: string): boolean {
  const unique = schema.uniqueItems;
  if (unique !== undefined && typeof unique !== "boolean") fail(context, `\`uniqueItems\` must be a boolean, not ${describeValue(unique)}`, pointerTo(pointer, "uniqueItems"), "Write uniqueItems: true or remove it");
  return unique === true;
}

/** A pattern the generated validators can compile: ECMAScript syntax with the `u` flag. */
function patternOf(context: Context, pattern: unknown, pointer: string): string {
  if (typeof pattern !== "string") fail(context, `\`pattern\` must be a string, not ${describeValue(pattern)}`, `${pointer}/pattern`, "Quote the regular expression");
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    fail(context, `Invalid pattern: ${(error as Error).message}`, `${pointer}/pattern`, "Use an ECMAScript regular expression (checked with the u flag)");
  }
  return pattern;
}
