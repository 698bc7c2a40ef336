import { record, refName, refTo, type Json, type OpenApiDocument, type RawSchema } from "./spec-arbitrary.js";

/**
 * Bugs the fuzz found that are not fixed yet, each pinned by a test of the same name in
 * regressions.test.ts. Until one is fixed, the fuzz rewrites the random specs around it
 * (keeping what they mean where it can), so the CI run keeps looking for new bugs instead
 * of finding the same one every time. When a bug is fixed, delete its entry here.
 *
 * `FUZZ_KNOWN_BUGS=include` turns every rewrite off.
 */
export const KNOWN_BUGS: readonly KnownBug[] = [
  {
    name: "an array of inline objects with properties can be generated",
    /** generator/emit/layout.ts `flatObject` throws for an array whose items are an object with properties. */
    rewrite: (document) => mapSchemas(document, (schema) => withoutObjectItems(schema)),
  },
  {
    name: "a union dispatched on the value's kind accepts null when a member is nullable",
    /**
     * generator/emit/validator.ts `union()` dispatches on typeof and never lets null reach
     * a nullable member. Same values: the union is made nullable and its members not.
     */
    rewrite: (document) => hoistNullable(document),
  },
  {
    name: "a required property accepts null when its schema does: a nullable $ref target, or any value ({})",
    /**
     * generator/emit/validator.ts `objectBody()` reads a required property's null as blank
     * unless the property itself says `nullable`. Same values: whatever can be null says so.
     */
    rewrite: (document) => {
      const canBeNull = nullability(document);
      return mapSchemas(document, (schema) => deepMap(schema, (node) => (node.nullable !== true && canBeNull(node) ? { ...node, nullable: true } : node)));
    },
  },
  {
    name: "a schema name with */ keeps its types file a valid comment",
    /** generator/emit/types-file.ts `docsOf()` writes the spec name into `@see` without `doc()`. */
    rewrite: (document) => renameSchemas(document, (name) => name.replace(/\*\//g, "*_/")),
  },
  {
    name: "oneOf accepts a value only when exactly one member matches",
    /** The generator checks `oneOf` as `anyOf` (generator/emit/validator.ts `union()`): the fuzz writes anyOf. */
    rewrite: (document) => mapSchemas(document, (schema) => deepMap(schema, (node) => renameKeyword(node, "oneOf", "anyOf"))),
  },
  {
    name: "a closed enum's maxLength applies to its listed values",
    /** generator/emit/validator.ts checks a closed enum's membership only; the fuzz raises maxLength to fit the values, as in Stripe's spec. */
    rewrite: (document) =>
      mapSchemas(document, (schema) =>
        deepMap(schema, (node) => {
          if (!Array.isArray(node.enum) || typeof node.maxLength !== "number" || node["x-stripeBypassValidation"] === true) return node;
          const longest = Math.max(0, ...node.enum.map((value) => (typeof value === "string" ? [...value].length : 0)));
          return { ...node, maxLength: Math.max(node.maxLength, longest) };
        }),
      ),
  },
  {
    name: "unknownKeys: 'strip' keeps the keys of the union member that matched, inline objects included",
    /**
     * templates/runtime/strip.ts `accepts()` takes any inline (non-$ref) object member as a
     * match, so the first one strips a value of another member. Same values: each inline
     * object member of a union becomes a component schema of its own, referred to.
     */
    rewrite: (document) => extractInlineObjectMembers(document),
  },
];

export interface KnownBug {
  name: string;
  rewrite(document: OpenApiDocument): OpenApiDocument;
}

export const INCLUDE_KNOWN_BUGS = process.env.FUZZ_KNOWN_BUGS === "include";

/** `document` with every known bug rewritten around (unless FUZZ_KNOWN_BUGS=include). */
export function avoidKnownBugs(document: OpenApiDocument): OpenApiDocument {
  if (INCLUDE_KNOWN_BUGS) return document;
  return KNOWN_BUGS.reduce((current, bug) => bug.rewrite(current), document);
}

function mapSchemas(document: OpenApiDocument, map: (schema: RawSchema) => RawSchema): OpenApiDocument {
  const schemas = record(Object.entries(document.components.schemas).map(([name, schema]) => [name, map(schema)] as const));
  return { ...document, components: { schemas } };
}

/** `document` with every schema renamed by `rename` (refs to it too); a name that would collide stays. */
function renameSchemas(document: OpenApiDocument, rename: (name: string) => string): OpenApiDocument {
  const names = Object.keys(document.components.schemas);
  const taken = new Set(names);
  const renamed = new Map<string, string>();
  for (const name of names) {
    const next = rename(name);
    if (next === name || taken.has(next)) continue;
    taken.add(next);
    renamed.set(name, next);
  }
  if (renamed.size === 0) return document;
  const relink = (schema: RawSchema) =>
    deepMap(schema, (node) => {
      if (typeof node.$ref !== "string") return node;
      const target = renamed.get(refName(node.$ref));
      return target === undefined ? node : { ...node, $ref: refTo(target) };
    });
  const schemas = record(Object.entries(document.components.schemas).map(([name, schema]) => [renamed.get(name) ?? name, relink(schema)] as const));
  return { ...document, components: { schemas } };
}

/** `node` with `from` renamed `to`, keeping the keywords' order. */
function renameKeyword(node: RawSchema, from: string, to: string): RawSchema {
  if (!Object.hasOwn(node, from)) return node;
  return Object.fromEntries(Object.entries(node).map(([keyword, value]) => [keyword === from ? to : keyword, value]));
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

/** Objects in array items (in union members, nested arrays and maps too) lose their properties; maps stay. */
function withoutObjectItems(schema: RawSchema): RawSchema {
  const flatten = (item: RawSchema): RawSchema => {
    if (item.properties !== undefined || (typeof item.additionalProperties === "object" && item.additionalProperties !== null)) {
      const { properties: _properties, required: _required, additionalProperties, ...rest } = item;
      const values = typeof additionalProperties === "object" && additionalProperties !== null ? flatten(additionalProperties as RawSchema) : true;
      return { ...rest, type: "object", additionalProperties: values };
    }
    if (item.items !== undefined) return { ...item, items: flatten(item.items as RawSchema) };
    for (const keyword of ["anyOf", "oneOf", "allOf"]) {
      if (Array.isArray(item[keyword])) return { ...item, [keyword]: (item[keyword] as RawSchema[]).map(flatten) };
    }
    return item;
  };
  return deepMap(schema, (node) => (node.items !== undefined && typeof node.items === "object" ? { ...node, items: flatten(node.items as RawSchema) } : node));
}

/**
 * Every union of two members or more that can hold null (a nullable member, an enum
 * listing null, a ref to a schema that can) becomes `nullable` itself, its members not.
 */
function hoistNullable(document: OpenApiDocument): OpenApiDocument {
  const canBeNull = nullability(document);
  const strip = (member: RawSchema): RawSchema => {
    const { nullable: _nullable, ...rest } = member;
    if (Array.isArray(rest.enum)) return { ...rest, enum: (rest.enum as Json[]).filter((value) => value !== null) };
    // A ref to a schema that can be null: that schema minus null has no name; an object stands in.
    if (typeof rest.$ref === "string" && canBeNull(rest)) return { type: "object", additionalProperties: true };
    for (const keyword of ["anyOf", "oneOf", "allOf"]) {
      if (Array.isArray(rest[keyword])) return { ...rest, [keyword]: (rest[keyword] as RawSchema[]).map(strip) };
    }
    return rest;
  };
  return mapSchemas(document, (schema) =>
    deepMap(schema, (node) => {
      for (const keyword of ["anyOf", "oneOf"]) {
        const members = node[keyword] as RawSchema[] | undefined;
        if (!members || members.length < 2 || !members.some(canBeNull)) continue;
        return { ...node, [keyword]: members.map(strip), nullable: true };
      }
      return node;
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

/** Every inline object member of a union of two members or more, moved to a new component schema and referred to. */
function extractInlineObjectMembers(document: OpenApiDocument): OpenApiDocument {
  const schemas = document.components.schemas;
  const added: [string, RawSchema][] = [];
  const taken = new Set(Object.keys(schemas));
  const extract = (member: RawSchema): RawSchema => {
    if (member.properties === undefined && member.additionalProperties === undefined && member.type !== "object") return member;
    let name = `inline.${added.length}`;
    while (taken.has(name)) name = `_${name}`;
    taken.add(name);
    added.push([name, member]);
    return { $ref: refTo(name) };
  };
  const rewritten = mapSchemas(document, (schema) =>
    deepMap(schema, (node) => {
      for (const keyword of ["anyOf", "oneOf"]) {
        const members = node[keyword] as RawSchema[] | undefined;
        if (members && members.length > 1) return { ...node, [keyword]: members.map(extract) };
      }
      return node;
    }),
  );
  if (added.length === 0) return document;
  return { ...rewritten, components: { schemas: record([...Object.entries(rewritten.components.schemas), ...added]) } };
}
