import { type Check } from "./check.js";
/**
 * What changesets and `unknownKeys: "strip"` need to know of a schema: which fields
 * there are and how to cast them. Validation itself is compiled into each module's check.
 */
export type Shape =
  | {
      k: "string";
      n?: 1;
      fmt?: string;
    }
  | {
      k: "integer" | "number";
      n?: 1;
      fmt?: string;
    }
  | {
      k: "boolean";
      n?: 1;
    }
  | {
      k: "enum";
      n?: 1;
      values: readonly (string | number | boolean)[];
      open?: 1;
    }
  | {
      k: "array";
      n?: 1;
      items: Shape;
    }
  | {
      k: "object";
      n?: 1;
      props: Readonly<Record<string, Field>>;
      extra?: Shape;
    }
  | {
      k: "ref";
      n?: 1;
      to: Shaped;
    }
  | {
      k: "union";
      n?: 1;
      of: readonly Shape[]; /** oneOf: exactly one member matches. */
      x?: 1;
    }
  | {
      k: "unknown";
      n?: 1;
    };
export interface Field {
  /** Required by the spec. */
  r?: 1;
  s: Shape;
}
/** The part of a schema module the runtime works with. */
export interface Shaped {
  readonly name: string;
  readonly check: Check;
  readonly shape: Shape;
  /** The `object` value (with `#deleted`) a payload of this schema carries, when the spec fixes it. */
  readonly branch?: string;
}
/** The shape behind a ref, followed until it is not a ref. */
export declare function resolve(shape: Shape): Shape;
export type ObjectShape = Extract<
  Shape,
  {
    k: "object";
  }
>;
/** An object that a param of some field embeds (Ecto's `cast_embed`): its shape, and its schema's name and branch. */
export interface Embed {
  readonly shape: ObjectShape;
  readonly name: string;
  readonly branch?: string;
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
/** `null` is a value of the shape (`nullable: true`, on the field or the schema it refers to). */
export declare function isNullable(shape: Shape): boolean;
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
export declare const req: (s: Shape) => Field;
export declare const opt: (s: Shape) => Field;
