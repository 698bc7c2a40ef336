import type { Check, Field, Shape, Shaped } from "./api.js";
import { branchKey, firstRepeat, isObject } from "./check.js";

/** The shape behind a ref, followed until it is not a ref. */
export function resolve(shape: Shape): Shape {
  let current = shape;
  for (let hops = 0; current.k === "ref" && hops < 64; hops++) current = current.to.shape;
  return current;
}

export type ObjectShape = Extract<Shape, { k: "object" }>;

/** An object that a param of some field embeds (Ecto's `cast_embed`): its shape, and its schema's name, branch and check. */
export interface Embed {
  readonly shape: ObjectShape;
  readonly name: string;
  readonly branch?: string;
  /** The check of its schema; none for an inline object. */
  readonly check?: Check;
}

/**
 * The objects a value of `shape` can embed, polymorphic unions flattened: `$ref`s and
 * inline objects with properties. Maps (`additionalProperties` only) and free-form
 * objects are values, not embeds.
 */
export function embedsOf(shape: Shape): Embed[] {
  const out: Embed[] = [];
  collect(shape, undefined, out, 0);
  return out;
}

function collect(shape: Shape, schema: Shaped | undefined, out: Embed[], hops: number): void {
  if (hops > 64) return;
  if (shape.k === "ref") collect(shape.to.shape, shape.to, out, hops + 1);
  else if (shape.k === "union") for (const member of shape.of) collect(member, undefined, out, hops + 1);
  else if (shape.k === "object" && Object.keys(shape.props).length > 0) {
    if (schema === undefined) out.push({ shape, name: "object" });
    else out.push(schema.branch === undefined ? { shape, name: schema.name, check: schema.check } : { shape, name: schema.name, branch: schema.branch, check: schema.check });
  }
}

/**
 * The embed an object param is cast as: the only one, or the one its `object` (and
 * `deleted: true`) names; without `object`, the one the current value has.
 */
export function pickEmbed(embeds: readonly Embed[], raw: Record<string, unknown>, current: unknown): Embed | undefined {
  if (embeds.length === 1) return embeds[0];
  const key = branchKey(raw) ?? (isObject(current) ? branchKey(current) : undefined);
  if (key === undefined) return undefined;
  return embeds.find((embed) => embed.branch === key) ?? embeds.find((embed) => embed.branch === key.replace(/#deleted$/, ""));
}

/** Whether `current` is an object of the same embed (so params update it rather than replace it). */
export function sameEmbed(embed: Embed, current: unknown): current is Record<string, unknown> {
  if (!isObject(current)) return false;
  const key = branchKey(current);
  return embed.branch === undefined || key === undefined || key === embed.branch || key.replace(/#deleted$/, "") === embed.branch;
}

/** `null` is a value of the shape: `nullable: true` (on the field, the schema it refers to, or a member of its union), or any value. */
export function isNullable(shape: Shape, hops = 0): boolean {
  let current = shape;
  // Each ref on the way may say nullable (a schema that is a nullable ref to another).
  for (; hops < 64; hops++) {
    if (current.n === 1 || current.k === "unknown") return true;
    if (current.k === "union") return current.of.some((member) => isNullable(member, hops + 1));
    if (current.k !== "ref") return false;
    current = current.to.shape;
  }
  return false;
}

/** A `format: unix-time` integer, or a list of them. */
export function isUnixTime(shape: Shape): boolean {
  const target = resolve(shape);
  return (target.k === "integer" && target.fmt === "unix-time") || (target.k === "array" && isUnixTime(target.items));
}

// Builders the generated `shape()` functions call: short, so generated lines stay short.
export const str = (fmt?: string): Shape => (fmt === undefined ? { k: "string" } : { k: "string", fmt });
export const int = (fmt?: string): Shape => (fmt === undefined ? { k: "integer" } : { k: "integer", fmt });
export const num = (): Shape => ({ k: "number" });
export const bool = (): Shape => ({ k: "boolean" });
export const any = (): Shape => ({ k: "unknown" });
export const oneOf = (values: ReadonlySet<string | number | boolean>, open?: boolean): Shape => (open ? { k: "enum", values: [...values], open: 1 } : { k: "enum", values: [...values] });
export const list = (items: Shape): Shape => ({ k: "array", items });
export const obj = (props: Record<string, Field>, extra?: Shape): Shape => (extra === undefined ? { k: "object", props } : { k: "object", props, extra });
export const ref = (to: Shaped): Shape => ({ k: "ref", to });
export const union = (...of: Shape[]): Shape => ({ k: "union", of });
export const exactlyOne = (...of: Shape[]): Shape => ({ k: "union", of, x: 1 });
export const nul = (shape: Shape): Shape => ({ ...shape, n: 1 });
/** A list with `uniqueItems`: strip keeps it whole when cutting its items made two of them equal. */
export const distinct = (items: Shape): Shape => ({ k: "array", items, u: (values: readonly unknown[]) => firstRepeat(values, 256) !== undefined });
/** An object with `minProperties` and no other keys allowed: strip keeps it whole rather than leave fewer keys. */
export const atLeast = (min: number, props: Record<string, Field>): Shape => ({ k: "object", props, min });
export const req = (s: Shape): Field => ({ r: 1, s });
export const opt = (s: Shape): Field => ({ s });
