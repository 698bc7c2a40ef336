import type { Check } from "./check.js";

/**
 * What changesets and `unknownKeys: "strip"` need to know of a schema: which fields
 * there are and how to cast them. Validation itself is compiled into each module's check.
 */
export type Shape =
  | { k: "string"; n?: 1; fmt?: string }
  | { k: "integer" | "number"; n?: 1; fmt?: string }
  | { k: "boolean"; n?: 1 }
  | { k: "enum"; n?: 1; values: readonly (string | number | boolean)[]; open?: 1 }
  | { k: "array"; n?: 1; items: Shape }
  | { k: "object"; n?: 1; props: Readonly<Record<string, Field>>; extra?: Shape }
  | { k: "ref"; n?: 1; to: Shaped }
  | { k: "union"; n?: 1; of: readonly Shape[] }
  | { k: "unknown"; n?: 1 };

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
export function resolve(shape: Shape): Shape {
  let current = shape;
  for (let hops = 0; current.k === "ref" && hops < 64; hops++) current = current.to.shape;
  return current;
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
export const nul = (shape: Shape): Shape => ({ ...shape, n: 1 });
export const req = (s: Shape): Field => ({ r: 1, s });
export const opt = (s: Shape): Field => ({ s });
