import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePackage, referenceValidators, Workspace, type SchemaModule, type Standalone } from "../fuzz/harness.js";
import type { RawSchema } from "../fuzz/spec-arbitrary.js";

/**
 * The validation keywords Stripe's spec doesn't use but other specs do: number bounds
 * (OpenAPI 3.0's boolean exclusive forms and 3.1's numeric ones), multipleOf, minLength,
 * item and property counts, uniqueItems, `additionalProperties: false`, schemas combined
 * (allOf, constraints beside a union). Each value's verdict is compared with ajv's on
 * the same schema read as JSON Schema, and the issue it gets is pinned; `is<Type>`, which
 * runs the schema's test rather than its check, must give the same verdict.
 */
const SCHEMAS: Record<string, RawSchema> = {
  atLeastOne: { type: "integer", minimum: 1 },
  positive: { type: "number", minimum: 0, exclusiveMinimum: true },
  below100: { type: "number", exclusiveMaximum: 100 },
  percent: { type: "number", minimum: 0, maximum: 100 },
  even: { type: "integer", multipleOf: 2 },
  halves: { type: "number", multipleOf: 0.5 },
  thirds: { type: "integer", multipleOf: 3 },
  tenths: { type: "number", multipleOf: 0.1 },
  threes: { type: "number", multipleOf: 3 },
  subnormal: { type: "number", multipleOf: 3e-323 },
  name: { type: "string", minLength: 2 },
  tags: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 3, uniqueItems: true },
  anything: { type: "array", uniqueItems: true },
  pair: { type: "object", additionalProperties: { type: "integer" }, minProperties: 1, maxProperties: 2 },
  level: { type: "integer", enum: [1, 2, 3], maximum: 2 },
  closed: { type: "object", properties: { a: { type: "string" } }, minProperties: 2 },
  distinctObjects: { type: "array", items: { type: "object", properties: { a: { type: "integer" } } }, uniqueItems: true },
  declared: { type: "object", properties: { a: { type: "string" } } },
  counted: { oneOf: [{ $ref: "#/components/schemas/declared" }, { type: "object", minProperties: 1, maxProperties: 1 }] },
  // A member that fails two objects deep, then one that accepts: the test of the first returns
  // without leaving the levels it entered, and the union must not count them for the next.
  eitherDeep: {
    type: "array",
    items: {
      anyOf: [
        { type: "object", properties: { a: { type: "object", properties: { b: { type: "string" } } } } },
        { type: "object", properties: { a: { type: "object", properties: { c: { type: "integer" } } } } },
      ],
    },
  },
  // `type` beside a union whose members all have it: read where it adds nothing (beside one
  // that lets another type or null through, generation refuses it: test/bad-specs).
  signedApart: { type: "number", anyOf: [{ type: "integer", minimum: 0 }, { type: "number", maximum: -1 }] },
  declaredOrPair: { type: "object", nullable: true, oneOf: [{ $ref: "#/components/schemas/declared" }, { $ref: "#/components/schemas/pair" }] },
  // Inline members without a type take the union's: a string matching either.
  codeOrShort: { type: "string", anyOf: [{ pattern: "^[A-Z]+$" }, { maxLength: 2 }] },
  // Exactly one of: an object with `a`, or an object with `b` (a member without properties is any object).
  aXorB: {
    type: "object",
    oneOf: [
      { properties: { a: { type: "string" } }, required: ["a"] },
      { properties: { b: { type: "integer" } }, required: ["b"] },
    ],
  },
  // Schemas combined (allOf, keywords beside a union): one schema holding what each holds.
  newPet: { type: "object", required: ["name"], properties: { name: { type: "string", maxLength: 5 }, tag: { type: "string" } } },
  petWithId: {
    allOf: [{ $ref: "#/components/schemas/newPet" }, { type: "object", required: ["id"], properties: { id: { type: "integer", minimum: 1 }, name: { type: "string", minLength: 2 } } }],
  },
  contact: { type: "object", properties: { email: { type: "string" }, phone: { type: "string" } }, anyOf: [{ required: ["email"] }, { required: ["phone"] }] },
  stamp: { allOf: [{ oneOf: [{ type: "integer" }, { type: "string", maxLength: 10 }] }, { type: "string" }] },
  // `additionalProperties: false`: another key is invalid in every mode, so a `oneOf` of
  // closed objects tells them apart by their keys (GitHub's merge results do).
  mergeResult: {
    oneOf: [
      { type: "object", additionalProperties: false, required: ["message"], properties: { message: { type: "string" } } },
      { type: "object", additionalProperties: false, required: ["message", "sha"], properties: { message: { type: "string" }, sha: { type: "string" } } },
    ],
  },
  sealed: { type: "object", additionalProperties: false, properties: { a: { type: "string" } } },
  // `const`: a one-value enum.
  cardOnly: { type: "object", required: ["object"], properties: { object: { const: "card" } } },
  pet: {
    type: "object",
    required: ["age"],
    properties: { age: { type: "integer", minimum: 0 }, tags: { type: "array", items: { type: "string" }, uniqueItems: true }, weight: { type: "number", maximum: 50, nullable: true } },
  },
};

type Verdict = true | { code: string; pointer: string; message: string };

const CASES: [schema: string, value: unknown, verdict: Verdict][] = [
  ["petWithId", { name: "Rex", id: 1 }, true],
  ["petWithId", { name: "Rex", id: 1, tag: "dog", extra: true }, true],
  ["petWithId", { name: "Rex" }, { code: "required", pointer: "/id", message: "Required: can't be blank" }],
  ["petWithId", { name: "R", id: 1 }, { code: "too_short", pointer: "/name", message: "Too short: expected at least 2 characters, received 1" }],
  ["petWithId", { name: "Rexxxx", id: 1 }, { code: "too_long", pointer: "/name", message: "Too long: expected at most 5 characters, received 6" }],
  ["petWithId", { name: "Rex", id: 0 }, { code: "too_small", pointer: "/id", message: "Too small: expected at least 1, received 0" }],
  ["petWithId", { id: 1 }, { code: "required", pointer: "/name", message: "Required: can't be blank" }],
  ["contact", { email: "a@b.c" }, true],
  ["contact", { phone: "1" }, true],
  ["contact", { email: "a@b.c", phone: "1" }, true],
  ["contact", {}, { code: "invalid_union", pointer: "", message: 'Invalid value: expected "object with email", "object with phone", received object' }],
  // No member accepts: the nearest one's issues (the member requiring email fails once, the other twice).
  ["contact", { email: 1 }, { code: "invalid_type", pointer: "/email", message: "Invalid type: expected string, received integer" }],
  ["mergeResult", { message: "queued" }, true],
  ["mergeResult", { message: "merged", sha: "abc" }, true],
  ["mergeResult", { message: "merged", sha: "abc", extra: 1 }, { code: "unrecognized_key", pointer: "/extra", message: 'Unrecognized key "extra"' }],
  // Equally near: the first member refuses `sha`, the second its type.
  ["mergeResult", { message: "merged", sha: 1 }, { code: "invalid_union", pointer: "", message: 'Invalid value: expected "object with message", "object with message, sha", received object' }],
  ["sealed", { a: "x" }, true],
  ["sealed", { a: "x", b: 1 }, { code: "unrecognized_key", pointer: "/b", message: 'Unrecognized key "b"' }],
  ["cardOnly", { object: "card" }, true],
  ["cardOnly", { object: "bank" }, { code: "invalid_enum", pointer: "/object", message: 'Invalid value: expected one of "card", received "bank"' }],
  ["stamp", "2024-01-01", true],
  ["stamp", 1700000000, { code: "invalid_type", pointer: "", message: "Invalid type: expected string, received integer" }],
  ["stamp", "2024-01-01T00:00:00Z", { code: "too_long", pointer: "", message: "Too long: expected at most 10 characters, received 20" }],
  ["atLeastOne", 1, true],
  ["atLeastOne", 0, { code: "too_small", pointer: "", message: "Too small: expected at least 1, received 0" }],
  ["atLeastOne", 1.5, { code: "invalid_type", pointer: "", message: "Invalid type: expected integer, received number" }],
  ["positive", 1e-9, true],
  ["positive", 0, { code: "too_small", pointer: "", message: "Too small: expected more than 0, received 0" }],
  ["positive", -0, { code: "too_small", pointer: "", message: "Too small: expected more than 0, received 0" }],
  ["below100", 99.5, true],
  ["below100", 100, { code: "too_big", pointer: "", message: "Too big: expected less than 100, received 100" }],
  ["percent", 100, true],
  ["percent", 0, true],
  ["percent", 100.5, { code: "too_big", pointer: "", message: "Too big: expected at most 100, received 100.5" }],
  ["even", -4, true],
  ["even", 3, { code: "not_multiple", pointer: "", message: "Not a multiple: expected a multiple of 2, received 3" }],
  ["halves", 2.5, true],
  ["halves", 2.25, { code: "not_multiple", pointer: "", message: "Not a multiple: expected a multiple of 0.5, received 2.25" }],
  // Whole numbers by their exact remainder: 2^53 / 3 is 3002399751580330.5 in binary, too coarse to tell.
  ["thirds", 3 * 2 ** 52, true],
  ["thirds", 2 ** 53, { code: "not_multiple", pointer: "", message: "Not a multiple: expected a multiple of 3, received 9007199254740992" }],
  // Beyond 2^53 a whole number's binary value is not its decimal: these two say the opposite in binary.
  ["thirds", 7.31831867446836e26, true],
  ["thirds", 7.31831867446835e26, { code: "not_multiple", pointer: "", message: "Not a multiple: expected a multiple of 3, received 7.31831867446835e+26" }],
  // Decimals as JSON writes them: 0.3 / 0.1 is 2.9999999999999996 in binary.
  ["tenths", 0.3, true],
  ["tenths", 12.3, true],
  ["tenths", 0.35, { code: "not_multiple", pointer: "", message: "Not a multiple: expected a multiple of 0.1, received 0.35" }],
  ["tenths", 1e21, true],
  ["tenths", 1000000000000.001, { code: "not_multiple", pointer: "", message: "Not a multiple: expected a multiple of 0.1, received 1000000000000.001" }],
  ["halves", 1.7584686394671556e-38, { code: "not_multiple", pointer: "", message: "Not a multiple: expected a multiple of 0.5, received 1.7584686394671556e-38" }],
  ["halves", 1e21, true],
  // Nearer 0 than the divisor is a multiple only as 0: 5e-324 / 3 underflows to 0 in binary.
  ["threes", 5e-324, { code: "not_multiple", pointer: "", message: "Not a multiple: expected a multiple of 3, received 5e-324" }],
  ["threes", -1e-300, { code: "not_multiple", pointer: "", message: "Not a multiple: expected a multiple of 3, received -1e-300" }],
  ["threes", 0, true],
  ["threes", -0, true],
  ["threes", -9, true],
  // A subnormal divisor has too few bits for the binary quotient (9e-322 / 3e-323 is 30.33…): decimals decide.
  ["subnormal", 9e-322, true],
  ["subnormal", 1e-322, { code: "not_multiple", pointer: "", message: "Not a multiple: expected a multiple of 3e-323, received 1e-322" }],
  ["name", "ab", true],
  ["name", "😀😀", true],
  ["name", "😀", { code: "too_short", pointer: "", message: "Too short: expected at least 2 characters, received 1" }],
  ["name", "", { code: "too_short", pointer: "", message: "Too short: expected at least 2 characters, received 0" }],
  ["tags", ["a"], true],
  ["tags", [], { code: "too_few", pointer: "", message: "Too few items: expected at least 1, received 0" }],
  ["tags", ["a", "b", "c", "d"], { code: "too_many", pointer: "", message: "Too many items: expected at most 3, received 4" }],
  ["tags", ["a", "b", "a"], { code: "not_unique", pointer: "/2", message: "Duplicate item: equal to item 0" }],
  ["tags", ["a", 1], { code: "invalid_type", pointer: "/1", message: "Invalid type: expected string, received integer" }],
  ["anything", [1, "1", true, null, [1], { a: 1 }], true],
  ["anything", [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }], { code: "not_unique", pointer: "/1", message: "Duplicate item: equal to item 0" }],
  ["anything", ["{}", {}, 0, -0], { code: "not_unique", pointer: "/3", message: "Duplicate item: equal to item 2" }],
  ["anything", [[1, 2], [2, 1]], true],
  ["pair", { a: 1 }, true],
  ["pair", {}, { code: "too_few", pointer: "", message: "Too few keys: expected at least 1, received 0" }],
  ["pair", { a: 1, b: 2, c: 3 }, { code: "too_many", pointer: "", message: "Too many keys: expected at most 2, received 3" }],
  ["level", 2, true],
  ["level", 3, { code: "too_big", pointer: "", message: "Too big: expected at most 2, received 3" }],
  ["level", 4, { code: "invalid_enum", pointer: "", message: "Invalid value: expected one of 1, 2, 3, received 4" }],
  ["eitherDeep", [{ a: { b: 1 } }, { a: { b: 1, c: "1" } }], { code: "invalid_union", pointer: "/1", message: 'Invalid value: expected "object", "object", received object' }],
  ["signedApart", 3, true],
  ["signedApart", -1.5, true],
  // The integer member refuses the value's type; the number member is the nearest.
  ["signedApart", -0.5, { code: "too_big", pointer: "", message: "Too big: expected at most -1, received -0.5" }],
  ["signedApart", "3", { code: "invalid_union", pointer: "", message: 'Invalid value: expected "integer", "number", received string' }],
  ["declaredOrPair", null, true],
  ["declaredOrPair", { a: "x" }, true],
  ["declaredOrPair", "x", { code: "invalid_union", pointer: "", message: 'Invalid value: expected "declared", "pair", received string' }],
  ["codeOrShort", "ABC", true],
  ["codeOrShort", "ab", true],
  ["codeOrShort", "abc", { code: "invalid_union", pointer: "", message: 'Invalid value: expected "string matching ^[A-Z]+$", "string of at most 2 characters", received string' }],
  ["codeOrShort", 12, { code: "invalid_union", pointer: "", message: 'Invalid value: expected "string matching ^[A-Z]+$", "string of at most 2 characters", received integer' }],
  ["aXorB", { a: "x" }, true],
  ["aXorB", { b: 1 }, true],
  ["aXorB", { a: "x", b: 1 }, { code: "invalid_union", pointer: "", message: "Invalid value: expected exactly one of object with a, object with b, received object" }],
  ["aXorB", {}, { code: "invalid_union", pointer: "", message: 'Invalid value: expected "object with a", "object with b", received object' }],
  ["aXorB", "a", { code: "invalid_union", pointer: "", message: 'Invalid value: expected "object with a", "object with b", received string' }],
  ["pet", { age: 0, tags: ["x"], weight: null }, true],
  ["pet", { age: -1 }, { code: "too_small", pointer: "/age", message: "Too small: expected at least 0, received -1" }],
  ["pet", { age: 1, tags: ["x", "x"] }, { code: "not_unique", pointer: "/tags/1", message: "Duplicate item: equal to item 0" }],
  ["pet", { age: 1, weight: 51 }, { code: "too_big", pointer: "/weight", message: "Too big: expected at most 50, received 51" }],
];

const workspace = new Workspace();
afterAll(() => workspace.remove());

let pkg: Awaited<ReturnType<typeof generatePackage>>;
const modules = new Map<string, SchemaModule>();
const standalones = new Map<string, Standalone>();
const reference = referenceValidators(SCHEMAS);

beforeAll(async () => {
  pkg = await generatePackage(workspace, SCHEMAS);
  for (const name of Object.keys(SCHEMAS)) {
    modules.set(name, await pkg.module(name));
    standalones.set(name, await pkg.standalone(name));
  }
});

describe("validation keywords beyond Stripe's", () => {
  it.each(CASES)("%s: %j", (schema, value, verdict) => {
    const result = modules.get(schema)!.validate(value);
    expect(result.ok, "ajv's verdict").toBe(reference.strict(schema)(value));
    expect(standalones.get(schema)!.is(value), "is<Type>").toBe(result.ok);
    if (verdict === true) {
      expect(result).toEqual({ ok: true, value });
    } else {
      if (result.ok) expect.fail(`accepted ${JSON.stringify(value)}`);
      expect(result.issues[0]).toMatchObject(verdict);
    }
  });

  it("is<Type> starts each member of a union at the depth the union was entered at", () => {
    // Each item leaves the first member two objects deep: 300 items would pass maxDepth (256) if counted.
    const items = Array.from({ length: 300 }, () => ({ a: { b: 1 } }));
    expect(modules.get("eitherDeep")!.validate(items).ok).toBe(true);
    expect(standalones.get("eitherDeep")!.is(items)).toBe(true);
  });

  it("the package's describe() words every limit's issue from its data alone, as validate did", async () => {
    const { describe: words } = (await import(pathToFileURL(join(pkg.dir, "package", "index.js")).href)) as { describe(issue: unknown): string };
    const failing = CASES.filter(([, , verdict]) => verdict !== true);
    expect(failing.length).toBeGreaterThan(10);
    for (const [schema, value] of failing) {
      const result = modules.get(schema)!.validate(value);
      if (result.ok) expect.fail(`accepted ${JSON.stringify(value)}`);
      const [issue] = JSON.parse(JSON.stringify(result.issues)) as { message: string }[];
      expect(words(issue), `${schema} ${JSON.stringify(value)}`).toBe(issue!.message);
    }
  });

  it("never throws on values uniqueItems can't compare: cycles, throwing proxies, sparse arrays", () => {
    const Anything = modules.get("anything")!;
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(Anything.validate([cycle, { self: cycle }]).ok).toBe(true);
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error("no keys"); } });
    expect(Anything.validate([hostile, hostile])).toMatchObject({ ok: false, issues: [{ code: "exception", message: "Could not read the value: no keys" }] });
    const sparse: unknown[] = [];
    sparse.length = 1e7;
    expect(Anything.validate(sparse)).toMatchObject({ ok: false, issues: [{ code: "not_unique", pointer: "/1" }] });
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Anything.validate([JSON.parse('{"__proto__": {"polluted": 1}}'), JSON.parse('{"__proto__": {"polluted": 1}}')]).ok).toBe(false);
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("changesets report the bounds as Ecto's validate_number and validate_length do", () => {
    const Pet = modules.get("pet")!;
    const changeset = Pet.changeset({}, { age: "-3", tags: ["x", "y", "x"], weight: "50.5" }) as { valid: boolean; errors: Record<string, unknown> };
    expect(changeset.valid).toBe(false);
    expect(changeset.errors).toEqual({
      age: [{ message: "must be greater than or equal to 0", validation: "number", kind: "greater_than_or_equal_to", number: 0 }],
      tags: [{ message: "has a duplicate item", validation: "unique", duplicateOf: 0, path: ["tags", 2] }],
      weight: [{ message: "must be less than or equal to 50", validation: "number", kind: "less_than_or_equal_to", number: 50 }],
    });
    const Name = modules.get("pair")!;
    expect((Name.changeset({}, { a: 1, b: 2, c: 3 }) as { errors: unknown }).errors).toEqual({
      _params: [{ message: "should have at most 2 item(s)", validation: "length", kind: "max", count: 2, type: "map" }],
    });
  });

  it("unknownKeys: strip never cuts a value into one its limits refuse", () => {
    const strip = { unknownKeys: "strip" } as const;
    // Cutting `extra` would leave one key of the two minProperties wants: the object is kept whole.
    expect(modules.get("closed")!.validate({ a: "x", extra: 1 }, strip)).toEqual({ ok: true, value: { a: "x", extra: 1 } });
    expect(modules.get("closed")!.validate({ a: "x", b: 1, c: 2 }, strip)).toEqual({ ok: true, value: { a: "x", b: 1, c: 2 } });
    // Items that differ only in undeclared keys would be equal once cut: the array is kept whole.
    const distinct = modules.get("distinctObjects")!;
    expect(distinct.validate([{ a: 1, x: 1 }, { a: 1, x: 2 }], strip)).toEqual({ ok: true, value: [{ a: 1, x: 1 }, { a: 1, x: 2 }] });
    expect(distinct.validate([{ a: 1, x: 1 }, { a: 2 }], strip)).toEqual({ ok: true, value: [{ a: 1 }, { a: 2 }] });
    // oneOf: { a, b } matches `declared` alone (the free-form member wants one key); cut to
    // { a } it would match both, which oneOf refuses: the value is kept whole.
    expect(modules.get("counted")!.validate({ a: "x", b: 1 }, strip)).toEqual({ ok: true, value: { a: "x", b: 1 } });
  });

  it("additionalProperties: false refuses another key in every mode, where unknownKeys acts on the keys a spec leaves open", () => {
    const Sealed = modules.get("sealed")!;
    for (const options of [{}, { mode: "lenient" }, { unknownKeys: "passthrough" }, { unknownKeys: "strip" }, { unknownKeys: "reject" }]) {
      expect(Sealed.validate({ a: "x", b: 1 }, options), JSON.stringify(options)).toMatchObject({ ok: false, issues: [{ code: "unrecognized_key", pointer: "/b" }] });
    }
    expect(standalones.get("sealed")!.validate({ a: "x", b: 1 })).toMatchObject({ ok: false, issues: [{ code: "unrecognized_key", pointer: "/b" }] });
    expect(Sealed.is({ a: "x", b: 1 })).toBe(false);
    // An object whose spec says nothing keeps other keys unless unknownKeys says otherwise.
    expect(modules.get("declared")!.validate({ a: "x", b: 1 })).toEqual({ ok: true, value: { a: "x", b: 1 } });
    expect(modules.get("declared")!.validate({ a: "x", b: 1 }, { unknownKeys: "strip" })).toEqual({ ok: true, value: { a: "x" } });
  });

  it("the types carry each limit in their JSDoc", () => {
    const types = readFileSync(join(pkg.dir, "package", "types", "index.d.ts"), "utf8");
    for (const tag of ["@minimum 1", "@exclusiveMinimum 0", "@exclusiveMaximum 100", "@maximum 100", "@multipleOf 0.5", "@minLength 2", "@minItems 1", "@maxItems 3", "@uniqueItems", "@minProperties 1", "@maxProperties 2"]) {
      expect(types, tag).toMatch(new RegExp(`[* ]${tag.replace(/[.*+?^$()|[\]\\]/g, "\\$&")}(\n| \\*/)`));
    }
  });
});
