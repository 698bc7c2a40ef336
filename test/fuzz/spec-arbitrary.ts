import fc from "fast-check";

/**
 * Random OpenAPI 3.0 documents within what the generator supports (see
 * generator/ir/node.ts): a few component schemas with awkward names, objects with
 * awkward property names, required subsets, additionalProperties (true, false or a schema),
 * enums of every base type (open ones too), arrays, anyOf/oneOf unions of refs and
 * primitives, allOf of two objects, `$ref` cycles through objects and arrays, nullable, maxLength, minLength,
 * pattern, format, number bounds (3.0 and 3.1 exclusive forms) and multipleOf, item and
 * property counts, uniqueItems, and descriptions that try to end a comment.
 *
 * Schemas are drawn with placeholder refs (`{ $ref: <number> }`) and tied to names
 * afterwards (`finalize`), which also keeps refs that sit directly in a schema (or in
 * a union of it) pointing forward only: a pure `$ref` cycle is a spec the generator
 * refuses on purpose (generator/ir/refs.ts), so it is no counterexample.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type RawSchema = { [keyword: string]: Json };

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, never>;
  components: { schemas: Record<string, RawSchema> };
}

/** `#/components/schemas/<name>`, escaped as a JSON pointer inside a URI fragment. */
export function refTo(name: string): string {
  return `#/components/schemas/${encodeURIComponent(name.replace(/~/g, "~0").replace(/\//g, "~1"))}`;
}

/** The spec name a `$ref` written by `refTo` names. */
export function refName(ref: string): string {
  return decodeURIComponent(ref.slice("#/components/schemas/".length)).replace(/~1/g, "/").replace(/~0/g, "~");
}

/** An object with these entries as own data properties, `__proto__` included. */
export function record<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.fromEntries(entries) as Record<string, T>;
}

// ---------------------------------------------------------------------------------
// Hostile text
// ---------------------------------------------------------------------------------

/** Characters that break naive quoting, comments, identifiers, file names or JSON pointers. */
const AWKWARD_CHARS = ["a", "b", "A", "Z", "0", "9", "_", "-", ".", "/", "~", "%", " ", '"', "'", "`", "\\", "$", "{", "}", "*", "\u2028", "é", "😀", "\n"];
const awkwardText = (maxLength: number) => fc.string({ unit: fc.constantFrom(...AWKWARD_CHARS), maxLength });

/** Schema names: reserved words, names the package uses, PascalCase and case-insensitive file-name collisions. */
const SCHEMA_NAMES = [
  "a.b", "a_b", "a/b", "A-B", "AB", "ab", "x", "X", "x_2", "foo.bar", "Foo_bar", "foo-bar", "FOO.BAR",
  "1st", "_1st", "9", "class", "default", "new", "function", "__proto__", "constructor", "prototype",
  "toString", "hasOwnProperty", "valueOf", 'say"hi', "it's", "back\\slash", "line\u2028sep", "*/", "/*",
  "a~b", "~1", "%2F", "%", "a b", "ünïcode", "😀", "Result", "result_schema", "SchemaModule", "Expanded",
  "Changeset", "Issue", "index", "_index", "registry", "runtime", "types", "package", "CON", "nul.txt",
  "string", "String", "Array", "Object", "Promise", "Function", "Date", "Symbol", "Self", "self", "schema",
  "check", "shape", "defineSchema", "v0", ".hidden", "-", "_", "$", "$ref", "", "${x}", "</script>",
  "billing_portal.session", "a".repeat(250), `${"a".repeat(249)}b`,
];

/** Property names: the same kind of trouble, plus names `Object.prototype` and the generated code use. */
const PROPERTY_NAMES = [
  "", " ", "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf",
  "__defineGetter__", "key", "object", "deleted", "id", "1x", "0", "-1", "1.5", "a-b", "a.b", 'q"uote', "it's",
  "back\\slash", "line\u2028sep", "*/", "/*", "${x}", "class", "default", "new", "ok", "issues", "value", "length",
  "then", "v", "c", "v0", "ok", "😀", "é", "\t", "\n", "\u0000", "a/b", "~0",
];

/** Enum values: quotes, backslashes, line separators, comment ends, template holes, a lone surrogate. */
const ENUM_STRINGS = [
  "", " ", "a", "b", 'q"uote', "it's", "back\\slash", "\\", "line\u2028sep", "para\u2029", "*/", "${x}", "`tick`",
  "</script>", "\n", "\r\n", "\u0000", "é", "😀", "\ud800", "__proto__", "constructor", "toString", "1", "true", "null",
  "a".repeat(30),
];

const DESCRIPTIONS = [
  "*/", "/* */", "ends */ here", "line\u2028sep\u2029x", "a\r\nb", "`${x}`", "</script>", "@param x", "\\", "\u0000\u001f",
  "  trailing  ", "", "**bold**", "*/ export const x = 1; /*", "é😀", "\n\n", "/** nested */",
];

const NUMBERS = [0, -0, 1, -1, 42, 2 ** 31, 2 ** 53, -(2 ** 53), 1e21, 1.5, -0.25, 1e-7, 0.1, 5e-324, Number.MAX_VALUE];
const INTEGERS = [0, 1, -1, 7, 42, 2 ** 31, -(2 ** 31), 2 ** 53, 1e21];
const FORMATS = ["unix-time", "date-time", "decimal", "uri", "int64", "*/ odd"];

/**
 * Safe patterns (linear, valid with the `u` flag) and strings that match them, so the
 * value sampler can hit both sides.
 */
export const PATTERNS: Record<string, string[]> = {
  "^[a-z]+$": ["abc", "z"],
  "^a": ["a", "abc"],
  "b$": ["b", "ab"],
  "^[0-9]{2,4}$": ["12", "1234"],
  "^\\d+(\\.\\d+)?$": ["1", "1.25"],
  "^https?://[^/]+/v1/[a-z_]+$": ["https://api.example.com/v1/charges"],
  "^a\\/b\\*/$": ["a/b*/"],
  "\\u2028": ["x\u2028y"],
  "^\\p{L}+$": ["é", "abc"],
  "^.$": ["😀", "a"],
  "^.{0,3}$": ["", "ab", "😀😀😀"],
  "[\"']": ['"', "it's"],
  "\\\\": ["\\"],
  "^$": [""],
  "^(foo|bar)-[a-z0-9_]{1,5}$": ["foo-a", "bar-1_2"],
  "😀": ["😀"],
};

// ---------------------------------------------------------------------------------
// Schemas (refs are placeholders until `finalize`)
// ---------------------------------------------------------------------------------

const schemaName = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SCHEMA_NAMES) }, { weight: 1, arbitrary: awkwardText(6) });
const propertyName = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PROPERTY_NAMES) }, { weight: 1, arbitrary: awkwardText(5) });
const description = fc.oneof(fc.constantFrom(...DESCRIPTIONS), awkwardText(12));

/** `description` and `nullable` added (sometimes) to any schema. */
function annotated(arb: fc.Arbitrary<RawSchema>, nullable = true): fc.Arbitrary<RawSchema> {
  return fc
    .tuple(arb, fc.option(description, { freq: 4 }), nullable ? fc.integer({ min: 0, max: 4 }) : fc.constant(0))
    .map(([schema, text, n]) => ({ ...schema, ...(text === null ? {} : { description: text }), ...(n === 4 ? { nullable: true } : {}) }));
}

const stringSchema: fc.Arbitrary<RawSchema> = fc
  .record(
    {
      maxLength: fc.constantFrom(0, 1, 2, 3, 5, 5000),
      minLength: fc.constantFrom(0, 1, 2, 4),
      pattern: fc.constantFrom(...Object.keys(PATTERNS)),
      format: fc.constantFrom(...FORMATS),
    },
    { requiredKeys: [] },
  )
  // A minLength above maxLength is a spec the generator refuses on purpose.
  .map(({ minLength, ...extra }) => ({ type: "string", ...extra, ...(minLength !== undefined && minLength <= (extra.maxLength ?? Infinity) ? { minLength } : {}) }));

/** Number limits, both OpenAPI 3.0's boolean exclusive forms and 3.1's numeric ones; never a range that holds no number. */
const numberLimits: fc.Arbitrary<RawSchema> = fc
  .record(
    {
      minimum: fc.constantFrom(-1, 0, 2.5, 10),
      maximum: fc.constantFrom(0, 3, 100),
      exclusiveMinimum: fc.oneof(fc.boolean(), fc.constantFrom(0, 3)),
      exclusiveMaximum: fc.oneof(fc.boolean(), fc.constantFrom(1, 50)),
      multipleOf: fc.constantFrom(2, 3, 0.5),
    },
    { requiredKeys: [] },
  )
  .map((limits) => {
    const out: RawSchema = { ...limits };
    if (out.exclusiveMinimum === true && out.minimum === undefined) delete out.exclusiveMinimum;
    if (out.exclusiveMaximum === true && out.maximum === undefined) delete out.exclusiveMaximum;
    const least = Math.max(...[out.minimum, out.exclusiveMinimum].filter((n): n is number => typeof n === "number"));
    const most = Math.min(...[out.maximum, out.exclusiveMaximum].filter((n): n is number => typeof n === "number"));
    if (least >= most) {
      delete out.maximum;
      delete out.exclusiveMaximum;
    }
    return out;
  });

const numberSchema: fc.Arbitrary<RawSchema> = fc
  .tuple(fc.boolean(), fc.option(fc.constantFrom(...FORMATS), { freq: 3 }), fc.option(numberLimits, { freq: 2 }))
  .map(([integer, format, limits]) => ({ type: integer ? "integer" : "number", ...(format === null ? {} : { format }), ...limits }));

/** minItems/maxItems or minProperties/maxProperties, the least never above the most. */
const counts = (min: string, max: string): fc.Arbitrary<RawSchema> =>
  fc
    .record({ least: fc.constantFrom(0, 1, 2), most: fc.constantFrom(1, 2, 3) }, { requiredKeys: [] })
    .map(({ least, most }) => ({ ...(least === undefined ? {} : { [min]: least }), ...(most === undefined || (least ?? 0) > most ? {} : { [max]: most }) }));

const booleanSchema: fc.Arbitrary<RawSchema> = fc.constant({ type: "boolean" });

/** `{}`: any value. */
const unknownSchema: fc.Arbitrary<RawSchema> = fc.constant({});

const stringEnum: fc.Arbitrary<RawSchema> = fc
  .record({
    values: fc.uniqueArray(fc.oneof(fc.constantFrom(...ENUM_STRINGS), awkwardText(4)), { minLength: 1, maxLength: 4 }),
    typed: fc.boolean().map((untyped) => !untyped),
    open: fc.integer({ min: 0, max: 3 }),
    maxLength: fc.option(fc.constantFrom(0, 2, 5000), { freq: 3 }),
    withNull: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ values, typed, open, maxLength, withNull }) => ({
    ...(typed ? { type: "string" } : {}),
    enum: withNull === 5 ? [...values, null] : values,
    ...(open === 3 ? { "x-stripeBypassValidation": true } : {}),
    ...(maxLength === null ? {} : { maxLength }),
  }));

const numberEnum: fc.Arbitrary<RawSchema> = fc.oneof(
  fc.uniqueArray(fc.constantFrom(...INTEGERS), { minLength: 1, maxLength: 3 }).map((values) => ({ type: "integer", enum: values })),
  fc.uniqueArray(fc.constantFrom(...NUMBERS), { minLength: 1, maxLength: 3, comparator: "SameValueZero" }).chain((values) =>
    fc.boolean().map((typed) => ({ ...(typed ? { type: "number" } : {}), enum: values })),
  ),
);

const booleanEnum: fc.Arbitrary<RawSchema> = fc
  .tuple(fc.constantFrom<boolean[]>([true], [false], [true, false]), fc.boolean())
  .map(([values, typed]) => ({ ...(typed ? { type: "boolean" } : {}), enum: values }));

/** A placeholder reference to the n-th schema (modulo their count). */
const refSchema: fc.Arbitrary<RawSchema> = fc.tuple(fc.nat(7), fc.integer({ min: 0, max: 3 })).map(([n, form]): RawSchema => {
  if (form === 3) return { anyOf: [{ $ref: n }], nullable: true };
  if (form === 2) return { $ref: n, nullable: true };
  return { $ref: n };
});

const leaf: fc.Arbitrary<RawSchema> = fc.oneof(
  { weight: 3, arbitrary: annotated(stringSchema) },
  { weight: 2, arbitrary: annotated(numberSchema) },
  { weight: 1, arbitrary: annotated(booleanSchema) },
  { weight: 1, arbitrary: annotated(unknownSchema, false) },
  { weight: 3, arbitrary: annotated(stringEnum) },
  { weight: 1, arbitrary: annotated(numberEnum) },
  { weight: 1, arbitrary: annotated(booleanEnum) },
  { weight: 4, arbitrary: annotated(refSchema, false) },
);

type Tree = {
  node: RawSchema;
  array: RawSchema;
  object: RawSchema;
  union: RawSchema;
  combined: RawSchema;
};

const tree = fc.letrec<Tree>((tie) => ({
  node: fc.oneof({ maxDepth: 3, depthSize: "small" }, leaf, tie("array"), tie("object"), tie("union"), tie("combined")),
  array: annotated(
    fc
      .tuple(tie("node"), fc.option(counts("minItems", "maxItems"), { freq: 3 }), fc.integer({ min: 0, max: 3 }))
      .map(([items, limits, unique]) => ({ type: "array", items, ...limits, ...(unique === 3 ? { uniqueItems: true } : {}) })),
  ),
  object: annotated(
    fc
      .record({
        properties: fc.uniqueArray(fc.tuple(propertyName, tie("node")), { maxLength: 5, selector: ([name]) => name }),
        requiredMask: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        additional: fc.constantFrom<"none" | "true" | "empty" | "schema" | "false">("none", "none", "none", "true", "empty", "schema", "false"),
        additionalSchema: tie("node"),
        discriminator: fc.option(fc.tuple(fc.constantFrom(...ENUM_STRINGS.slice(0, 12)), fc.boolean()), { freq: 3 }),
        typed: fc.integer({ min: 0, max: 5 }),
        sizes: fc.option(counts("minProperties", "maxProperties"), { freq: 4 }),
      })
      .map(({ properties, requiredMask, additional, additionalSchema, discriminator, typed, sizes }) => {
        const entries: [string, RawSchema][] = [...properties];
        const required = properties.map(([name]) => name).filter((_, i) => requiredMask[i]);
        if (discriminator) {
          // A Stripe-like `object: "x"` (and `deleted: true`), which unions dispatch on.
          const [value, deleted] = discriminator;
          const rest = entries.filter(([name]) => name !== "object" && name !== "deleted");
          entries.splice(0, entries.length, ...rest, ["object", { type: "string", enum: [value] }]);
          if (deleted) entries.push(["deleted", { type: "boolean", enum: [true] }]);
          required.splice(0, required.length, ...required.filter((name) => name !== "object" && name !== "deleted"), "object", ...(deleted ? ["deleted"] : []));
        }
        const schema: RawSchema = { ...(typed === 5 && entries.length > 0 ? {} : { type: "object" }), properties: record(entries) };
        if (required.length > 0) schema.required = required;
        if (additional === "true") schema.additionalProperties = true;
        if (additional === "empty") schema.additionalProperties = {};
        if (additional === "schema") schema.additionalProperties = additionalSchema;
        if (additional === "false") schema.additionalProperties = false;
        return sizes === null ? schema : { ...schema, ...sizes };
      }),
  ),
  union: annotated(
    fc
      .tuple(
        fc.constantFrom("anyOf", "oneOf"),
        fc.array(fc.oneof({ weight: 3, arbitrary: annotated(refSchema, false) }, { weight: 3, arbitrary: leaf }, { weight: 1, arbitrary: tie("object") }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.boolean(),
      )
      .map(([keyword, members, expandable]) => {
        // Stripe's expandable field: an ID string, or one of the objects.
        if (expandable && members.length > 1 && members.slice(1).every((m) => typeof m.$ref === "number" && m.nullable === undefined)) {
          return { anyOf: [{ type: "string", maxLength: 5000 }, ...members.slice(1)], "x-expansionResources": { oneOf: members.slice(1) } };
        }
        return { [keyword]: members };
      }),
  ),
  // allOf of two objects, merged by the generator (generator/ir/merge.ts). They declare
  // different properties, and the first alone has `additionalProperties` and counts: a
  // property both declare with schemas that share no value, a map beside properties and
  // counts that leave no size are refused, rightly, so they are no counterexample.
  combined: annotated(
    fc.tuple(tie("object"), tie("object")).map(([a, b]): RawSchema => {
      const taken = new Set(Object.keys((a.properties ?? {}) as object));
      const { additionalProperties: _additional, ...first } = a;
      const { additionalProperties: _other, minProperties: _min, maxProperties: _max, ...second } = b;
      second.properties = record(Object.entries((b.properties ?? {}) as Record<string, RawSchema>).filter(([name]) => !taken.has(name)));
      const required = ((b.required ?? []) as string[]).filter((name) => !taken.has(name));
      if (required.length > 0) second.required = required;
      else delete second.required;
      return { allOf: [first, second] };
    }),
  ),
}));

/** A component schema: an object most of the time, as in Stripe's spec, anything else too. */
const componentSchema = fc.oneof(
  { weight: 4, arbitrary: tree.object },
  { weight: 1, arbitrary: tree.array },
  { weight: 2, arbitrary: tree.union },
  { weight: 1, arbitrary: tree.combined },
  { weight: 2, arbitrary: leaf },
);

export interface SpecOptions {
  /** Component schemas per spec (default 1–6). */
  minSchemas?: number;
  maxSchemas?: number;
}

/** A random, valid OpenAPI 3.0 document. */
export function specArbitrary(options: SpecOptions = {}): fc.Arbitrary<OpenApiDocument> {
  const { minSchemas = 1, maxSchemas = 6 } = options;
  return fc
    .tuple(
      fc.uniqueArray(schemaName, { minLength: minSchemas, maxLength: maxSchemas }),
      fc.array(componentSchema, { minLength: maxSchemas, maxLength: maxSchemas }),
      fc.option(description, { freq: 2 }),
    )
    .map(([names, schemas, title]) => document(names, schemas.slice(0, names.length), title ?? "Fuzz API"));
}

/** The document for these names and placeholder-ref schemas (same length). */
export function document(names: readonly string[], schemas: readonly RawSchema[], title = "Fuzz API"): OpenApiDocument {
  return {
    openapi: "3.0.0",
    info: { title, version: "2024-01-01" },
    paths: {},
    components: { schemas: record(schemas.map((schema, i) => [names[i]!, finalize(schema, i, names)] as const)) },
  };
}

/**
 * Ties placeholder refs to names. A ref an object or array sits between may point
 * anywhere (cycles included); one that aliases its schema points only to a later one,
 * or becomes a string schema when there is none.
 */
function finalize(schema: RawSchema, self: number, names: readonly string[]): RawSchema {
  const walk = (node: RawSchema, alias: boolean): RawSchema => {
    const out: RawSchema = {};
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword === "$ref" && typeof value === "number") {
        const later = names.length - self - 1;
        if (alias && later === 0) return { ...withoutRef(node), type: "string" };
        out.$ref = refTo(names[alias ? self + 1 + (value % later) : value % names.length]!);
      } else if (keyword === "anyOf" || keyword === "oneOf" || keyword === "allOf") {
        out[keyword] = (value as RawSchema[]).map((member) => walk(member, alias));
      } else if (keyword === "x-expansionResources") {
        continue; // rebuilt below from the tied refs
      } else if (keyword === "items" || keyword === "additionalProperties") {
        out[keyword] = typeof value === "object" && value !== null ? walk(value as RawSchema, false) : value;
      } else if (keyword === "properties") {
        out.properties = record(Object.entries(value as Record<string, RawSchema>).map(([name, property]) => [name, walk(property, false)] as const));
      } else {
        out[keyword] = value;
      }
    }
    if (node["x-expansionResources"] !== undefined && Array.isArray(out.anyOf)) {
      const refs = (out.anyOf as RawSchema[]).filter((member) => typeof member.$ref === "string");
      if (refs.length > 0) out["x-expansionResources"] = { oneOf: refs };
    }
    return out;
  };
  return walk(schema, true);
}

function withoutRef(node: RawSchema): RawSchema {
  const { $ref: _ref, ...rest } = node;
  return rest;
}
