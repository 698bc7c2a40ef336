import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtures } from "../support/paths.js";
import { mutate, sample } from "./arbitrary.js";
import { referenceValidators } from "./json-schema.js";
import { expandableSpoilers, spoilers } from "./spoilers.js";
import { copy, loadSpec, VERSIONS, type Json, type Spec } from "./support.js";

/**
 * zod's compile-differential idea: our generated validators and ajv, compiling the same
 * spec converted to JSON Schema (json-schema.ts), must give the same verdict on every
 * input: Stripe's examples, the spoilers, and random inputs from fast-check.
 *
 * Deliberate differences, pinned by the last test of each spec:
 * - NaN and ±Infinity are not JSON numbers: we reject them where a number is expected, as
 *   ajv does (its `strictNumbers` default); where any value is allowed, both accept them.
 * - In lenient mode we accept what ajv would not (missing required fields, unknown enum
 *   values); the comparison is in strict mode only.
 * - Nesting deeper than `maxDepth` (default 256) is an issue to us, cycles included;
 *   ajv follows it until its stack runs out.
 * - Values that are not JSON at all (holes, `undefined`, getters, cycles) are left to
 *   hostile.test.ts; fast-check's JSON does include `__proto__` and `constructor` keys.
 */
const RUNS = { schemas: 2500, examples: 2000, json: 500, reject: 1000 };

describe.each(VERSIONS)("our validators and ajv agree on %s", (version) => {
  const examples = Object.entries(fixtures(version));
  let spec: Spec;
  let ajv: ReturnType<typeof referenceValidators>;
  let ajvRejecting: ReturnType<typeof referenceValidators>;
  let inputs = 0;

  beforeAll(async () => {
    spec = await loadSpec(version);
    ajv = referenceValidators(version, { inlineRefs: false });
    ajvRejecting = referenceValidators(version, { unknownKeys: "reject", inlineRefs: false });
  });

  /** Our verdict and ajv's on one input, for `expect(...).toEqual` to show both when they differ. */
  function verdicts(name: string, value: unknown, reject = false) {
    inputs++;
    const ours = spec.module(name).validate(value, reject ? { unknownKeys: "reject" } : undefined).ok;
    const theirs = (reject ? ajvRejecting : ajv)(name)(value);
    return { name, ours, ajv: theirs };
  }

  it("on every example", () => {
    for (const [name, example] of examples) {
      const v = verdicts(name, example);
      expect(v).toEqual({ ...v, ours: v.ajv });
    }
  });

  it("on every spoiler", () => {
    const named = Object.fromEntries(examples);
    let count = 0;
    for (const [name, example] of examples) {
      for (const spoiler of [...spoilers(spec, name, example, named), ...expandableSpoilers(spec, name, example, named)]) {
        const v = verdicts(name, spoiler.value());
        expect(v, spoiler.name).toEqual({ ...v, ours: v.ajv });
        count++;
      }
    }
    expect(count).toBeGreaterThan(1000);
  });

  it("on values drawn from every schema's IR, half of them broken at random", () => {
    const names = spec.ir.schemas.map((schema) => schema.name);
    const accepted = new Set<boolean>();
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.boolean(), fc.gen(), (name, broken, draw) => {
        const value = sample(spec, draw, spec.schema(name).node);
        const v = verdicts(name, broken ? mutate(draw, value) : value);
        accepted.add(v.ours);
        expect(v).toEqual({ ...v, ours: v.ajv });
      }),
      { numRuns: RUNS.schemas },
    );
    expect([...accepted].sort()).toEqual([false, true]); // both verdicts are reached
  });

  it("on examples broken at random", () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.gen(), ([name, example], draw) => {
        const v = verdicts(name, mutate(draw, copy(example) as Json));
        expect(v).toEqual({ ...v, ours: v.ajv });
      }),
      { numRuns: RUNS.examples },
    );
  });

  it("on arbitrary JSON values, given to any schema", () => {
    const names = spec.ir.schemas.map((schema) => schema.name);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.jsonValue(), (name, value) => {
        const v = verdicts(name, value);
        expect(v).toEqual({ ...v, ours: v.ajv });
      }),
      { numRuns: RUNS.json },
    );
  });

  it("with unknownKeys: 'reject', as ajv with additionalProperties: false", () => {
    for (const [name, example] of examples) {
      const v = verdicts(name, example, true);
      expect(v).toEqual({ ...v, ours: v.ajv });
    }
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.gen(), ([name, example], draw) => {
        const v = verdicts(name, mutate(draw, copy(example) as Json), true);
        expect(v).toEqual({ ...v, ours: v.ajv });
      }),
      { numRuns: RUNS.reject },
    );
    expect(inputs).toBeGreaterThanOrEqual(RUNS.schemas + RUNS.examples + RUNS.json + RUNS.reject);
  });

  it("except where documented: non-JSON numbers; a `__proto__` key is data to both", () => {
    const charge = copy(examples.find(([name]) => name === "charge")![1]) as Record<string, unknown>;
    const metadata = JSON.parse('{"__proto__": "a string, as metadata values must be", "constructor": "too"}') as Record<string, unknown>;
    expect(verdicts("charge", { ...charge, metadata })).toEqual({ name: "charge", ours: true, ajv: true });
    const wrong = JSON.parse('{"__proto__": 1}') as Record<string, unknown>;
    expect(verdicts("charge", { ...charge, metadata: wrong })).toEqual({ name: "charge", ours: false, ajv: false });
    for (const amount of [NaN, Infinity, -Infinity, 1e400]) expect(verdicts("charge", { ...charge, amount })).toEqual({ name: "charge", ours: false, ajv: false });
    expect(verdicts("charge", { ...charge, amount: -0 })).toEqual({ name: "charge", ours: true, ajv: true });
  });

  it("except where documented: nesting deeper than maxDepth (default 256), which ajv follows until its stack runs out", () => {
    const card = examples.find(([name]) => name === "issuing.card")?.[1];
    let deep = copy(card) as Record<string, unknown>;
    for (let i = 0; i < 300; i++) deep = { ...(copy(card) as Record<string, unknown>), replacement_for: deep };
    expect(verdicts("issuing.card", deep)).toEqual({ name: "issuing.card", ours: false, ajv: true });
    expect(spec.module("issuing.card").validate(deep, { maxDepth: 400 }).ok).toBe(true);
  });
});
