/**
 * The bad-spec corpus: each file in `specs/` (or made by `make`, when too big to keep)
 * with the error gen-schemas must report: what, where (pointer, line and column when
 * known) and what to do.
 */
export interface FailingCase {
  /** A file in specs/, or the name `make` writes. */
  file: string;
  make?: () => string;
  /** What went wrong: the message starts with this. */
  what: string;
  /** The JSON pointer reported, when the problem has one (or how it starts, for a long one). */
  pointer?: string | { startsWith: string };
  /** `line` or `line:column` after the file name, when the parser knows it. */
  line?: string;
  /** What to do: the first problem's message ends with this. */
  hint: string;
  /** The problems found beside the first, as listed after it (`SPEC` stands for the spec's path). */
  more?: string[];
}

const HINTS = {
  syntax: "Fix the syntax error there",
  notOpenApi: 'gen-schemas reads OpenAPI 3.0 and 3.1 documents, which start with openapi: "3.0.x" or "3.1.x"',
  noSchemas: "Nothing to generate: add component schemas",
  schemaObject: "Write a schema object such as { type: string }",
  type: 'Use one of string, integer, number, boolean, array, object (OpenAPI 3.0 has no "null" type or type arrays: use nullable: true)',
  nullOnly: 'Make the schema that holds it nullable instead: anyOf: [X, { type: "null" }], or type: ["string", "null"]',
  nesting: "Move nested schemas into components.schemas and refer to them with $ref",
  cycle: "Give one schema of the cycle a real type (an object or an array), or break the cycle",
  typedUnion: (type: string) => `Remove \`type\` and let the members say what the values are, or give every member type ${type}`,
};

/** `levels` object schemas nested inline, as one line of JSON or YAML flow style. */
function nested(levels: number, open: (inner: string) => string): string {
  let schema = "{type: string}";
  for (let i = 0; i < levels; i++) schema = open(schema);
  return schema;
}
const deepPointer = (levels: number) => `/components/schemas/deep${"/properties/a".repeat(levels)}`;

export const FAILING: FailingCase[] = [
  // Syntax.
  { file: "trailing-comma.json", what: "Malformed JSON: Expected double-quoted property name", line: "6:32", hint: HINTS.syntax },
  { file: "missing-value.json", what: "Malformed JSON: Unexpected token '}'", line: "5:22", hint: HINTS.syntax },
  { file: "truncated.json", what: "Malformed JSON: Expected ',' or '}' after property value", line: "6:1", hint: HINTS.syntax },
  { file: "control-char.json", what: "Malformed JSON: Bad control character in string literal", line: "5:51", hint: HINTS.syntax },
  { file: "bad-indentation.yaml", what: "Malformed YAML: bad indentation of a mapping entry", line: "6:6", hint: HINTS.syntax },
  { file: "unclosed-flow.yaml", what: "Malformed YAML: deficient indentation", line: "7:1", hint: HINTS.syntax },
  { file: "duplicate-key.yaml", what: "Malformed YAML: duplicated mapping key", line: "6:5", hint: HINTS.syntax },
  { file: "empty.yaml", what: "The spec is empty", hint: "Pass an OpenAPI 3 document in JSON or YAML" },
  // Not OpenAPI 3.
  { file: "a-list.yaml", what: "The spec is an array, not an OpenAPI document", hint: "Pass an OpenAPI 3 document: an object with `openapi` and `components`" },
  { file: "package-json.json", what: "Not an OpenAPI 3 document (no `openapi` field)", hint: HINTS.notOpenApi },
  { file: "swagger2.yaml", what: 'Not an OpenAPI 3 document (found swagger "2.0")', pointer: "/swagger", line: "1:1", hint: "Convert Swagger 2.0 to OpenAPI 3 first (e.g. with swagger2openapi)" },
  { file: "openapi-4.yaml", what: 'Not an OpenAPI 3 document (found openapi "4.0.0")', pointer: "/openapi", line: "1:1", hint: HINTS.notOpenApi },
  { file: "openapi-number.yaml", what: "Not an OpenAPI 3 document (found openapi 3)", pointer: "/openapi", line: "1:1", hint: HINTS.notOpenApi },
  // A problem in one schema doesn't hide the others'.
  {
    file: "three-problems.yaml",
    what: 'Unknown schema type "strin"',
    pointer: "/components/schemas/a/type",
    line: "5:7",
    hint: HINTS.type,
    more: [
      '- Can\'t resolve $ref "#/components/schemas/nope" at #/components/schemas/b/properties/c in SPEC:9:9. There is no component schema "nope": check the name',
      "- Invalid pattern: Invalid regular expression: /[/u: Unterminated character class at #/components/schemas/c/pattern in SPEC:12:7. Use an ECMAScript regular expression (checked with the u flag)",
    ],
  },
  { file: "no-components.yaml", what: "The spec has no `components.schemas`", hint: HINTS.noSchemas },
  { file: "no-schemas.yaml", what: "The spec has no `components.schemas`", pointer: "/components", line: "5:1", hint: HINTS.noSchemas },
  { file: "empty-schemas.yaml", what: "The spec's `components.schemas` is empty", pointer: "/components/schemas", line: "6:3", hint: HINTS.noSchemas },
  // References.
  { file: "dangling-ref.yaml", what: 'Can\'t resolve $ref "#/components/schemas/x"', pointer: "/components/schemas/y/properties/z", line: "7:9", hint: 'There is no component schema "x": check the name' },
  { file: "external-ref.yaml", what: 'External $ref "common.yaml#/components/schemas/b" is not supported', pointer: "/components/schemas/a/properties/b", line: "7:9", hint: "Bundle the spec into one file first (e.g. `redocly bundle`)" },
  { file: "ref-not-a-schema.yaml", what: 'Can\'t resolve $ref "#/components/parameters/p"', pointer: "/components/schemas/a/items", line: "10:7", hint: 'Only component schemas can be referenced: "#/components/schemas/<name>"' },
  { file: "malformed-escape-ref.yaml", what: 'Can\'t resolve $ref "#/components/schemas/a%zz": malformed %-escape', pointer: "/components/schemas/a", line: "4:5", hint: "Percent-encode the name correctly, or not at all" },
  { file: "ref-cycle.yaml", what: "$ref cycle with no object or array in between: A → B → A", pointer: "/components/schemas/A", line: "4:5", hint: HINTS.cycle },
  { file: "union-cycle.yaml", what: "$ref cycle with no object or array in between: A → B → A", pointer: "/components/schemas/A", line: "4:5", hint: HINTS.cycle },
  // Schemas.
  { file: "unknown-type.yaml", what: 'Unknown schema type "strng"', pointer: "/components/schemas/a/properties/n/type", line: "8:11", hint: HINTS.type },
  { file: "type-array.yaml", what: 'Unknown schema type ["string","null"]', pointer: "/components/schemas/a/type", line: "5:7", hint: HINTS.type },
  { file: "type-array-two-types.yaml", what: "`type` lists 2 types (string, integer): not supported", pointer: "/components/schemas/a/properties/id/type", line: "8:11", hint: "Use anyOf with one schema per type" },
  { file: "null-only.yaml", what: "A schema whose only value is null is not supported", pointer: "/components/schemas/a/properties/nothing/anyOf", line: "8:11", hint: HINTS.nullOnly },
  {
    file: "oneof-null-twice.yaml",
    what: "`oneOf` has a null member and another member that holds null too, so null is never exactly one member",
    pointer: "/components/schemas/a/properties/b/oneOf",
    line: "10:11",
    hint: 'Remove { type: "null" }, or the other member\'s null',
  },
  { file: "enum-mixed.yaml", what: "Enum mixes value types (boolean, number, string)", pointer: "/components/schemas/a/enum", line: "5:7", hint: "Use one type per enum, or anyOf with one enum per type" },
  { file: "enum-wrong-type.yaml", what: 'Enum values are strings but the type is "integer"', pointer: "/components/schemas/a/enum", line: "6:7", hint: "Make the values match the type" },
  {
    file: "required-absent.yaml",
    what: '`required` names "name", which is not among the properties, and `additionalProperties: false` allows no other key',
    pointer: "/components/schemas/a/required/1",
    line: "6:22",
    hint: 'Add a "name" property or remove it from required',
  },
  // Schemas combined (allOf, or keywords beside a union) that can't be one schema.
  {
    file: "allof-no-common-type.yaml",
    what: "A value can't be string (as #/components/schemas/id says) and integer at once: the schemas combined (allOf) have no type in common",
    pointer: "/components/schemas/a/allOf/1",
    line: "9:11",
    hint: "Make the combined schemas agree on the type",
  },
  { file: "allof-two-patterns.yaml", what: "Two different `pattern`s combined (allOf) are not supported", pointer: "/components/schemas/a/allOf/1/pattern", line: "9:11", hint: "Write one pattern that means both" },
  {
    file: "allof-additional-map.yaml",
    what: "`additionalProperties` with a schema, combined (allOf) with another schema of properties, is not supported: JSON Schema checks it against every property but the ones declared beside it",
    pointer: "/components/schemas/labels/additionalProperties",
    line: "6:7",
    hint: "Declare the properties in the schema that has additionalProperties",
  },
  {
    file: "allof-cycle.yaml",
    what: '"a" includes itself: a → b → a',
    pointer: "/components/schemas/b/allOf/0",
    line: "10:11",
    hint: "A schema can't be combined (allOf) with itself: break the cycle",
    more: ['- "b" includes itself: b → a → b at #/components/schemas/a/allOf/0 in SPEC:6:11. A schema can\'t be combined (allOf) with itself: break the cycle'],
  },
  { file: "invalid-pattern.yaml", what: "Invalid pattern: Invalid regular expression: /^[a-z+$/u: Unterminated character class", pointer: "/components/schemas/a/pattern", line: "6:7", hint: "Use an ECMAScript regular expression (checked with the u flag)" },
  { file: "negative-max-length.yaml", what: "`maxLength` must be a whole number ≥ 0, not the number -1", pointer: "/components/schemas/a/maxLength", line: "6:7", hint: "Fix the limit or remove it" },
  { file: "min-items-above-max.yaml", what: "`minItems` 3 is above `maxItems` 2: no value is valid", pointer: "/components/schemas/a/minItems", line: "7:7", hint: "Fix one of the limits" },
  { file: "empty-number-range.yaml", what: "`minimum` 5 and `maximum` 5 leave no number valid", pointer: "/components/schemas/a/minimum", line: "6:7", hint: "Fix one of the limits" },
  { file: "zero-multiple-of.yaml", what: "`multipleOf` must be a number greater than 0, not the number 0", pointer: "/components/schemas/a/multipleOf", line: "6:7", hint: "Fix the divisor or remove it" },
  { file: "exclusive-minimum-alone.yaml", what: "`exclusiveMinimum` has no `minimum` to apply to", pointer: "/components/schemas/a/exclusiveMinimum", line: "6:7", hint: "Add minimum or remove exclusiveMinimum" },
  { file: "not-keyword.yaml", what: "`not` is not supported: the validators would not enforce it", pointer: "/components/schemas/a/not", line: "6:7", hint: "Describe the allowed values instead (an enum, a pattern, anyOf)" },
  { file: "const-object.yaml", what: "A `const` of an object is not supported", pointer: "/components/schemas/a/const", line: "5:7", hint: "Use a string, a finite number, a boolean or null" },
  { file: "non-object-schema.yaml", what: "A schema must be an object, not the number 42", pointer: "/components/schemas/a", line: "4:5", hint: HINTS.schemaObject },
  { file: "null-property-schema.yaml", what: "A schema must be an object, not null", pointer: "/components/schemas/a/properties/b", line: "7:9", hint: HINTS.schemaObject },
  { file: "properties-array.yaml", what: "`properties` must be an object, not an array", pointer: "/components/schemas/a/properties", line: "6:7", hint: "Map each property name to its schema" },
  {
    file: "union-type-mismatch.yaml",
    what: "`type: object` beside `oneOf` is not supported where a member holds values of another type (#/components/schemas/source/oneOf/1): the validators would enforce only the `oneOf`",
    pointer: "/components/schemas/source/type",
    line: "9:7",
    hint: HINTS.typedUnion("object"),
  },
  {
    file: "union-type-null.yaml",
    what: "`type: object` beside `anyOf` is not supported where a member holds null (#/components/schemas/source/anyOf): the validators would enforce only the `anyOf`",
    pointer: "/components/schemas/source/type",
    line: "10:7",
    hint: HINTS.typedUnion("object"),
  },
  { file: "required-without-type.yaml", what: "`required` without a `type` is not supported: it applies to values of one type only, and the validators would accept any value", pointer: "/components/schemas/either/anyOf/0/required", line: "6:11", hint: "Add the type it is for: type: object" },
  // Sizes.
  {
    // (a0 or b0) and (a1 or b1) and … : 2^20 schemas once merged.
    file: "union-product.json",
    make: () => {
      const members = Array.from({ length: 20 }, (_, i) => ({ oneOf: [{ type: "object", required: [`a${i}`], properties: { [`a${i}`]: { type: "string" } } }, { type: "object", required: [`b${i}`], properties: { [`b${i}`]: { type: "string" } } }] }));
      return JSON.stringify({ openapi: "3.0.0", components: { schemas: { product: { allOf: members } } } });
    },
    what: "The schemas combined (allOf) expand to more than 10000 schemas",
    pointer: { startsWith: "/components/schemas/product/allOf/" },
    line: "1:3151",
    hint: "Combine fewer unions: allOf of anyOf/oneOf multiplies their members",
  },
  { file: "alias-bomb.yaml", what: "The spec expands to too many schemas (YAML aliases?)", pointer: { startsWith: "/components/schemas/x" }, hint: "Use $ref to component schemas instead of YAML aliases" },
  {
    file: "deep-5000.json",
    make: () => `{"openapi": "3.0.0", "components": {"schemas": {"deep": ${nested(5000, (inner) => `{"type": "object", "properties": {"a": ${inner}}}`).replace("{type: string}", '{"type": "string"}')}}}}`,
    what: "Schema nested deeper than 200 levels",
    pointer: deepPointer(201),
    hint: HINTS.nesting,
  },
  {
    file: "deep-5000.yaml",
    make: () => `openapi: 3.0.0\ncomponents:\n  schemas:\n    deep: ${nested(5000, (inner) => `{type: object, properties: {a: ${inner}}}`)}\n`,
    what: "The spec nests deeper than 500 levels",
    line: "4:7700",
    hint: HINTS.nesting,
  },
];

/** Specs that look hostile but are fine: they generate, with these notes on stderr. */
export interface PassingCase {
  file: string;
  make?: () => string;
  notes: string[];
}

export const PASSING: PassingCase[] = [
  {
    file: "duplicate-names.yaml",
    notes: [
      'note: FooBar is typed FooBar_2: "FooBar" is taken by "Foo-Bar"',
      'note: foo.bar is typed FooBar_3: "FooBar" is taken by "Foo-Bar"',
      'note: foo_bar is typed FooBar_4: "FooBar" is taken by "Foo-Bar"',
    ],
  },
  {
    file: "reserved-words.yaml",
    notes: [
      'note: Array is typed ArraySchema: "Array" is a name the package uses itself',
      'note: Object is typed ObjectSchema: "Object" is a name the package uses itself',
      'note: Symbol is typed SymbolSchema: "Symbol" is a name the package uses itself',
      'note: function is typed Function_2: "Function" is taken by "Function"',
      'note: object is typed ObjectSchema_2: "Object" is a name the package uses itself, and "ObjectSchema" is taken by "Object"',
      'note: string is typed StringSchema: "String" is a name the package uses itself',
    ],
  },
  { file: "proto-names.yaml", notes: [] },
  { file: "union-typed.yaml", notes: [] },
  { file: "combined.yaml", notes: ['note: `required` names "name", which is not among the properties: typed unknown at #/components/schemas/owner/required/0'] },
  { file: "combined-31.yaml", notes: [] },
  {
    file: "required-undeclared.yaml",
    notes: [
      'note: `required` names "tags", which is not among the properties: typed unknown at #/components/schemas/docker/required/0',
      'note: `required` names "name", which is not among the properties: typed as additionalProperties at #/components/schemas/labels/required/0',
    ],
  },
  { file: "comment-breakers.yaml", notes: [] },
  {
    file: "long-names.yaml",
    make: () => {
      const name = "n".repeat(10_000);
      return [
        "openapi: 3.0.0",
        "components:",
        "  schemas:",
        `    ${name}:`,
        "      type: object",
        "      properties:",
        `        ${"p".repeat(10_000)}:`,
        `          $ref: "#/components/schemas/${name}x"`,
        `    ${name}x:`,
        "      type: string",
        "",
      ].join("\n");
    },
    notes: [],
  },
  {
    file: "deep-100.json",
    make: () => `{"openapi": "3.0.0", "components": {"schemas": {"deep": ${nested(100, (inner) => `{"type": "object", "properties": {"a": ${inner}}}`).replace("{type: string}", '{"type": "string"}')}}}}`,
    notes: [],
  },
];
