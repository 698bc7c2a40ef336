import type { Check } from "./check.js";
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
      of: readonly Shape[];
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
export declare const nul: (shape: Shape) => Shape;
export declare const req: (s: Shape) => Field;
export declare const opt: (s: Shape) => Field;
