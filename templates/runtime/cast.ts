/**
 * Casting of form-like params, as Ecto casts them: `"42"` becomes 42 for an integer,
 * `"true"`/`"1"` true for a boolean; anything that can't be converted is a cast error.
 */
import type { Shape } from "./shape.js";

export type Cast = { ok: true; value: unknown } | { ok: false; type: string };

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, false: false, "1": true, "0": false };

const invalid = (type: string): Cast => ({ ok: false, type });
const value = (v: unknown): Cast => ({ ok: true, value: v });

export function castInteger(raw: unknown, unixTime: boolean): Cast {
  if (typeof raw === "number") return Number.isInteger(raw) ? value(raw) : invalid("integer");
  if (typeof raw === "string" && INTEGER.test(raw.trim())) {
    const parsed = Number(raw.trim());
    return Number.isSafeInteger(parsed) ? value(parsed) : invalid("integer");
  }
  if (unixTime) {
    if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? invalid("unix-time") : value(Math.floor(raw.getTime() / 1000));
    if (typeof raw === "string") {
      const time = Date.parse(raw);
      return Number.isNaN(time) ? invalid("unix-time") : value(Math.floor(time / 1000));
    }
  }
  return invalid(unixTime ? "unix-time" : "integer");
}

export function castNumber(raw: unknown): Cast {
  if (typeof raw === "number") return Number.isFinite(raw) ? value(raw) : invalid("number");
  if (typeof raw === "string" && DECIMAL.test(raw.trim())) {
    const parsed = Number(raw.trim());
    return Number.isFinite(parsed) ? value(parsed) : invalid("number");
  }
  return invalid("number");
}

export function castBoolean(raw: unknown): Cast {
  if (typeof raw === "boolean") return value(raw);
  if (typeof raw === "string" && Object.hasOwn(BOOLEANS, raw)) return value(BOOLEANS[raw]);
  return invalid("boolean");
}

/** Casts a scalar to its shape's type; objects, arrays and unions are the changeset's business. */
export function castScalar(shape: Shape, raw: unknown): Cast {
  switch (shape.k) {
    case "integer":
      return castInteger(raw, shape.fmt === "unix-time");
    case "number":
      return castNumber(raw);
    case "boolean":
      return castBoolean(raw);
    case "string":
      return typeof raw === "string" ? value(raw) : invalid("string");
    case "enum": {
      const first = shape.values[0];
      if (typeof first === "number") return castNumber(raw);
      if (typeof first === "boolean") return castBoolean(raw);
      return typeof raw === "string" ? value(raw) : invalid("string");
    }
    default:
      return value(raw);
  }
}
