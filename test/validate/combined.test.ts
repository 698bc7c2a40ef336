import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePackage, referenceValidators, Workspace, type SchemaModule, type Standalone } from "../fuzz/harness.js";
import type { Json, RawSchema } from "../fuzz/spec-arbitrary.js";
import { Sampler } from "../fuzz/values.js";

/**
 * Schemas combined: `allOf` of several schemas and constraints beside a union, which the
 * generator merges into one schema (generator/ir/merge.ts). ajv applies the raw schemas
 * as JSON Schema does, keyword by keyword; the validators of the merged schema must give
 * its verdict on every value: values drawn from one member or another (the sampler picks
 * one member of an `allOf`), near their limits, broken in a place or two, or any JSON.
 */
const SCHEMAS: Record<string, RawSchema> = {
  newPet: { type: "object", required: ["name"], properties: { name: { type: "string", maxLength: 5 }, tag: { type: "string", nullable: true } } },
  petWithId: {
    allOf: [{ $ref: "#/components/schemas/newPet" }, { type: "object", required: ["id"], properties: { id: { type: "integer", minimum: 1 }, name: { type: "string", minLength: 2 } } }],
  },
  animal: { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["cat", "dog"] }, name: { type: "string" } } },
  cat: {
    allOf: [{ $ref: "#/components/schemas/animal" }, { type: "object", required: ["lives"], properties: { kind: { type: "string", enum: ["cat"] }, lives: { type: "integer", minimum: 0, maximum: 9 } } }],
  },
  maybePet: { nullable: true, allOf: [{ $ref: "#/components/schemas/newPet" }, { type: "object", properties: { age: { type: "integer", nullable: true } } }] },
  contact: { type: "object", properties: { email: { type: "string", minLength: 3 }, phone: { type: "string" } }, anyOf: [{ required: ["email"] }, { required: ["phone"] }] },
  petOrNamed: { type: "object", properties: { a: { type: "string" } }, oneOf: [{ $ref: "#/components/schemas/newPet" }, { required: ["a"] }] },
  score: { allOf: [{ type: "number", minimum: 0, exclusiveMinimum: true }, { type: "integer", maximum: 100 }, { type: "integer", multipleOf: 5 }] },
  labels: { allOf: [{ type: "array", items: { type: "string" }, maxItems: 3 }, { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true }] },
  letter: { allOf: [{ type: "string", enum: ["a", "b", "c"] }, { type: "string", enum: ["b", "c", "d"] }, { type: "string", maxLength: 1 }] },
  nested: { allOf: [{ allOf: [{ $ref: "#/components/schemas/newPet" }, { properties: { x: { type: "integer" } } }] }, { type: "object", required: ["x"] }] },
  stamp: { allOf: [{ oneOf: [{ type: "integer" }, { type: "string", maxLength: 10 }] }, { type: "string" }] },
};

/**
 * The same values written out as one schema by hand, for the sampler only: values drawn
 * from one member of an `allOf` rarely match the others, and these are valid or near it.
 */
const WRITTEN_OUT: Record<string, RawSchema> = {
  petWithId: { type: "object", required: ["name", "id"], properties: { name: { type: "string", minLength: 2, maxLength: 5 }, tag: { type: "string", nullable: true }, id: { type: "integer", minimum: 1 } } },
  cat: { type: "object", required: ["kind", "lives"], properties: { kind: { type: "string", enum: ["cat"] }, name: { type: "string" }, lives: { type: "integer", minimum: 0, maximum: 9 } } },
  contact: {
    anyOf: [
      { type: "object", required: ["email"], properties: { email: { type: "string", minLength: 3 }, phone: { type: "string" } } },
      { type: "object", required: ["phone"], properties: { email: { type: "string", minLength: 3 }, phone: { type: "string" } } },
    ],
  },
  score: { type: "integer", minimum: 0, maximum: 100, multipleOf: 5 },
  nested: { type: "object", required: ["name", "x"], properties: { name: { type: "string", maxLength: 5 }, tag: { type: "string", nullable: true }, x: { type: "integer" } } },
};

const RUNS = 300;

const workspace = new Workspace();
afterAll(() => workspace.remove());

const modules = new Map<string, SchemaModule>();
const standalones = new Map<string, Standalone>();
const reference = referenceValidators(SCHEMAS);

beforeAll(async () => {
  const pkg = await generatePackage(workspace, SCHEMAS);
  for (const name of Object.keys(SCHEMAS)) {
    modules.set(name, await pkg.module(name));
    standalones.set(name, await pkg.standalone(name));
  }
});

describe("schemas combined, against ajv", () => {
  const sampler = new Sampler(new Map(Object.entries(SCHEMAS)));
  it.each(Object.keys(SCHEMAS).filter((name) => name !== "newPet" && name !== "animal"))("%s", (name) => {
    const raw = SCHEMAS[name]!;
    let [accepted, refused] = [0, 0];
    fc.assert(
      fc.property(fc.gen(), fc.integer({ min: 0, max: 3 }), (g, kind) => {
        const draw = g as unknown as Parameters<Sampler["sample"]>[0];
        const whole = WRITTEN_OUT[name] ?? raw;
        const value: Json = kind === 0 ? sampler.sample(draw, whole) : kind === 1 ? sampler.broken(draw, whole) : kind === 2 ? sampler.sample(draw, raw) : (g(fc.jsonValue, { maxDepth: 2 }) as Json);
        const ok = modules.get(name)!.validate(value).ok;
        expect(ok, `validate ${JSON.stringify(value)}`).toBe(reference.strict(name)(value));
        expect(standalones.get(name)!.is(value), `is ${JSON.stringify(value)}`).toBe(ok);
        if (ok) accepted++;
        else refused++;
      }),
      { numRuns: RUNS, seed: 20261206 },
    );
    // Both verdicts came up often enough for the comparison to mean something.
    expect(Math.min(accepted, refused), `${accepted} accepted, ${refused} refused`).toBeGreaterThan(RUNS / 20);
  });
});
