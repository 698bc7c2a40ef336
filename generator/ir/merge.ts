import { pointerTo } from "../errors.js";
import { describeValue, fail, isObject, type Context } from "./context.js";
import { constAsEnum, CONSTRAINTS, isNullOnly, numberLimitsOf, refuseUnsupported, typeOf, unevaluatedAsAdditional, type SpecSchema } from "./keywords.js";
import type { TypeName } from "./member-types.js";
import { resolveRef } from "./refs.js";
import type { Bound } from "./types.js";

/**
 * Schemas a value must match all at once, read as one schema the IR can build:
 * - `allOf` of several schemas (`Pet: allOf: [NewPet, { properties: { id } }]`);
 * - constraints beside `anyOf`/`oneOf` (`properties` with `anyOf: [{ required: [a] }, …]`),
 *   and `anyOf` beside `oneOf`;
 * - in OpenAPI 3.1, constraints beside `$ref`.
 *
 * Each `$ref` among them is followed, and its target's keywords join in: the merged schema
 * is written out, not named (the type of `Pet` lists `NewPet`'s properties). Keywords
 * combine as JSON Schema applies them together: properties and `required` add up, a
 * property two schemas declare must match both, types and enums intersect, limits take the
 * tighter. A union among them is distributed: A and (B or C) is (A and B) or (A and C), and
 * so for exactly one. What can't be one schema is refused where it is written.
 */
/** Schemas one document's merges may make: GitHub's spec makes about 400, Stripe's none. */
export const MAX_MERGES = 10_000;

export function mergeSchema(context: Context, schema: SpecSchema, pointer: string): SpecSchema {
  try {
    // A component schema that includes itself is refused at its first reference to itself.
    const component = /^\/components\/schemas\/([^/]+)$/.exec(pointer)?.[1];
    const chain = component === undefined ? [] : [component.replace(/~1/g, "/").replace(/~0/g, "~")];
    return combine(context, partsOf(context, schema, pointer, true, chain), pointer, schema.nullable === true);
  } catch (error) {
    if (error instanceof NoValue) fail(context, error.message, error.pointer, error.hint);
    throw error;
  }
}

/**
 * Parts that no value matches together (a string and an integer): a union member they make
 * is left out, as it can't match (`oneOf: [integer, string]` with `type: string` beside it
 * is a string); where no member is left, or no union, it is an error.
 */
class NoValue extends Error {
  constructor(
    message: string,
    readonly pointer: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** One of the schemas a value must match. */
interface Part {
  schema: SpecSchema;
  pointer: string;
  /** Written here rather than reached through a `$ref`: its description and title describe the merged schema. */
  own: boolean;
  /** The component schemas followed to reach it, to refuse a schema that includes itself. */
  chain: readonly string[];
}

/** The schema at `pointer` as the parts a value must match: itself without `allOf`, each member, each `$ref` target. */
function partsOf(context: Context, raw: unknown, at: string, own: boolean, chain: readonly string[]): Part[] {
  const pointer = (isObject(raw) && context.origins.get(raw)) || at;
  if (raw === true) return [];
  if (!isObject(raw)) fail(context, `A schema must be an object, not ${describeValue(raw)}`, pointer, "Write a schema object such as { type: string }");
  if (typeof raw.$ref === "string") {
    const name = resolveRef(context, raw.$ref, pointer);
    if (chain.includes(name)) fail(context, `"${name}" includes itself: ${[...chain, name].join(" → ")}`, pointer, "A schema can't be combined (allOf) with itself: break the cycle");
    const parts = partsOf(context, context.schemas[name], pointerTo("/components/schemas", name), false, [...chain, name]);
    const { $ref: _, ...beside } = raw;
    // OpenAPI 3.1 applies the keywords beside a $ref too; 3.0 ignores them.
    if (context.jsonSchema) {
      refuseUnsupported(context, beside, pointer);
      if (Object.keys(beside).some((keyword) => CONSTRAINTS.has(keyword))) parts.push({ schema: constAsEnum(context, beside, pointer), pointer, own, chain });
    }
    return parts;
  }
  if (raw.$ref !== undefined) fail(context, `\`$ref\` must be a string, not ${describeValue(raw.$ref)}`, `${pointer}/$ref`, 'Write $ref: "#/components/schemas/<name>"');
  refuseUnsupported(context, raw, pointer);
  const { allOf, ...rest } = constAsEnum(context, raw, pointer);
  if (allOf === undefined) return [{ schema: rest, pointer, own, chain }];
  if (!Array.isArray(allOf) || allOf.length === 0) fail(context, `\`allOf\` must be a non-empty array of schemas, not ${describeValue(allOf)}`, `${pointer}/allOf`, "List one schema or more");
  return [{ schema: rest, pointer, own, chain }, ...allOf.flatMap((member, i) => partsOf(context, member, pointerTo(pointer, "allOf", i), own, chain))];
}

/** One schema that holds what every part holds. `nullable`: the schema around them says so (3.0's `nullable: true` beside `allOf`). */
function combine(context: Context, given: Part[], pointer: string, nullable: boolean): SpecSchema {
  // Unions combined multiply their members: (A or B) and (C or D) is four schemas.
  if (--context.merges < 0) fail(context, `The schemas combined (allOf) expand to more than ${MAX_MERGES} schemas`, pointer, "Combine fewer unions: allOf of anyOf/oneOf multiplies their members");
  const at = given.findIndex((part) => part.schema.anyOf !== undefined || part.schema.oneOf !== undefined);
  if (at >= 0) {
    // A value that two members match unevaluated may hold keys of both: closing each member
    // to its own would refuse it. Not one schema.
    const closing = given.find((part) => part.schema.unevaluatedProperties === false);
    if (closing) {
      fail(context, `\`unevaluatedProperties: false\` combined with \`${given[at]!.schema.anyOf !== undefined ? "anyOf" : "oneOf"}\` is not supported`, `${closing.pointer}/unevaluatedProperties`, "Write additionalProperties: false in each member instead");
    }
    return distribute(context, given, at, pointer, nullable);
  }
  const parts = given.map((part) => ({ ...part, schema: unevaluatedAsAdditional(context, part.schema, part.pointer) }));

  const out: SpecSchema = {};
  for (const key of ["description", "title"]) {
    const from = parts.find((part) => part.own && typeof part.schema[key] === "string");
    if (from) out[key] = from.schema[key];
  }
  for (const { schema } of parts) {
    for (const [key, value] of Object.entries(schema)) if ((key.startsWith("x-") || key === "format") && !Object.hasOwn(out, key)) out[key] = value;
  }
  const { type, holdsNull } = commonType(context, parts, nullable);
  if (type !== undefined) out.type = type;
  if (holdsNull) out.nullable = true;
  const values = commonEnum(context, parts, type);
  if (values !== undefined) out.enum = values;
  Object.assign(out, objectKeywords(context, parts), arrayKeywords(context, parts), limits(context, parts), single(context, parts, "pattern", "Write one pattern that means both"));
  recordMoves(context, parts, pointer, out);
  return out;
}

/** Where each keyword of the merged schema is written: in the first part that has it (each `required` name in the first that lists it). */
function recordMoves(context: Context, parts: readonly Part[], pointer: string, out: SpecSchema): void {
  for (const keyword of Object.keys(out)) {
    const from = parts.find((part) => part.schema[keyword] !== undefined);
    if (from && from.pointer !== pointer) context.moved.set(pointerTo(pointer, keyword), pointerTo(from.pointer, keyword));
  }
  for (const [i, name] of ((out.required as string[] | undefined) ?? []).entries()) {
    for (const part of parts) {
      const j = Array.isArray(part.schema.required) ? part.schema.required.indexOf(name) : -1;
      if (j < 0) continue;
      context.moved.set(pointerTo(pointer, "required", i), pointerTo(part.pointer, "required", j));
      break;
    }
  }
}

/** A union among the parts, with the others merged into each of its members. */
function distribute(context: Context, parts: Part[], at: number, pointer: string, nullable: boolean): SpecSchema {
  const part = parts[at]!;
  const keyword = part.schema.anyOf !== undefined ? "anyOf" : "oneOf";
  const members = part.schema[keyword];
  if (!Array.isArray(members) || members.length === 0) fail(context, `\`${keyword}\` must be a non-empty array of schemas, not ${describeValue(members)}`, `${part.pointer}/${keyword}`, "List one schema or more");
  const { [keyword]: _, ...rest } = part.schema;
  // Around a member, the other parts describe the union, not the member.
  const others = parts.map((other, i) => ({ ...other, schema: i === at ? rest : other.schema, own: false }));
  let unmatched: NoValue | undefined;
  const merged = members.flatMap((member, i) => {
    const where = pointerTo(part.pointer, keyword, i);
    try {
      // 3.1's null member stays one where the other parts let null through, and can't match where they don't.
      if (context.jsonSchema && isNullOnly(member)) return commonType(context, others, false).holdsNull ? [member] : [];
      const schema = combine(context, [...others, ...partsOf(context, member, where, true, part.chain)], where, false);
      context.origins.set(schema, where);
      return [schema];
    } catch (error) {
      if (!(error instanceof NoValue)) throw error;
      unmatched ??= error;
      return [];
    }
  });
  if (merged.length === 0) throw unmatched ?? new NoValue(`No member of \`${keyword}\` holds a value the schemas combined with it allow`, `${part.pointer}/${keyword}`, "Remove the union, or the constraint beside it");
  const out: SpecSchema = { [keyword]: merged };
  const described = parts.find((other) => other.own && typeof other.schema.description === "string");
  if (described) out.description = described.schema.description;
  for (const [key, value] of Object.entries(part.schema)) if (key.startsWith("x-")) out[key] = value;
  if (nullable) out.nullable = true;
  return out;
}

/** The types a part allows, null aside (its `type`, read as anywhere else, or its enum's), and whether it allows null; undefined when it allows any. */
function typesOf(context: Context, part: Part): { types: Set<TypeName>; null: boolean } | undefined {
  const { schema } = part;
  if (schema.type === undefined && Array.isArray(schema.enum)) {
    const types = schema.enum.flatMap((value) => (value === null ? [] : [typeof value === "number" ? "number" : (typeof value as TypeName)]));
    return { types: new Set(types), null: schema.enum.includes(null) || schema.nullable === true };
  }
  const { type, withNull } = typeOf(context, schema, part.pointer);
  return type === undefined ? undefined : { types: new Set([type]), null: withNull || schema.nullable === true };
}

/** The type every part allows (an integer is a number too), and whether every typed part allows null. */
function commonType(context: Context, parts: readonly Part[], nullable: boolean): { type: TypeName | TypeName[] | undefined; holdsNull: boolean } {
  let common: Set<TypeName> | undefined;
  let first: Part | undefined;
  let holdsNull = true;
  for (const part of parts) {
    const allowed = typesOf(context, part);
    if (allowed === undefined) continue;
    holdsNull &&= allowed.null;
    if (common === undefined || first === undefined) {
      [common, first] = [allowed.types, part];
      continue;
    }
    const before = common;
    common = new Set([...before].flatMap((type): TypeName[] => (allowed.types.has(type) ? [type] : (type === "integer" && allowed.types.has("number")) || (type === "number" && allowed.types.has("integer")) ? ["integer"] : [])));
    if (common.size === 0 && allowed.types.size > 0 && before.size > 0) {
      const said = first.pointer === part.pointer ? "" : ` (as #${first.pointer} says)`;
      throw new NoValue(`A value can't be ${[...before].join(" or ")}${said} and ${[...allowed.types].join(" or ")} at once: the schemas combined (allOf) have no type in common`, part.pointer, "Make the combined schemas agree on the type");
    }
  }
  const types = common === undefined ? undefined : [...common].sort();
  return { type: types === undefined || types.length === 0 ? undefined : types.length === 1 ? types[0] : types, holdsNull: nullable || (common !== undefined && holdsNull) };
}

/** The values every enum among the parts lists and the common type allows, null aside (`nullable` says it). */
function commonEnum(context: Context, parts: readonly Part[], type: TypeName | TypeName[] | undefined): unknown[] | undefined {
  const enums = parts.filter((part) => part.schema.enum !== undefined);
  if (enums.length === 0) return undefined;
  for (const { schema, pointer } of enums) {
    if (!Array.isArray(schema.enum) || schema.enum.length === 0) fail(context, `\`enum\` must be a non-empty array, not ${describeValue(schema.enum)}`, `${pointer}/enum`, "List the allowed values");
  }
  const types = type === undefined ? undefined : [type].flat();
  const fits = (value: unknown) =>
    value !== null && (types === undefined || types.some((name) => (name === "integer" ? Number.isInteger(value) : name === "number" ? typeof value === "number" : typeof value === name)));
  const values = (enums[0]!.schema.enum as unknown[]).filter((value) => fits(value) && enums.every((other) => (other.schema.enum as unknown[]).includes(value)));
  if (values.length === 0 && enums.length + (types ? 1 : 0) > 1) {
    throw new NoValue("The enums and types combined here (allOf) have no value in common", `${enums[enums.length - 1]!.pointer}/enum`, "Make the combined enums share a value");
  }
  return values.length === 0 ? (enums[0]!.schema.enum as unknown[]) : values;
}

/** `properties` (a property declared twice must match both), `required`, `additionalProperties` and the property counts. */
function objectKeywords(context: Context, parts: readonly Part[]): SpecSchema {
  const out: SpecSchema = {};
  const declared = new Map<string, { raw: unknown; pointer: string }[]>();
  const required: string[] = [];
  for (const { schema, pointer } of parts) {
    if (schema.properties !== undefined) {
      if (!isObject(schema.properties)) fail(context, `\`properties\` must be an object, not ${describeValue(schema.properties)}`, `${pointer}/properties`, "Map each property name to its schema");
      for (const [name, raw] of Object.entries(schema.properties)) {
        const list = declared.get(name) ?? [];
        list.push({ raw, pointer: pointerTo(pointer, "properties", name) });
        declared.set(name, list);
      }
    }
    if (schema.required !== undefined) {
      if (!Array.isArray(schema.required) || !schema.required.every((name) => typeof name === "string")) {
        fail(context, "`required` must be an array of property names", `${pointer}/required`, 'Write required: ["name", …]');
      }
      for (const name of schema.required as string[]) if (!required.includes(name)) required.push(name);
    }
  }
  if (declared.size > 0) out.properties = Object.fromEntries([...declared].map(([name, schemas]) => [name, together(context, schemas)]));
  if (required.length > 0) out.required = required;

  const additional = parts.filter((part) => part.schema.additionalProperties !== undefined && part.schema.additionalProperties !== true);
  const describing = parts.filter((part) => part.schema.properties !== undefined || part.schema.additionalProperties !== undefined);
  const map = additional.find((part) => part.schema.additionalProperties !== false);
  if (map !== undefined && describing.length > 1) {
    fail(
      context,
      "`additionalProperties` with a schema, combined (allOf) with another schema of properties, is not supported: JSON Schema checks it against every property but the ones declared beside it",
      `${map.pointer}/additionalProperties`,
      "Declare the properties in the schema that has additionalProperties",
    );
  }
  // `false` closes the object to the properties declared: here, every part's, which is what
  // the IR makes of an object with declared properties (unknownKeys decides the rest).
  if (additional.length > 0) out.additionalProperties = map?.schema.additionalProperties ?? false;
  else if (parts.some((part) => part.schema.additionalProperties === true)) out.additionalProperties = true;
  Object.assign(out, counts(parts, "minProperties", "maxProperties"));
  return out;
}

/** `items` (matching every part's), `uniqueItems` and the item counts. */
function arrayKeywords(context: Context, parts: readonly Part[]): SpecSchema {
  const out: SpecSchema = {};
  const items = parts.flatMap(({ schema, pointer }) => (schema.items === undefined ? [] : [{ raw: schema.items, pointer: `${pointer}/items` }]));
  if (items.length > 0) out.items = together(context, items);
  const unique = parts.map((part) => part.schema.uniqueItems).filter((value) => value !== undefined);
  if (unique.length > 0) out.uniqueItems = unique.find((value) => value !== false) ?? false;
  return { ...out, ...counts(parts, "minItems", "maxItems") };
}

/** One schema for a value several parts describe: the one, or all of them (`allOf`, merged when built). */
function together(context: Context, schemas: { raw: unknown; pointer: string }[]): unknown {
  const distinct = schemas.filter((schema, i) => schemas.findIndex((other) => other.raw === schema.raw || JSON.stringify(other.raw) === JSON.stringify(schema.raw)) === i);
  for (const { raw, pointer } of distinct) if (isObject(raw) && !context.origins.has(raw)) context.origins.set(raw, pointer);
  if (distinct.length === 1) return distinct[0]!.raw;
  const all = { allOf: distinct.map((schema) => schema.raw) };
  context.origins.set(all, distinct[0]!.pointer);
  return all;
}

/** The tighter of each pair of count limits: the greatest least, the smallest most. */
function counts(parts: readonly Part[], min: string, max: string): SpecSchema {
  const out: SpecSchema = {};
  for (const [keyword, pick] of [[min, Math.max], [max, Math.min]] as const) {
    const values = parts.map((part) => part.schema[keyword]).filter((value) => value !== undefined);
    if (values.length === 0) continue;
    // A malformed limit goes through as it is, for the IR to refuse.
    out[keyword] = values.find((value) => typeof value !== "number") ?? pick(...(values as number[]));
  }
  return out;
}

/** String lengths, number bounds (the tighter of each) and `multipleOf` (the one that is a multiple of the others). */
function limits(context: Context, parts: readonly Part[]): SpecSchema {
  const out: SpecSchema = counts(parts, "minLength", "maxLength");
  // Each part's limits read (and refused where malformed) as anywhere else.
  const read = parts
    .filter(({ schema }) => ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"].some((keyword) => schema[keyword] !== undefined))
    .map(({ schema, pointer }) => ({ pointer, ...numberLimitsOf(context, schema, pointer) }));
  const min = tightest(read.map((limit) => limit.min), (a, b) => a > b);
  const max = tightest(read.map((limit) => limit.max), (a, b) => a < b);
  if (min) Object.assign(out, { minimum: min.value }, min.exclusive ? { exclusiveMinimum: true } : {});
  if (max) Object.assign(out, { maximum: max.value }, max.exclusive ? { exclusiveMaximum: true } : {});
  const multiples = read.flatMap(({ multipleOf, pointer }) => (multipleOf === undefined ? [] : [{ value: multipleOf, pointer }]));
  if (multiples.length > 0) {
    const largest = Math.max(...multiples.map(({ value }) => value));
    const stray = multiples.find(({ value }) => !Number.isInteger(largest / value));
    if (stray !== undefined) {
      fail(context, `\`multipleOf\` ${stray.value} and ${largest} combined (allOf) are not supported: neither is a multiple of the other`, `${stray.pointer}/multipleOf`, "Write one multipleOf that is a multiple of both");
    }
    out.multipleOf = largest;
  }
  return out;
}

/** The tightest of some bounds: `tighter` of their values, or the exclusive one of two equal values. */
function tightest(bounds: readonly (Bound | undefined)[], tighter: (a: number, b: number) => boolean): Bound | undefined {
  return bounds.reduce<Bound | undefined>((best, bound) => (bound && (!best || tighter(bound.value, best.value) || (bound.value === best.value && bound.exclusive)) ? bound : best), undefined);
}

/** A keyword that can't be combined: the parts that have it must agree. */
function single(context: Context, parts: readonly Part[], keyword: string, hint: string): SpecSchema {
  const having = parts.filter((part) => part.schema[keyword] !== undefined);
  const other = having.find((part) => part.schema[keyword] !== having[0]!.schema[keyword]);
  if (other) fail(context, `Two different \`${keyword}\`s combined (allOf) are not supported`, `${other.pointer}/${keyword}`, hint);
  return having.length > 0 ? { [keyword]: having[0]!.schema[keyword] } : {};
}
