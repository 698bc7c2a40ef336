import fc from "fast-check";
import type { IrNode } from "../../generator/ir/types.js";
import { isRecord, type Json, type Spec } from "./support.js";

/**
 * Random inputs for the differential test, drawn with fast-check (so a failure shrinks
 * and replays from its seed): values built from a schema's IR, mostly valid but near its
 * limits, and examples broken in one to three random places.
 */
type Draw = fc.GeneratorValue;

/** Deeper than this, optional fields are left out and nullable ones are null, so values stay small. */
const SHALLOW = 3;
/** Deeper than this a value is cut short with an arbitrary JSON value. */
const DEEPEST = 8;

/** A JSON value for `node`: right most of the time, at the edges of its limits often, wrong sometimes. */
export function sample(spec: Spec, draw: Draw, node: IrNode, depth = 0): Json {
  if (depth > DEEPEST) return draw(fc.jsonValue, { maxDepth: 1 }) as Json;
  if (node.nullable && draw(fc.integer, { min: 0, max: depth > SHALLOW ? 1 : 9 }) === 0) return null;
  switch (node.kind) {
    case "unknown":
      return draw(fc.jsonValue, { maxDepth: 2 }) as Json;
    case "string":
      return text(draw, node.maxLength);
    case "number":
      return draw(node.integer ? integers : numbers);
    case "boolean":
      return draw(fc.boolean);
    case "enum": {
      const pick = draw(fc.integer, { min: 0, max: node.values.length + 1 });
      if (pick < node.values.length) return node.values[pick]!;
      return pick === node.values.length ? text(draw, node.maxLength) : draw(fc.constantFrom, 1, true, "");
    }
    case "array": {
      const length = draw(fc.integer, { min: 0, max: depth > SHALLOW ? 1 : 3 });
      return Array.from({ length }, () => sample(spec, draw, node.items, depth + 1));
    }
    case "object": {
      const out: Record<string, Json> = {};
      for (const property of node.properties) {
        const keep = property.required ? draw(fc.integer, { min: 0, max: 40 }) > 0 : depth <= SHALLOW && draw(fc.integer, { min: 0, max: 3 }) === 0;
        if (keep) define(out, property.name, sample(spec, draw, property.node, depth + 1));
      }
      if (node.additional !== false) {
        const extra = draw(fc.integer, { min: 0, max: 2 });
        for (let i = 0; i < extra; i++) {
          define(out, draw(anyKey), node.additional === true ? draw(fc.jsonValue, { maxDepth: 1 }) : sample(spec, draw, node.additional, depth + 1));
        }
      }
      return out;
    }
    case "union":
      return sample(spec, draw, node.members[draw(fc.integer, { min: 0, max: node.members.length - 1 })]!, depth);
    case "ref":
      return sample(spec, draw, { ...spec.schema(node.target).node, nullable: node.nullable || spec.schema(node.target).node.nullable }, depth + 1);
  }
}

/** A string at, just over or well under `maxLength`, counted in code points (an emoji is one, in two UTF-16 units). */
function text(draw: Draw, maxLength: number | undefined): string {
  const choice = draw(fc.integer, { min: 0, max: 5 });
  if (maxLength === undefined || choice < 3) return draw(fc.string, { maxLength: 12 });
  if (choice === 3) return "a".repeat(maxLength + draw(fc.integer, { min: 0, max: 1 }));
  if (choice === 4) return "😀".repeat(maxLength + draw(fc.integer, { min: 0, max: 1 }));
  return `${"é".repeat(Math.max(0, maxLength - 1))}${draw(fc.constantFrom, "", "😀", "😀😀")}`;
}

// Arbitraries for `draw`, made once: `draw` caches by its arguments, and comparing
// arbitraries made on each call would be slow (and deep).
const integerArbitrary = fc.oneof(fc.integer(), fc.constantFrom(0, -0, 2 ** 53, -(2 ** 31), 1e21, 1.5));
const numberArbitrary = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
/** Keys: fast-check's own (it likes `__proto__`, `constructor`, `toString`), and unusual ones. */
const keyArbitrary = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "prototype", "", "a/b", "~0", "object", "id"));
/** Values on the edges: types validators confuse, lengths at the limit, in UTF-16 units or code points. */
const edgy = fc.constantFrom<Json>(null, "", 0, -0, 1, -1, 1.5, 2 ** 53, 1e21, true, false, [], {}, "a".repeat(5001), "😀".repeat(5000), [null], { object: "list" });
const replacementArbitrary: fc.Arbitrary<Json> = fc.oneof(edgy, fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>);
const integers = () => integerArbitrary;
const numbers = () => numberArbitrary;
const anyKey = () => keyArbitrary;
const replacements = () => replacementArbitrary;

/** `value` broken in one to three random places: a key removed, a value replaced, a key added. */
export function mutate(draw: Draw, value: Json): Json {
  // Copies: fast-check hands out the same instances again when it replays and shrinks.
  let root = structuredClone(value);
  const times = draw(fc.integer, { min: 1, max: 3 });
  for (let n = 0; n < times; n++) {
    const places = containers(root);
    const op = draw(fc.constantFrom, "delete", "replace", "replace", "add", "root");
    if (op === "root" || places.length === 0) {
      root = structuredClone(draw(replacements));
      continue;
    }
    const place = places[draw(fc.integer, { min: 0, max: places.length - 1 })]!;
    const keys = Object.keys(place);
    const replacement = () => structuredClone(draw(replacements));
    if (op === "add" || keys.length === 0) {
      if (Array.isArray(place)) place.push(replacement());
      else define(place, draw(anyKey), replacement());
      continue;
    }
    const target = keys[draw(fc.integer, { min: 0, max: keys.length - 1 })]!;
    if (op === "delete") {
      if (Array.isArray(place)) place.splice(Number(target), 1);
      else delete place[target];
    } else {
      define(place, Array.isArray(place) ? Number(target) : target, replacement());
    }
  }
  return root;
}

/** Every object and array inside `value`, itself included. */
function containers(value: Json): (Json[] | { [key: string]: Json })[] {
  const out: (Json[] | { [key: string]: Json })[] = [];
  const visit = (node: Json) => {
    if (Array.isArray(node)) {
      out.push(node);
      node.forEach(visit);
    } else if (isRecord(node)) {
      out.push(node as { [key: string]: Json });
      Object.values(node).forEach((child) => visit(child as Json));
    }
  };
  visit(value);
  return out;
}

/** Sets a key as data, `__proto__` included. */
function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
