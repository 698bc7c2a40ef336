import { describe, expect, it } from "vitest";
import { GenerationError } from "../../generator/errors.js";
import { buildIr } from "../../generator/ir/build.js";
import type { IrNode } from "../../generator/ir/types.js";

/** The IR of one schema `S` in a minimal document, with pointers left out for readability. */
function irOf(schema: unknown, others: Record<string, unknown> = {}, openapi = "3.0.0"): unknown {
  const ir = buildIr({ openapi, info: { title: "T", version: "1" }, components: { schemas: { S: schema, ...others } } }, "spec.json");
  return strip(ir.schemas.find((s) => s.name === "S")!.node);
}

function strip(node: IrNode | unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== "pointer").map(([key, value]) => [key, strip(value)]));
}

const cases: [string, { given: unknown; want: unknown }][] = [
  ["string with maxLength, pattern, format", { given: { type: "string", maxLength: 5, pattern: "^a", format: "decimal" }, want: { kind: "string", nullable: false, maxLength: 5, pattern: "^a", format: "decimal" } }],
  ["string with minLength", { given: { type: "string", minLength: 1 }, want: { kind: "string", nullable: false, minLength: 1 } }],
  [
    "number bounds: OpenAPI 3.0's boolean exclusiveMaximum, and multipleOf",
    { given: { type: "number", minimum: -1.5, maximum: 10, exclusiveMaximum: true, multipleOf: 0.5 }, want: { kind: "number", integer: false, nullable: false, min: { value: -1.5, exclusive: false }, max: { value: 10, exclusive: true }, multipleOf: 0.5 } },
  ],
  ["OpenAPI 3.1's numeric exclusiveMinimum, alone", { given: { type: "integer", exclusiveMinimum: 0 }, want: { kind: "number", integer: true, nullable: false, min: { value: 0, exclusive: true } } }],
  [
    "the stricter of minimum and a numeric exclusiveMinimum applies",
    { given: { type: "number", minimum: 5, exclusiveMinimum: 5, maximum: 9, exclusiveMaximum: 10 }, want: { kind: "number", integer: false, nullable: false, min: { value: 5, exclusive: true }, max: { value: 9, exclusive: false } } },
  ],
  [
    "array counts and uniqueItems (false is the default, left out)",
    { given: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 3, uniqueItems: true }, want: { kind: "array", nullable: false, items: { kind: "string", nullable: false }, minItems: 1, maxItems: 3, uniqueItems: true } },
  ],
  ["uniqueItems: false", { given: { type: "array", uniqueItems: false }, want: { kind: "array", nullable: false, items: { kind: "unknown", nullable: false } } }],
  [
    "object property counts",
    { given: { type: "object", minProperties: 1, maxProperties: 2 }, want: { kind: "object", nullable: false, properties: [], additional: true, minProperties: 1, maxProperties: 2 } },
  ],
  ["integer enum with bounds", { given: { type: "integer", enum: [1, 2], minimum: 2 }, want: { kind: "enum", base: "integer", values: [1, 2], open: false, nullable: false, min: { value: 2, exclusive: false } } }],
  ["unix-time stays an integer", { given: { type: "integer", format: "unix-time" }, want: { kind: "number", integer: true, nullable: false, format: "unix-time" } }],
  ["number", { given: { type: "number" }, want: { kind: "number", integer: false, nullable: false } }],
  ["boolean, nullable", { given: { type: "boolean", nullable: true }, want: { kind: "boolean", nullable: true } }],
  ["closed enum", { given: { type: "string", enum: ["a", "b"] }, want: { kind: "enum", base: "string", values: ["a", "b"], open: false, nullable: false } }],
  [
    "open enum (x-stripeBypassValidation)",
    { given: { type: "string", enum: ["a"], "x-stripeBypassValidation": true }, want: { kind: "enum", base: "string", values: ["a"], open: true, nullable: false } },
  ],
  ["a null enum value means nullable", { given: { type: "string", enum: ["a", null] }, want: { kind: "enum", base: "string", values: ["a"], open: false, nullable: true } }],
  ["boolean enum", { given: { type: "boolean", enum: [true] }, want: { kind: "enum", base: "boolean", values: [true], open: false, nullable: false } }],
  ["integer enum", { given: { type: "integer", enum: [1, 2] }, want: { kind: "enum", base: "integer", values: [1, 2], open: false, nullable: false } }],
  ["array of strings", { given: { type: "array", items: { type: "string" } }, want: { kind: "array", nullable: false, items: { kind: "string", nullable: false } } }],
  ["array without items", { given: { type: "array" }, want: { kind: "array", nullable: false, items: { kind: "unknown", nullable: false } } }],
  [
    "object: sorted properties, required flags, description",
    {
      given: { type: "object", required: ["b"], properties: { b: { type: "string", description: "B" }, a: { type: "integer" } } },
      want: {
        kind: "object",
        nullable: false,
        additional: false,
        properties: [
          { name: "a", required: false, node: { kind: "number", integer: true, nullable: false } },
          { name: "b", required: true, node: { kind: "string", nullable: false, description: "B" } },
        ],
      },
    },
  ],
  ["empty object stays an object, open to any key", { given: { type: "object", properties: {} }, want: { kind: "object", nullable: false, additional: true, properties: [] } }],
  ["additionalProperties: false stays closed, and sealed: another key is invalid", { given: { type: "object", additionalProperties: false }, want: { kind: "object", nullable: false, additional: false, sealed: true, properties: [] } }],
  [
    "additionalProperties schema",
    { given: { type: "object", additionalProperties: { type: "string" } }, want: { kind: "object", nullable: false, properties: [], additional: { kind: "string", nullable: false } } },
  ],
  ["additionalProperties: true", { given: { type: "object", additionalProperties: true }, want: { kind: "object", nullable: false, properties: [], additional: true } }],
  ["$ref", { given: { $ref: "#/components/schemas/T" }, want: { kind: "ref", target: "T", nullable: false } }],
  [
    "anyOf of one $ref with nullable: a nullable reference (Stripe's style)",
    { given: { anyOf: [{ $ref: "#/components/schemas/T" }], nullable: true, description: "D" }, want: { kind: "ref", target: "T", nullable: true, description: "D" } },
  ],
  [
    "expandable field: id string or object",
    {
      given: { anyOf: [{ type: "string", maxLength: 5000 }, { $ref: "#/components/schemas/T" }], "x-expansionResources": { oneOf: [{ $ref: "#/components/schemas/T" }] } },
      want: {
        kind: "union",
        nullable: false,
        expandable: true,
        members: [
          { kind: "string", nullable: false, maxLength: 5000 },
          { kind: "ref", target: "T", nullable: false },
        ],
      },
    },
  ],
  [
    "polymorphic union is not expandable",
    {
      given: { anyOf: [{ $ref: "#/components/schemas/T" }, { type: "integer" }] },
      want: { kind: "union", nullable: false, expandable: false, members: [{ kind: "ref", target: "T", nullable: false }, { kind: "number", integer: true, nullable: false }] },
    },
  ],
  ["no type at all: unknown", { given: { description: "anything" }, want: { kind: "unknown", nullable: false, description: "anything" } }],
  [
    "no type, and keywords that allow every value: unknown",
    { given: { description: "anything", required: [], uniqueItems: false, minLength: 0, minItems: 0, minProperties: 0 }, want: { kind: "unknown", nullable: false, description: "anything" } },
  ],
  [
    "type beside a union: inline members without one take it",
    {
      given: { type: "string", anyOf: [{ pattern: "^a" }, { maxLength: 2 }, {}] },
      want: { kind: "union", nullable: false, expandable: false, members: [{ kind: "string", nullable: false, pattern: "^a" }, { kind: "string", nullable: false, maxLength: 2 }, { kind: "string", nullable: false }] },
    },
  ],
  [
    "type beside a union whose members all have it: the union",
    {
      given: { type: "object", nullable: true, oneOf: [{ $ref: "#/components/schemas/T" }, { type: "object", properties: {} }] },
      want: { kind: "union", nullable: true, expandable: false, exclusive: true, members: [{ kind: "ref", target: "T", nullable: false }, { kind: "object", nullable: false, properties: [], additional: true }] },
    },
  ],
];

describe("buildIr, per IR kind", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(irOf(given, { T: { type: "object", properties: { object: { type: "string", enum: ["t"] } }, required: ["object"] } })).toEqual(want);
  });

  it("reads a $ref's description and nullable beside it, and ignores its other siblings as OpenAPI 3.0 says", () => {
    const given = { $ref: "#/components/schemas/T", description: "the T", nullable: true, maxLength: 5, type: "string" };
    expect(irOf(given, { T: { type: "string" } })).toEqual({ kind: "ref", target: "T", nullable: true, description: "the T" });
  });

  it("in OpenAPI 3.1 reads the same beside a $ref, applies a constraint there (merge.ts) and refuses what it can't enforce", () => {
    const plain = { $ref: "#/components/schemas/T", description: "the T", nullable: true, "x-note": 1 };
    expect(irOf(plain, { T: { type: "string" } }, "3.1.0")).toEqual({ kind: "ref", target: "T", nullable: true, description: "the T" });
    expect(irOf({ $ref: "#/components/schemas/T", description: "short", maxLength: 5 }, { T: { type: "string", minLength: 1 } }, "3.1.0")).toEqual({ kind: "string", nullable: false, description: "short", minLength: 1, maxLength: 5 });
    expect(() => irOf({ $ref: "#/components/schemas/T", not: {} }, { T: { type: "string" } }, "3.1.0")).toThrow(/`not` is not supported/);
  });

  it("refuses a type a member of a typed union contradicts, and one type's keyword without a type (bad-specs has the messages)", () => {
    const T = { T: { type: "object", properties: {} } };
    for (const member of [{ type: "string" }, { type: "integer" }, { $ref: "#/components/schemas/N" }]) {
      const others = { ...T, N: { type: "object", nullable: true, properties: {} } };
      expect(() => irOf({ type: "object", oneOf: [{ $ref: "#/components/schemas/T" }, member] }, others), JSON.stringify(member)).toThrow(/`type: object` beside `oneOf` is not supported where a member holds/);
    }
    expect(() => irOf({ type: "number", anyOf: [{ type: "integer" }, { type: "string", enum: ["1"] }] })).toThrow(/`type: number` beside `anyOf`/);
    for (const keyword of [{ required: ["a"] }, { minLength: 1 }, { pattern: "a" }, { minimum: 0 }, { maxItems: 2 }, { uniqueItems: true }, { maxProperties: 1 }]) {
      expect(() => irOf(keyword), Object.keys(keyword)[0]).toThrow(/without a `type` is not supported/);
    }
  });

  it("in OpenAPI 3.1 reads null as a type: beside one type, and as the null member of anyOf and oneOf", () => {
    const T = { T: { type: "string" } };
    const ir31 = (schema: unknown, others: Record<string, unknown> = T) => irOf(schema, others, "3.1.0");
    expect(ir31({ type: ["string", "null"], maxLength: 3 })).toEqual({ kind: "string", nullable: true, maxLength: 3 });
    expect(ir31({ type: ["null", "integer"], minimum: 1 })).toEqual({ kind: "number", integer: true, nullable: true, min: { value: 1, exclusive: false } });
    expect(ir31({ type: ["object"], properties: {} })).toEqual({ kind: "object", nullable: false, properties: [], additional: true });
    // A nullable reference, as 3.1 writes it: the same node as 3.0's `anyOf: [{ $ref }]` with `nullable: true`.
    expect(ir31({ anyOf: [{ $ref: "#/components/schemas/T" }, { type: "null", description: "none" }], description: "the T" })).toEqual({ kind: "ref", target: "T", nullable: true, description: "the T" });
    expect(ir31({ oneOf: [{ type: ["null"] }, { type: "string" }, { type: "integer" }] })).toEqual({
      kind: "union",
      nullable: true,
      expandable: false,
      exclusive: true,
      members: [{ kind: "string", nullable: false }, { kind: "number", integer: true, nullable: false }],
    });
    // JSON Schema: an enum holds null only when it lists it, whatever `type` allows.
    expect(ir31({ type: ["string", "null"], enum: ["a"] })).toEqual({ kind: "enum", base: "string", values: ["a"], open: false, nullable: false });
    expect(ir31({ type: ["string", "null"], enum: ["a", null] })).toEqual({ kind: "enum", base: "string", values: ["a"], open: false, nullable: true });
  });

  it("in OpenAPI 3.1 refuses what null as a type cannot mean here (bad-specs has the messages)", () => {
    const ir31 = (schema: unknown, others: Record<string, unknown> = {}) => () => irOf(schema, others, "3.1.0");
    expect(ir31({ type: "null" })).toThrow(/only value is null/);
    expect(ir31({ anyOf: [{ type: "null" }] })).toThrow(/only value is null/);
    expect(ir31({ type: ["string", "integer"] })).toThrow(/lists 2 types/);
    expect(ir31({ type: ["string", "string"] })).toThrow(/each type once/);
    expect(ir31({ type: [] })).toThrow(/each type once/);
    expect(ir31({ type: ["string", "void"] })).toThrow(/Unknown schema type "void"/);
    expect(ir31({ oneOf: [{ type: "null" }, { type: "null" }, { type: "string" }] })).toThrow(/lists null twice/);
    // null would match two members of oneOf: directly, or through a reference.
    expect(ir31({ oneOf: [{ type: "null" }, { type: ["string", "null"] }, { type: "integer" }] })).toThrow(/another member that holds null/);
    expect(ir31({ oneOf: [{ type: "null" }, { $ref: "#/components/schemas/N" }] }, { N: { type: ["integer", "null"] } })).toThrow(/another member that holds null/);
    // A null-only member with a constraint beside it is not the null member: it is refused as a null-only schema.
    expect(ir31({ anyOf: [{ type: "null", maxLength: 1 }, { type: "string" }] })).toThrow(/only value is null/);
  });

  it("in OpenAPI 3.0 keeps null out of types: a type array or a null type is refused with the 3.0 way", () => {
    expect(() => irOf({ type: ["string", "null"] })).toThrow(/Unknown schema type \["string","null"\]/);
    expect(() => irOf({ anyOf: [{ type: "string" }, { type: "null" }] })).toThrow(/use nullable: true/);
  });

  it("records the references and the discriminator of a schema", () => {
    const ir = buildIr(
      {
        openapi: "3.0.0",
        info: { title: "T", version: "1" },
        components: {
          schemas: {
            customer: { type: "object", required: ["object"], properties: { object: { type: "string", enum: ["customer"] }, card: { $ref: "#/components/schemas/card" } } },
            deleted_customer: {
              type: "object",
              required: ["object", "deleted"],
              properties: { object: { type: "string", enum: ["customer"] }, deleted: { type: "boolean", enum: [true] } },
            },
            card: { type: "object", properties: { customer: { $ref: "#/components/schemas/customer" } } },
          },
        },
      },
      "spec.json",
    );
    const byName = Object.fromEntries(ir.schemas.map((s) => [s.name, s]));
    expect(byName.customer!.refs).toEqual(["card"]);
    expect(byName.customer!.discriminator).toEqual({ object: "customer", deleted: false });
    expect(byName.deleted_customer!.discriminator).toEqual({ object: "customer", deleted: true });
    expect(byName.card!.discriminator).toBeUndefined();
  });
});

const str = { kind: "string", nullable: false } as const;

function errorOf(run: () => unknown): GenerationError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof GenerationError) return error;
    throw error;
  }
  return undefined;
}
const P = { type: "object", description: "a P", required: ["name"], properties: { name: { type: "string" } } };

/** allOf of several schemas, and keywords beside a union: one schema (merge.ts). */
const combined: [string, { given: unknown; want: unknown }][] = [
  [
    "allOf of a reference and an inline object: one object with both's properties and required, not the reference's description",
    {
      given: { allOf: [{ $ref: "#/components/schemas/P" }, { type: "object", required: ["id"], properties: { id: { type: "integer" } } }] },
      want: {
        kind: "object",
        nullable: false,
        additional: false,
        properties: [
          { name: "id", required: true, node: { kind: "number", integer: true, nullable: false } },
          { name: "name", required: true, node: str },
        ],
      },
    },
  ],
  [
    "a property two schemas declare must match both",
    {
      given: { description: "both", allOf: [{ type: "object", properties: { a: { type: "string", maxLength: 5 } } }, { properties: { a: { type: "string", minLength: 1 } } }] },
      want: { kind: "object", nullable: false, description: "both", additional: false, properties: [{ name: "a", required: false, node: { ...str, minLength: 1, maxLength: 5 } }] },
    },
  ],
  [
    "a number and an integer is an integer; of two bounds the tighter applies",
    {
      given: { allOf: [{ type: "number", minimum: 0, maximum: 10 }, { type: "integer", minimum: 2, maximum: 10, exclusiveMaximum: true }] },
      want: { kind: "number", integer: true, nullable: false, min: { value: 2, exclusive: false }, max: { value: 10, exclusive: true } },
    },
  ],
  ["const is a one-value enum", { given: { const: "card" }, want: { kind: "enum", base: "string", values: ["card"], open: false, nullable: false } }],
  ["const beside an enum that lists it: that value", { given: { type: "integer", enum: [1, 2, 3], const: 2 }, want: { kind: "enum", base: "integer", values: [2], open: false, nullable: false } }],
  [
    "unevaluatedProperties: false closes an allOf to every property its schemas declare",
    {
      given: { allOf: [{ $ref: "#/components/schemas/P" }, { type: "object", properties: { id: { type: "integer" } } }], unevaluatedProperties: false },
      want: {
        kind: "object",
        nullable: false,
        additional: false,
        sealed: true,
        properties: [
          { name: "id", required: false, node: { kind: "number", integer: true, nullable: false } },
          { name: "name", required: true, node: str },
        ],
      },
    },
  ],
  ["unevaluatedProperties: false on one object is additionalProperties: false", { given: { type: "object", unevaluatedProperties: false }, want: { kind: "object", nullable: false, additional: false, sealed: true, properties: [] } }],
  ["unevaluatedProperties: true adds nothing", { given: { type: "object", properties: { a: { type: "string" } }, unevaluatedProperties: true }, want: { kind: "object", nullable: false, additional: false, properties: [{ name: "a", required: false, node: str }] } }],
  ["enums keep the values they share", { given: { allOf: [{ type: "string", enum: ["a", "b", "c"] }, { enum: ["c", "b", "d"] }] }, want: { kind: "enum", base: "string", values: ["b", "c"], open: false, nullable: false } }],
  ["null only where every typed schema allows it", { given: { allOf: [{ type: "string", nullable: true }, { type: "string", maxLength: 3 }] }, want: { ...str, maxLength: 3 } }],
  ["nullable beside allOf, as 3.0 specs write it", { given: { nullable: true, allOf: [{ type: "string" }, { type: "string", maxLength: 3 }] }, want: { ...str, nullable: true, maxLength: 3 } }],
  [
    "items, counts and uniqueItems combine",
    {
      given: { allOf: [{ type: "array", items: { type: "string" }, minItems: 1 }, { type: "array", items: { type: "string", maxLength: 2 }, maxItems: 3, uniqueItems: true }] },
      want: { kind: "array", nullable: false, items: { ...str, maxLength: 2 }, minItems: 1, maxItems: 3, uniqueItems: true },
    },
  ],
  ["multipleOf: the one that is a multiple of the others", { given: { allOf: [{ type: "integer", multipleOf: 2 }, { type: "integer", multipleOf: 6 }] }, want: { kind: "number", integer: true, nullable: false, multipleOf: 6 } }],
  [
    "properties beside anyOf of required: each member gets them",
    {
      given: { type: "object", properties: { a: { type: "string" }, b: { type: "string" } }, anyOf: [{ required: ["a"] }, { required: ["b"] }] },
      want: {
        kind: "union",
        nullable: false,
        expandable: false,
        members: [
          { kind: "object", nullable: false, additional: false, properties: [{ name: "a", required: true, node: str }, { name: "b", required: false, node: str }] },
          { kind: "object", nullable: false, additional: false, properties: [{ name: "a", required: false, node: str }, { name: "b", required: true, node: str }] },
        ],
      },
    },
  ],
  [
    "a union member the other schemas rule out is left out",
    { given: { allOf: [{ oneOf: [{ type: "integer" }, { type: "string", format: "date-time" }] }, { type: "string" }] }, want: { ...str, format: "date-time" } },
  ],
  [
    "anyOf beside oneOf: both apply",
    {
      given: { anyOf: [{ type: "string" }, { type: "integer" }], oneOf: [{ type: "string", maxLength: 1 }] },
      want: { ...str, maxLength: 1 },
    },
  ],
];

describe("buildIr, schemas combined (merge.ts)", () => {
  it.each(combined)("%s", (_name, { given, want }) => {
    expect(irOf(given, { P })).toEqual(want);
  });

  it("notes a required name no property declares, typed as any value or as additionalProperties", () => {
    const ir = buildIr(
      { openapi: "3.0.0", info: { title: "T", version: "1" }, components: { schemas: { S: { type: "object", required: ["tags"], properties: { tag: { type: "string" } } }, M: { type: "object", required: ["n"], additionalProperties: { type: "integer" } } } } },
      "spec.json",
    );
    expect(strip(ir.schemas.find((s) => s.name === "S")!.node)).toEqual({
      kind: "object",
      nullable: false,
      additional: false,
      properties: [
        { name: "tag", required: false, node: str },
        { name: "tags", required: true, node: { kind: "unknown", nullable: false } },
      ],
    });
    expect(strip(ir.schemas.find((s) => s.name === "M")!.node)).toEqual({ kind: "object", nullable: false, additional: { kind: "number", integer: true, nullable: false }, properties: [{ name: "n", required: true, node: { kind: "number", integer: true, nullable: false } }] });
    expect(ir.notes).toEqual([
      { pointer: "/components/schemas/M/required/0", message: '`required` names "n", which is not among the properties: typed as additionalProperties' },
      { pointer: "/components/schemas/S/required/0", message: '`required` names "tags", which is not among the properties: typed unknown' },
    ]);
  });

  it("refuses what can't be one schema, where it is written", () => {
    const refused: [unknown, RegExp, string][] = [
      [{ allOf: [{ $ref: "#/components/schemas/P" }, { type: "string" }] }, /can't be object \(as #\/components\/schemas\/P says\) and string at once/, "/components/schemas/S/allOf/1"],
      [{ allOf: [{ type: "string", pattern: "a" }, { type: "string", pattern: "b" }] }, /Two different `pattern`s/, "/components/schemas/S/allOf/1/pattern"],
      [{ allOf: [{ type: "integer", multipleOf: 2 }, { type: "integer", multipleOf: 3 }] }, /`multipleOf` 2 and 3 combined/, "/components/schemas/S/allOf/0/multipleOf"],
      [{ allOf: [{ type: "string", enum: ["a"] }, { enum: ["b"] }] }, /no value in common/, "/components/schemas/S/allOf/1/enum"],
      [{ allOf: [{ type: "object", additionalProperties: { type: "string" } }, { $ref: "#/components/schemas/P" }] }, /`additionalProperties` with a schema, combined/, "/components/schemas/S/allOf/0/additionalProperties"],
      [{ allOf: [{ $ref: "#/components/schemas/S" }, { type: "object" }] }, /"S" includes itself: S → S/, "/components/schemas/S/allOf/0"],
      [{ type: "object", properties: { a: { type: "string" } }, oneOf: [{ type: "string" }, { type: "integer" }] }, /no type in common/, "/components/schemas/S/oneOf/0"],
      [{ allOf: [{ type: "strin" }, { type: "object" }] }, /^Unknown schema type "strin"$/, "/components/schemas/S/allOf/0/type"],
      [{ enum: ["a", "b"], const: "c" }, /`const` is not among the values of `enum`/, "/components/schemas/S/const"],
      [{ const: [1] }, /A `const` of an array is not supported/, "/components/schemas/S/const"],
      [{ type: "object", unevaluatedProperties: { type: "string" } }, /`unevaluatedProperties` with a schema is not supported/, "/components/schemas/S/unevaluatedProperties"],
      [{ type: "object", anyOf: [{ required: ["a"] }], properties: { a: { type: "string" } }, unevaluatedProperties: false }, /`unevaluatedProperties: false` combined with `anyOf`/, "/components/schemas/S/unevaluatedProperties"],
      [{ allOf: [{ const: "a" }, { const: "b" }] }, /no value in common/, "/components/schemas/S/allOf/1/enum"],
    ];
    for (const [given, message, pointer] of refused) {
      const error = errorOf(() => irOf(given, { P }));
      expect(error?.what, JSON.stringify(given)).toMatch(message);
      expect(error?.location.pointer, JSON.stringify(given)).toBe(pointer);
    }
    // Inside a merge, the same hint as anywhere else.
    expect(errorOf(() => irOf({ allOf: [{ type: "strin" }, { type: "object" }] }))?.hint).toBe(errorOf(() => irOf({ type: "strin" }))?.hint);
  });
});

describe("buildIr, more than one problem", () => {
  it("reads every schema and lists the problems after the first, at most 20 of them", () => {
    const schemas = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`s${String(i).padStart(2, "0")}`, { type: `t${i}` }]));
    const error = errorOf(() => buildIr({ openapi: "3.0.0", info: { title: "T", version: "1" }, components: { schemas: { ok: { type: "string" }, ...schemas } } }, "spec.json"));
    expect(error?.what).toBe('Unknown schema type "t0"');
    expect(error?.others.map((other) => other.location.pointer)).toEqual(Array.from({ length: 24 }, (_, i) => `/components/schemas/s${String(i + 1).padStart(2, "0")}/type`));
    const lines = error!.message.split("\n");
    expect(lines[1]).toBe("24 more problems:");
    expect(lines.slice(2, 22).every((line) => /^- Unknown schema type "t\d+" at #\/components\/schemas\/s\d+\/type in spec\.json\. /.test(line))).toBe(true);
    expect(lines.slice(22)).toEqual(["- and 4 more"]);
  });

  it("stops at a budget: every schema after it would fail the same way", () => {
    const bomb = { allOf: Array.from({ length: 20 }, (_, i) => ({ oneOf: [{ type: "object", required: [`a${i}`] }, { type: "object", required: [`b${i}`] }] })) };
    const error = errorOf(() => buildIr({ openapi: "3.0.0", info: { title: "T", version: "1" }, components: { schemas: { a: { type: "strin" }, b: bomb, c: bomb, d: { type: "strin" } } } }, "spec.json"));
    expect([error?.what, ...error!.others.map((other) => other.what)]).toEqual(['Unknown schema type "strin"', "The schemas combined (allOf) expand to more than 10000 schemas"]);
  });
});
