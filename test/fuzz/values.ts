import fc from "fast-check";
import { mutate } from "../validate/arbitrary.js";
import { PATTERNS, refName, type Json, type RawSchema } from "./spec-arbitrary.js";

/**
 * JSON values for a random spec's schemas, read from the raw OpenAPI (never from the
 * generator's IR, so a wrong IR can't bend the inputs): mostly valid and near the
 * limits (maxLength, patterns, enum values, required keys, nullable, number bounds, item
 * counts, repeated items), then broken in
 * one to three places by test/validate/arbitrary.ts's `mutate`, or any JSON at all.
 */
type Draw = fc.GeneratorValue;

/** Deeper than this, optional keys are left out and nullable values are null. */
const SHALLOW = 3;
/** Deeper than this, a value is cut short (a required self-reference has no finite valid value). */
const DEEPEST = 7;

export interface SampleOptions {
  /** Add keys a schema doesn't declare where additionalProperties allows none (valid at run time, not in a TS object literal). */
  extras: boolean;
}

/** Methods of TypeScript's `Object` interface, which every object type has as far as assignability goes. */
export const PROTOTYPE_METHODS: ReadonlySet<string> = new Set(["constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable"]);

const STRING_UNITS = ["a", "b", "z", "0", "-", "_", " ", '"', "\\", "\u2028", "é", "😀", "\n"];
const text = fc.string({ unit: fc.constantFrom(...STRING_UNITS), maxLength: 8 });
const anyJson = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
const shallowJson = fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>;
const extraKey = fc.oneof(fc.constantFrom("__proto__", "constructor", "toString", "", "extra", "object", "0"), fc.string({ maxLength: 4 }));
const integerValue = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0, -0, 2 ** 31, 2 ** 53, 1e21, -(2 ** 53)));
const numberValue = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), integerValue, fc.constantFrom(0.5, -1.25));
// Made once: `draw` caches arbitraries by identity.
const arbitraries = { text: () => text, anyJson: () => anyJson, shallowJson: () => shallowJson, extraKey: () => extraKey, integerValue: () => integerValue, numberValue: () => numberValue };

export class Sampler {
  constructor(
    private readonly schemas: ReadonlyMap<string, RawSchema>,
    private readonly options: SampleOptions = { extras: true },
  ) {}

  /** A value for `schema`, valid most of the time. */
  sample(draw: Draw, schema: RawSchema, depth = 0): Json {
    if (depth > DEEPEST) return draw(arbitraries.shallowJson);
    if (typeof schema.$ref === "string") {
      const target = this.schemas.get(refName(schema.$ref))!;
      if (schema.nullable === true && this.chance(draw, depth)) return null;
      return this.sample(draw, target, depth + 1);
    }
    if (schema.nullable === true && this.chance(draw, depth)) return null;
    // allOf of objects: a value of each member, put together (mostly valid: the members of
    // the fuzz specs declare different properties); one member's alone now and then.
    if (Array.isArray(schema.allOf) && draw(fc.integer, { min: 0, max: 3 }) > 0) {
      const values = (schema.allOf as RawSchema[]).map((member) => this.sample(draw, member, depth));
      if (values.every((value) => typeof value === "object" && value !== null && !Array.isArray(value))) {
        const out: Record<string, Json> = {};
        for (const value of values) for (const [key, item] of Object.entries(value as Record<string, Json>)) define(out, key, item);
        return out;
      }
      return values[draw(fc.integer, { min: 0, max: values.length - 1 })]!;
    }
    const union = (schema.anyOf ?? schema.oneOf ?? schema.allOf) as RawSchema[] | undefined;
    if (union) return this.sample(draw, union[draw(fc.integer, { min: 0, max: union.length - 1 })]!, depth);
    if (Array.isArray(schema.enum)) return this.enumValue(draw, schema);
    const type = schema.type ?? (schema.properties || schema.additionalProperties ? "object" : schema.items ? "array" : undefined);
    switch (type) {
      case "string":
        return this.string(draw, schema);
      case "integer":
        return this.nearLimits(draw, schema) ?? draw(arbitraries.integerValue);
      case "number":
        return this.nearLimits(draw, schema) ?? draw(arbitraries.numberValue);
      case "boolean":
        return draw(fc.boolean);
      case "array": {
        const { minItems, maxItems } = schema as { minItems?: number; maxItems?: number };
        const limit = draw(fc.constantFrom, minItems, maxItems);
        // At a limit or one past it, or any length up to 3.
        const length = limit !== undefined && draw(fc.boolean) ? Math.max(0, limit + draw(fc.integer, { min: -1, max: 1 })) : draw(fc.integer, { min: 0, max: depth > SHALLOW ? 1 : 3 });
        const items = Array.from({ length }, () => this.sample(draw, (schema.items ?? {}) as RawSchema, depth + 1));
        // A repeated item, for uniqueItems: a copy, so it is equal without being the same object.
        if (items.length > 0 && draw(fc.integer, { min: 0, max: 3 }) === 0) items.push(structuredClone(items[0]!));
        return items;
      }
      case "object":
        return this.object(draw, schema, depth);
      default:
        return draw(arbitraries.anyJson);
    }
  }

  /** A number at one of the schema's limits, or a step beside it, or a multiple of its `multipleOf`; undefined (any number) half the time or without limits. */
  private nearLimits(draw: Draw, schema: RawSchema): number | undefined {
    const limits = [schema.minimum, schema.maximum, schema.exclusiveMinimum, schema.exclusiveMaximum].filter((n): n is number => typeof n === "number");
    const divisor = typeof schema.multipleOf === "number" ? schema.multipleOf : undefined;
    if ((limits.length === 0 && divisor === undefined) || draw(fc.boolean)) return undefined;
    if (divisor !== undefined && (limits.length === 0 || draw(fc.boolean))) return divisor * draw(fc.integer, { min: -5, max: 40 });
    const step = schema.type === "integer" ? 1 : draw(fc.constantFrom, 1, 0.5, 1e-9);
    return draw(fc.constantFrom, ...limits) + step * draw(fc.integer, { min: -1, max: 1 });
  }

  /** `value` broken in one to three places. */
  broken(draw: Draw, schema: RawSchema): Json {
    return mutate(draw, this.sample(draw, schema)) as Json;
  }

  private chance(draw: Draw, depth: number): boolean {
    return draw(fc.integer, { min: 0, max: depth > SHALLOW ? 1 : 6 }) === 0;
  }

  private enumValue(draw: Draw, schema: RawSchema): Json {
    const values = schema.enum as Json[];
    const open = schema["x-stripeBypassValidation"] === true;
    const pick = draw(fc.integer, { min: 0, max: values.length + (open ? 2 : 0) });
    if (pick < values.length) return values[pick]!;
    if (pick === values.length) return values.includes(null) || schema.nullable === true ? null : values[0]!;
    return this.string(draw, schema);
  }

  private string(draw: Draw, schema: RawSchema): string {
    const max = draw(fc.constantFrom, ...[schema.maxLength, schema.minLength].filter((n): n is number => typeof n === "number"), undefined);
    const examples = typeof schema.pattern === "string" ? PATTERNS[schema.pattern] : undefined;
    const choice = draw(fc.integer, { min: 0, max: 5 });
    if (examples && choice < 4) return examples[choice % examples.length]!;
    if (max === undefined || choice < 2) return draw(arbitraries.text);
    // At a limit (maxLength or minLength) or one beside it, in code points: an emoji is one, in two UTF-16 units.
    const length = Math.min(max, 6000) + draw(fc.integer, { min: -1, max: 1 });
    return draw(fc.constantFrom, "a", "😀", "é").repeat(Math.max(0, length));
  }

  private object(draw: Draw, schema: RawSchema, depth: number): Json {
    const properties = (schema.properties ?? {}) as Record<string, RawSchema>;
    const required = new Set((schema.required ?? []) as string[]);
    const out: Record<string, Json> = {};
    for (const [name, property] of Object.entries(properties)) {
      const keep = required.has(name) ? draw(fc.integer, { min: 0, max: 30 }) > 0 : depth <= SHALLOW && draw(fc.boolean);
      if (keep) define(out, name, this.sample(draw, property, depth + 1));
    }
    const additional = schema.additionalProperties;
    // Where the spec says `additionalProperties: false`, now and then a key it forbids.
    const extras = additional === undefined ? this.options.extras : additional === false ? this.options.extras && draw(fc.integer, { min: 0, max: 3 }) === 0 : true;
    if (extras) {
      const count = draw(fc.integer, { min: 0, max: 2 });
      for (let i = 0; i < count; i++) {
        const key = draw(arbitraries.extraKey);
        if (Object.hasOwn(properties, key)) continue;
        const value = typeof additional === "object" && additional !== null ? this.sample(draw, additional as RawSchema, depth + 1) : draw(arbitraries.shallowJson);
        define(out, key, value);
      }
    }
    return out;
  }
}

/** Sets a key as data, `__proto__` included. */
function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
