import type { Check, Field, Shape, Shaped } from "./api.js";
/** The shape behind a ref, followed until it is not a ref. */
export declare function resolve(shape: Shape): Shape;
export type ObjectShape = Extract<
  Shape,
  {
    k: "object";
  }
>;
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
export declare function embedsOf(shape: Shape): Embed[];
/**
 * The embed an object param is cast as: the only one, or the one its `object` (and
 * `deleted: true`) names; without `object`, the one the current value has.
 */
export declare function pickEmbed(
  embeds: readonly Embed[],
  raw: Record<string, unknown>,
  current: unknown,
): Embed | undefined;
/** Whether `current` is an object of the same embed (so params update it rather than replace it). */
export declare function sameEmbed(
  embed: Embed,
  current: unknown,
): current is Record<string, unknown>;
/** `null` is a value of the shape: `nullable: true` (on the field, the schema it refers to, or a member of its union), or any value. */
export declare function isNullable(shape: Shape, hops?: number): boolean;
/** A `format: unix-time` integer, or a list of them. */
export declare function isUnixTime(shape: Shape): boolean;
export declare const str: (fmt?: string) => Shape;
export declare const int: (fmt?: string) => Shape;
export declare const num: () => Shape;
export declare const bool: () => Shape;
export declare const any: () => Shape;
export declare const oneOf: (
  values: ReadonlySet<string | number | boolean>,
  open?: boolean,
) => Shape;
export declare const list: (items: Shape) => Shape;
export declare const obj: (
  props: Record<string, Field>,
  extra?: Shape,
) => Shape;
export declare const ref: (to: Shaped) => Shape;
export declare const union: (...of: Shape[]) => Shape;
export declare const exactlyOne: (...of: Shape[]) => Shape;
export declare const nul: (shape: Shape) => Shape;
/** A list with `uniqueItems`: strip keeps it whole when cutting its items made two of them equal. */
export declare const distinct: (items: Shape) => Shape;
/** An object with `minProperties` and no other keys allowed: strip keeps it whole rather than leave fewer keys. */
export declare const atLeast: (
  min: number,
  props: Record<string, Field>,
) => Shape;
export declare const req: (s: Shape) => Field;
export declare const opt: (s: Shape) => Field;
