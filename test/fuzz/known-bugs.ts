import { record, refName, type OpenApiDocument, type RawSchema } from "./spec-arbitrary.js";

/**
 * Bugs the fuzz found that are not fixed yet, each pinned by a test of the same name in
 * regressions.test.ts. Until one is fixed, the fuzz rewrites the random specs around it,
 * or skips the one check it fails, so the CI run keeps looking for new bugs instead of
 * finding the same one every time. When a bug is fixed, delete its entry here.
 *
 * Fixed so far, and so no longer here (their regression tests stay): an array of inline
 * objects, null through a kind-dispatched union and into a required property, `*\/` in a
 * schema name, oneOf as anyOf, a closed enum's maxLength, strip on inline object members.
 *
 * `FUZZ_KNOWN_BUGS=include` turns every rewrite and skip off.
 */
export const KNOWN_BUGS: readonly KnownBug[] = [
  {
    name: "lenient mode accepts whatever strict mode accepts, oneOf included",
    /**
     * templates/runtime/check.ts `anyOf(…, exclusive)` counts a member that passes with
     * warnings as a match, so in lenient mode a second member missing a required key (or
     * given an unknown enum value) makes "exactly one" fail.
     */
    skips: (document) => (JSON.stringify(document).includes('"oneOf":') ? ["lenient"] : []),
  },
  {
    name: "oneOf rejects null when two members accept it, whatever their kinds",
    /**
     * generator/emit/validator.ts `union()` accepts null up front when it dispatches on
     * kinds (`oneOf: [string?, integer?]`), while trying members in turn counts them. The
     * fuzz makes such a oneOf nullable itself, its members not.
     */
    rewrite: (document) => nullableOneOf(document),
  },
  {
    name: "oneOf of $refs told apart by `object` rejects a value two members accept",
    /**
     * generator/emit/validator.ts `union()` dispatches refs to object schemas with an
     * `object` discriminator through `branches()`, which takes the first member the value's
     * `object` names, exclusive or not (`oneOf: [A, A]`). The fuzz writes anyOf there.
     */
    rewrite: (document) => {
      const discriminator = (member: RawSchema) => {
        if (typeof member.$ref !== "string") return undefined;
        const target = document.components.schemas[refName(member.$ref)]!;
        const object = (target.properties as Record<string, RawSchema> | undefined)?.object;
        return Array.isArray(object?.enum) && object.enum.length === 1 ? `object:${String(object.enum[0])}` : `ref:${member.$ref}`;
      };
      return mapSchemas(document, (schema) =>
        deepMap(schema, (node) => {
          const keys = ((node.oneOf ?? []) as RawSchema[]).map(discriminator).filter((key) => key !== undefined);
          return new Set(keys).size < keys.length ? renameKeyword(node, "oneOf", "anyOf") : node;
        }),
      );
    },
  },
  {
    name: "a string literal ending in a backslash leaves the rest of its line outside the string",
    /**
     * generator/emit/types-file.ts hands type text to ts-morph's writer, whose string
     * tracking (code-block-writer 13 `_updateInternalState`) reads the quote of `"\\"` as
     * escaped: a `/*` later on the line opens a "comment" the writer closes with `*\/` on the
     * next line (`q?: "\\" | "x/*y";` then `*\/r?: string;`). The fuzz appends `_` to enum
     * values and property names that end in a backslash.
     */
    rewrite: (document) => mapSchemas(document, (schema) => deepMap(schema, withoutTrailingBackslash)),
  },
];

/** A check of the harness that a document may skip: `lenient` (lenient accepts what strict does). */
export type Check = "lenient";

export interface KnownBug {
  name: string;
  rewrite?(document: OpenApiDocument): OpenApiDocument;
  skips?(document: OpenApiDocument): Check[];
}

export const INCLUDE_KNOWN_BUGS = process.env.FUZZ_KNOWN_BUGS === "include";

/** `document` with every known bug rewritten around (unless FUZZ_KNOWN_BUGS=include). */
export function avoidKnownBugs(document: OpenApiDocument): OpenApiDocument {
  if (INCLUDE_KNOWN_BUGS) return document;
  return KNOWN_BUGS.reduce((current, bug) => bug.rewrite?.(current) ?? current, document);
}

/** The checks `document` skips for known bugs (none with FUZZ_KNOWN_BUGS=include). */
export function skippedChecks(document: OpenApiDocument): Set<Check> {
  if (INCLUDE_KNOWN_BUGS) return new Set();
  return new Set(KNOWN_BUGS.flatMap((bug) => bug.skips?.(document) ?? []));
}

function mapSchemas(document: OpenApiDocument, map: (schema: RawSchema) => RawSchema): OpenApiDocument {
  const schemas = record(Object.entries(document.components.schemas).map(([name, schema]) => [name, map(schema)] as const));
  return { ...document, components: { schemas } };
}

/** Applies `map` to every subschema, innermost first. */
function deepMap(schema: RawSchema, map: (schema: RawSchema) => RawSchema): RawSchema {
  const out: RawSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === "properties") {
      out.properties = record(Object.entries(value as Record<string, RawSchema>).map(([name, property]) => [name, deepMap(property, map)] as const));
    } else if ((keyword === "items" || keyword === "additionalProperties") && typeof value === "object" && value !== null) {
      out[keyword] = deepMap(value as RawSchema, map);
    } else if (keyword === "anyOf" || keyword === "oneOf" || keyword === "allOf") {
      out[keyword] = (value as RawSchema[]).map((member) => deepMap(member, map));
    } else {
      out[keyword] = value;
    }
  }
  return map(out);
}

/** Every oneOf with two members or more that accept null becomes nullable itself; its members lose `nullable` (a ref that can be null becomes any object). */
function nullableOneOf(document: OpenApiDocument): OpenApiDocument {
  const canBeNull = nullability(document);
  const strip = (member: RawSchema): RawSchema => {
    if (!canBeNull(member)) return member;
    const { nullable: _nullable, ...rest } = member;
    if (Array.isArray(rest.enum)) return { ...rest, enum: rest.enum.filter((value) => value !== null) };
    if (typeof rest.$ref === "string" || ANY_VALUE.every((keyword) => rest[keyword] === undefined)) return { type: "object", additionalProperties: true };
    for (const keyword of ["anyOf", "oneOf", "allOf"]) {
      if (Array.isArray(rest[keyword])) return { ...rest, [keyword]: (rest[keyword] as RawSchema[]).map(strip) };
    }
    return rest;
  };
  return mapSchemas(document, (schema) =>
    deepMap(schema, (node) => {
      const members = node.oneOf as RawSchema[] | undefined;
      if (!members || members.filter(canBeNull).length < 2) return node;
      return { ...node, oneOf: members.map(strip), nullable: true };
    }),
  );
}

/** Keywords without which a schema accepts any value (generator/ir/node.ts: `unknown`). */
const ANY_VALUE = ["type", "enum", "$ref", "anyOf", "oneOf", "allOf", "properties", "additionalProperties", "items"];

/** Whether a schema of `document` accepts null: nullable, any value, an enum listing null, a ref to or a union of such. */
function nullability(document: OpenApiDocument): (schema: RawSchema) => boolean {
  const schemas = document.components.schemas;
  const seen = new Set<string>();
  const canBeNull = (schema: RawSchema): boolean => {
    if (schema.nullable === true) return true;
    if (Array.isArray(schema.enum) && schema.enum.includes(null)) return true;
    if (ANY_VALUE.every((keyword) => schema[keyword] === undefined)) return true;
    if (typeof schema.$ref === "string") {
      const name = refName(schema.$ref);
      if (seen.has(name)) return false;
      seen.add(name);
      try {
        return canBeNull(schemas[name]!);
      } finally {
        seen.delete(name);
      }
    }
    const members = (schema.anyOf ?? schema.oneOf ?? schema.allOf) as RawSchema[] | undefined;
    return members !== undefined && members.some(canBeNull);
  };
  return canBeNull;
}

/** `node` with `from` renamed `to`, keeping the keywords' order. */
function renameKeyword(node: RawSchema, from: string, to: string): RawSchema {
  if (!Object.hasOwn(node, from)) return node;
  return Object.fromEntries(Object.entries(node).map(([keyword, value]) => [keyword === from ? to : keyword, value]));
}

/** Enum values and property names that end in an odd number of backslashes get a `_`. */
function withoutTrailingBackslash(node: RawSchema): RawSchema {
  const fix = (text: string) => (/(^|[^\\])(\\\\)*\\$/.test(text) ? `${text}_` : text);
  const out = { ...node };
  if (Array.isArray(node.enum)) out.enum = node.enum.map((value) => (typeof value === "string" ? fix(value) : value));
  if (node.properties !== undefined) {
    const entries = Object.entries(node.properties as Record<string, RawSchema>);
    // A fixed name may meet an existing one: keep the first.
    const fixed = new Map<string, RawSchema>();
    for (const [name, property] of entries) if (!fixed.has(fix(name))) fixed.set(fix(name), property);
    out.properties = record(fixed);
    if (Array.isArray(node.required)) out.required = [...new Set((node.required as string[]).map(fix))];
  }
  return out;
}
