/**
 * Casting of form-like params, as Ecto casts them: `"42"` becomes 42 for an integer,
 * `"true"`/`"1"` true for a boolean; anything that can't be converted is a cast error.
 */
import type { Shape } from "./shape.js";
export type Cast =
  | {
      ok: true;
      value: unknown;
    }
  | {
      ok: false;
      type: string;
    };
export declare function castInteger(raw: unknown, unixTime: boolean): Cast;
export declare function castNumber(raw: unknown): Cast;
export declare function castBoolean(raw: unknown): Cast;
/** Casts a scalar to its shape's type; objects, arrays and unions are the changeset's business. */
export declare function castScalar(shape: Shape, raw: unknown): Cast;
