import { pointerTo } from "../errors.js";
import { describeValue, fail, isObject, type Context } from "./context.js";
import { compareNames } from "./names.js";
import { resolveRef } from "./refs.js";
import type { EnumValue, IrNode, IrObject } from "./types.js";

/** Deeper inline nesting than this is refused with a message rather than risking the stack. */
export const MAX_DEPTH = 200;

type SpecSchema = Record<string, unknown>;
type Base = { nullable: boolean; pointer: string; description?: string };

const TYPES = ["string", "integer", "number", "boolean", "array", "object"] as const;
type TypeName = (typeof TYPES)[number];

const NESTING_HINT = "Move nested schemas into components.schemas and refer to them with $ref";

/** The IR of the schema at `pointer`, checked: `$ref`s resolve, types are known, `required` names exist. */
export function toNode(context: Context, raw: unknown, pointer: string, depth: number): IrNode {
  if (depth > MAX_DEPTH) fail(context, `Schema nested deeper than ${MAX_DEPTH} levels`, pointer, NESTING_HINT);
  if (--context.budget < 0) fail(context, "The spec expands to too many schemas (YAML aliases?)", pointer, "Use $ref to component schemas instead of YAML aliases");
  if (raw === true || (isObject(raw) && Object.keys(raw).length === 0)) return { kind: "unknown", nullable: false, pointer };
  if (!isObject(raw)) fail(context, `A schema must be an object, not ${describeValue(raw)}`, pointer, "Write a schema object such as { type: string }");
  const schema = raw;
  const base: Base = {
    nullable: schema.nullable === true,
    pointer,
    ...(typeof schema.description === "string" ? { description: schema.description } : {}),
  };
  if (typeof schema.$ref === "string") return { kind: "ref", target: resolveRef(context, schema.$ref, pointer), ...base };
  if (schema.$ref !== undefined) fail(context, `\`$ref\` must be a string, not ${describeValue(schema.$ref)}`, `${pointer}/$ref`, 'Write $ref: "#/components/schemas/<name>"');

  for (const keyword of ["anyOf", "oneOf", "allOf"] as const) {
    if (schema[keyword] !== undefined) return unionNode(context, schema, keyword, base, depth);
  }
  if (schema.enum !== undefined) return enumNode(context, schema, base);

  const type = typeOf(context, schema, pointer);
  switch (type) {
    case "string":
      return {
        kind: "string",
        ...base,
        ...maxLengthOf(context, schema, pointer),
        ...(schema.pattern !== undefined ? { pattern: patternOf(context, schema.pattern, pointer) } : {}),
        ...(typeof schema.format === "string" ? { format: schema.format } : {}),
      };
    case "integer":
    case "number":
      return { kind: "number", integer: type === "integer", ...base, ...(typeof schema.format === "string" ? { format: schema.format } : {}) };
    case "boolean":
      return { kind: "boolean", ...base };
    case "array": {
      const items = schema.items === undefined ? ({ kind: "unknown", nullable: false, pointer: `${pointer}/items` } as const) : toNode(context, schema.items, `${pointer}/items`, depth + 1);
      return { kind: "array", items, ...base };
    }
    case "object":
      return objectNode(context, schema, base, depth);
    case undefined:
      return { kind: "unknown", ...base };
  }
}

function typeOf(context: Context, schema: SpecSchema, pointer: string): TypeName | undefined {
  const type = schema.type;
  if (type === undefined) {
    if (schema.properties !== undefined || schema.additionalProperties !== undefined) return "object";
    if (schema.items !== undefined) return "array";
    return undefined;
  }
  if (typeof type === "string" && (TYPES as readonly string[]).includes(type)) return type as TypeName;
  return fail(
    context,
    `Unknown schema type ${JSON.stringify(type)}`,
    `${pointer}/type`,
    `Use one of ${TYPES.join(", ")} (OpenAPI 3.0 has no "null" type or type arrays: use nullable: true)`,
  );
}

function objectNode(context: Context, schema: SpecSchema, base: Base, depth: number): IrObject {
  const { pointer } = base;
  const properties = schema.properties ?? {};
  if (!isObject(properties)) fail(context, `\`properties\` must be an object, not ${describeValue(properties)}`, `${pointer}/properties`, "Map each property name to its schema");
  const required = requiredNames(context, schema, pointer);
  for (const [i, name] of required.entries()) {
    if (!Object.hasOwn(properties, name)) {
      fail(context, `\`required\` names "${name}", which is not among the properties`, pointerTo(pointer, "required", i), `Add a "${name}" property or remove it from required`);
    }
  }
  const names = Object.keys(properties).sort(compareNames);
  const props = names.map((name) => ({
    name,
    required: required.includes(name),
    node: toNode(context, properties[name], pointerTo(pointer, "properties", name), depth + 1),
  }));
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
  return {
    kind: "object",
    properties: props,
    additional: additional !== false && typeof additional !== "boolean" && additional.kind === "unknown" && !additional.nullable ? true : additional,
    ...base,
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
  if (keyword === "allOf" && raw.length > 1) {
    fail(context, "`allOf` with more than one schema is not supported", `${pointer}/allOf`, "Merge the schemas into one");
  }
  const members = raw.map((member, i) => toNode(context, member, pointerTo(pointer, keyword, i), depth + 1));
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
  const declared = typeOf(context, schema, pointer);
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
    ...maxLengthOf(context, schema, pointer),
  };
}

function maxLengthOf(context: Context, schema: SpecSchema, pointer: string): { maxLength?: number } {
  const max = schema.maxLength;
  if (max === undefined) return {};
  if (typeof max !== "number" || !Number.isSafeInteger(max) || max < 0) {
    fail(context, `\`maxLength\` must be a whole number ≥ 0, not ${describeValue(max)}`, `${pointer}/maxLength`, "Fix the limit or remove it");
  }
  return { maxLength: max };
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
