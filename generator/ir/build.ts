import { GenerationError, pointerTo } from "../errors.js";
import type { EnumValue, IrDocument, IrNode, IrObject, IrProperty, IrSchema } from "./types.js";
import { assignNames, compareNames } from "./names.js";

const SCHEMAS = "/components/schemas";
const REF_PREFIX = "#/components/schemas/";
/** Deeper inline nesting than this is refused with a message rather than risking the stack. */
export const MAX_DEPTH = 200;

/** The keywords the generator understands; anything else in a schema is ignored only if it is annotation. */
type SpecSchema = Record<string, unknown>;

interface Context {
  file: string;
  schemas: Record<string, unknown>;
}

/**
 * Turns a parsed OpenAPI 3.x document into the IR, checking as it goes: every `$ref`
 * resolves, every `type` is known, every `required` name exists. Errors carry the file
 * and the JSON pointer of the offending schema.
 */
export function buildIr(spec: unknown, file: string): IrDocument {
  const document = expectObject(spec, "The spec is not an object", { file, pointer: "" });
  const openapi = document.openapi;
  if (typeof openapi !== "string" || !/^3\.[01]\.\d+/.test(openapi)) {
    const found = openapi === undefined ? (document.swagger ? `swagger ${String(document.swagger)}` : "no `openapi` field") : JSON.stringify(openapi);
    throw new GenerationError(`Not an OpenAPI 3.0/3.1 document (found ${found})`, { file, pointer: "/openapi" }, "gen-schemas reads OpenAPI 3.x specs; convert Swagger 2.0 first");
  }
  const info = isObject(document.info) ? document.info : {};
  const components = document.components;
  if (!isObject(components) || !isObject(components.schemas)) {
    throw new GenerationError("The spec has no `components.schemas`", { file, pointer: "/components/schemas" }, "Nothing to generate: add component schemas");
  }
  const schemas = components.schemas;
  const context: Context = { file, schemas };
  const names = Object.keys(schemas);
  const { named, renames } = assignNames(names);

  const built: IrSchema[] = named.map(({ name, typeName, fileName }) => {
    const pointer = pointerTo(SCHEMAS, name);
    const node = toNode(context, schemas[name], pointer, 0);
    const refs = new Set<string>();
    collectRefs(node, refs);
    const schema: IrSchema = { name, typeName, fileName, pointer, node, refs: [...refs].sort(compareNames) };
    const discriminator = discriminatorOf(node);
    if (discriminator) schema.discriminator = discriminator;
    return schema;
  });
  rejectPureRefCycles(built, file);
  return {
    title: typeof info.title === "string" ? info.title : "API",
    version: typeof info.version === "string" ? info.version : "0.0.0",
    openapi,
    schemas: built,
    renames,
  };
}

function toNode(context: Context, raw: unknown, pointer: string, depth: number): IrNode {
  if (depth > MAX_DEPTH) {
    throw new GenerationError(`Schema nested deeper than ${MAX_DEPTH} levels`, { file: context.file, pointer }, "Move nested schemas into components.schemas and use $ref");
  }
  if (raw === true || (isObject(raw) && Object.keys(raw).length === 0)) return { kind: "unknown", nullable: false, pointer };
  const schema = expectObject(raw, "A schema must be an object", { file: context.file, pointer });
  const base = {
    nullable: schema.nullable === true,
    pointer,
    ...(typeof schema.description === "string" ? { description: schema.description } : {}),
  };
  if (typeof schema.$ref === "string") return { kind: "ref", target: resolveRef(context, schema.$ref, pointer), ...base };
  if (schema.$ref !== undefined) throw new GenerationError("`$ref` must be a string", { file: context.file, pointer: `${pointer}/$ref` });

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
        ...(typeof schema.maxLength === "number" ? { maxLength: schema.maxLength } : {}),
        ...(typeof schema.pattern === "string" ? { pattern: checkPattern(context, schema.pattern, pointer) } : {}),
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

type Base = { nullable: boolean; pointer: string; description?: string };

const TYPES = ["string", "integer", "number", "boolean", "array", "object"] as const;
type TypeName = (typeof TYPES)[number];

function typeOf(context: Context, schema: SpecSchema, pointer: string): TypeName | undefined {
  const type = schema.type;
  if (type === undefined) {
    if (schema.properties !== undefined || schema.additionalProperties !== undefined) return "object";
    if (schema.items !== undefined) return "array";
    return undefined;
  }
  if (typeof type === "string" && (TYPES as readonly string[]).includes(type)) return type as TypeName;
  throw new GenerationError(
    `Unknown schema type ${JSON.stringify(type)}`,
    { file: context.file, pointer: `${pointer}/type` },
    `Use one of ${TYPES.join(", ")} (OpenAPI 3.0 has no "null" type: use nullable: true)`,
  );
}

function objectNode(context: Context, schema: SpecSchema, base: Base, depth: number): IrObject {
  const { pointer } = base;
  const properties = schema.properties === undefined ? {} : expectObject(schema.properties, "`properties` must be an object", { file: context.file, pointer: `${pointer}/properties` });
  const required = requiredNames(context, schema, pointer);
  for (const name of required) {
    if (!Object.hasOwn(properties, name)) {
      throw new GenerationError(`\`required\` names "${name}", which is not among the properties`, { file: context.file, pointer: `${pointer}/required` }, "Add the property or remove it from required");
    }
  }
  const names = Object.keys(properties).sort(compareNames);
  const props: IrProperty[] = names.map((name) => ({
    name,
    required: required.has(name),
    node: toNode(context, properties[name], pointerTo(pointer, "properties", name), depth + 1),
  }));
  const additionalRaw = schema.additionalProperties;
  const additional: IrNode | boolean =
    additionalRaw === undefined ? false : typeof additionalRaw === "boolean" ? additionalRaw : toNode(context, additionalRaw, `${pointer}/additionalProperties`, depth + 1);
  return {
    kind: "object",
    properties: props,
    additional: additional !== false && typeof additional !== "boolean" && additional.kind === "unknown" && !additional.nullable ? true : additional,
    ...base,
    ...(typeof schema.title === "string" ? { title: schema.title } : {}),
  };
}

function requiredNames(context: Context, schema: SpecSchema, pointer: string): Set<string> {
  if (schema.required === undefined) return new Set();
  if (!Array.isArray(schema.required) || !schema.required.every((name) => typeof name === "string")) {
    throw new GenerationError("`required` must be an array of property names", { file: context.file, pointer: `${pointer}/required` });
  }
  return new Set(schema.required as string[]);
}

function unionNode(context: Context, schema: SpecSchema, keyword: "anyOf" | "oneOf" | "allOf", base: Base, depth: number): IrNode {
  const { pointer } = base;
  const raw = schema[keyword];
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new GenerationError(`\`${keyword}\` must be a non-empty array of schemas`, { file: context.file, pointer: `${pointer}/${keyword}` });
  }
  if (keyword === "allOf" && raw.length > 1) {
    throw new GenerationError("`allOf` with more than one schema is not supported", { file: context.file, pointer: `${pointer}/allOf` }, "Merge the schemas into one");
  }
  const members = raw.map((member, i) => toNode(context, member, pointerTo(pointer, keyword, i), depth + 1));
  if (members.length === 1) {
    // `anyOf: [{ $ref }]` with `nullable` is how Stripe writes a nullable reference.
    const only = members[0]!;
    return { ...only, nullable: only.nullable || base.nullable, pointer, ...(base.description === undefined ? {} : { description: base.description }) };
  }
  const expandable = schema["x-expansionResources"] !== undefined || (members[0]!.kind === "string" && members.slice(1).every((member) => member.kind === "ref"));
  return { kind: "union", members, expandable, ...base };
}

function enumNode(context: Context, schema: SpecSchema, base: Base): IrNode {
  const { pointer } = base;
  const raw = schema.enum;
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new GenerationError("`enum` must be a non-empty array", { file: context.file, pointer: `${pointer}/enum` });
  }
  const values: EnumValue[] = [];
  let nullable = base.nullable;
  for (const [i, value] of raw.entries()) {
    if (value === null) nullable = true;
    else if (typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) {
      if (!values.includes(value)) values.push(value);
    } else {
      throw new GenerationError(`Enum value of type ${Array.isArray(value) ? "array" : typeof value} is not supported`, { file: context.file, pointer: pointerTo(pointer, "enum", i) }, "Use string, number or boolean values");
    }
  }
  const kinds = new Set(values.map((value) => typeof value));
  if (kinds.size > 1) {
    throw new GenerationError(`Enum mixes value types (${[...kinds].sort().join(", ")})`, { file: context.file, pointer: `${pointer}/enum` }, "Use one type per enum, or anyOf with one enum per type");
  }
  const valueKind = ([...kinds][0] ?? "string") as "string" | "number" | "boolean";
  const declared = typeOf(context, schema, pointer);
  if (declared !== undefined && (declared === "integer" ? "number" : declared) !== valueKind) {
    throw new GenerationError(`Enum values are ${valueKind}s but the type is "${declared}"`, { file: context.file, pointer: `${pointer}/enum` }, "Make the values match the type");
  }
  const enumBase = declared === "integer" ? "integer" : valueKind;
  return {
    kind: "enum",
    base: enumBase,
    values,
    open: schema["x-stripeBypassValidation"] === true && enumBase === "string",
    ...base,
    nullable,
    ...(typeof schema.maxLength === "number" ? { maxLength: schema.maxLength } : {}),
  };
}

function resolveRef(context: Context, ref: string, pointer: string): string {
  if (!ref.startsWith("#")) {
    throw new GenerationError(`External $ref "${ref}" is not supported`, { file: context.file, pointer: `${pointer}/$ref` }, "Bundle the spec into one file first (e.g. redocly bundle)");
  }
  if (!ref.startsWith(REF_PREFIX) || ref.slice(REF_PREFIX.length).includes("/")) {
    throw new GenerationError(`Can't resolve $ref "${ref}": only "${REF_PREFIX}<name>" is supported`, { file: context.file, pointer: `${pointer}/$ref` });
  }
  const name = decodeURIComponent(ref.slice(REF_PREFIX.length)).replace(/~1/g, "/").replace(/~0/g, "~");
  if (!Object.hasOwn(context.schemas, name)) {
    throw new GenerationError(`Can't resolve $ref "${ref}"`, { file: context.file, pointer: `${pointer}/$ref` }, "Check the schema name; no such component schema");
  }
  return name;
}

function checkPattern(context: Context, pattern: string, pointer: string): string {
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    throw new GenerationError(`Invalid pattern: ${(error as Error).message}`, { file: context.file, pointer: `${pointer}/pattern` }, "Use an ECMAScript regular expression");
  }
  return pattern;
}

function discriminatorOf(node: IrNode): IrSchema["discriminator"] {
  if (node.kind !== "object") return undefined;
  const object = node.properties.find((property) => property.name === "object");
  if (!object || !object.required || object.node.kind !== "enum" || object.node.values.length !== 1 || typeof object.node.values[0] !== "string") return undefined;
  const deleted = node.properties.find((property) => property.name === "deleted");
  const isDeleted = deleted !== undefined && deleted.required && deleted.node.kind === "enum" && deleted.node.values.length === 1 && deleted.node.values[0] === true;
  return { object: object.node.values[0], deleted: isDeleted };
}

/** Every spec name a node refers to. */
export function collectRefs(node: IrNode, into: Set<string>): void {
  switch (node.kind) {
    case "ref":
      into.add(node.target);
      return;
    case "array":
      collectRefs(node.items, into);
      return;
    case "union":
      for (const member of node.members) collectRefs(member, into);
      return;
    case "object":
      for (const property of node.properties) collectRefs(property.node, into);
      if (typeof node.additional !== "boolean") collectRefs(node.additional, into);
      return;
    default:
      return;
  }
}

/** `A: { $ref: B }`, `B: { $ref: A }` describes no value at all: refuse it by name. */
function rejectPureRefCycles(schemas: IrSchema[], file: string): void {
  const byName = new Map(schemas.map((schema) => [schema.name, schema]));
  for (const start of schemas) {
    const seen: string[] = [];
    let current: IrSchema | undefined = start;
    while (current && current.node.kind === "ref") {
      if (seen.includes(current.name)) {
        throw new GenerationError(`$ref cycle with no schema in between: ${[...seen, current.name].join(" → ")}`, { file, pointer: start.pointer }, "Give one schema of the cycle a real type");
      }
      seen.push(current.name);
      current = byName.get(current.node.target);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function expectObject(value: unknown, what: string, at: { file: string; pointer: string }): Record<string, unknown> {
  if (!isObject(value)) throw new GenerationError(what, at);
  return value;
}
