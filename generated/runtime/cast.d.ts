/**
 * Casting of form-like params, as Ecto casts them: `"42"` becomes 42 for an integer,
 * `"true"`/`"1"` true for a boolean, an ISO 8601 string or a `Date` Unix seconds for
 * `format: unix-time`; anything that can't be converted is a cast error naming the type.
 * Embedded objects are not cast here: the changeset makes nested changesets of them.
 */
import type { Shape } from "./api.js";
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
/** Milliseconds since the epoch of an ISO 8601 date or date-time, or NaN; never the host's time zone. */
export declare function parseIso(text: string): number;
export declare function castNumber(raw: unknown): Cast;
export declare function castBoolean(raw: unknown): Cast;
/** Strings stay strings; a `format: decimal` string (Stripe's exact amounts) also takes a finite number. */
export declare function castString(
  raw: unknown,
  format: string | undefined,
): Cast;
/** Casts a scalar to its shape's type; lists, maps and unions go through `castValue`. */
export declare function castScalar(shape: Shape, raw: unknown): Cast;
/**
 * Casts a value that is not an embedded object: a scalar, a list or map of them, a
 * union of scalars (a value a member takes as it is stays as it is: `"42"` stays an ID). Objects
 * the shape can't cast further (free-form, unknown) are kept as given.
 */
export declare function castValue(shape: Shape, raw: unknown): Cast;
/** A list param: an array, or Ecto's map of index keys (`{"0": …, "1": …}`, as forms send them). */
export declare function asList(raw: unknown): readonly unknown[] | undefined;
/** Deep equality of cast values, to tell a change from the data's value; cycles and very deep values count as different. */
export declare function same(a: unknown, b: unknown, depth?: number): boolean;
/** Whether `""` is a value of the shape; where it is not, an empty string is no value (Ecto's `empty_values`). */
export declare function holdsEmptyString(shape: Shape): boolean;
/**
 * The type a cast error names: `integer`, `unix-time`, `array of string`, `string | object`.
 * A type that holds itself (a list of lists of …) is named to a few levels.
 */
export declare function typeOf(shape: Shape, depth?: number): string;
/** An own property (getters called: params may be class instances), whatever the key; `__proto__` is never the prototype. */
export declare function own(
  source: Record<string, unknown>,
  key: string,
): unknown;
/**
 * Sets an own property whatever the key, never touching a prototype: keys that
 * `Object.prototype` has (`__proto__`, `constructor`, even frozen) are defined; others,
 * the common case, assigned, which is several times faster.
 */
export declare function define(
  target: object,
  key: string,
  value: unknown,
): void;
