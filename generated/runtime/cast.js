import { isObject } from "./check.js";
import { resolve } from "./shape.js";
// Ecto parses with Integer.parse/Float.parse and wants the whole string: no blanks around.
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const BOOLEANS = { true: true, false: false, 1: true, 0: false };
/** `2023-09-12`, `2023-09-12T10:20`, `2023-09-12 10:20:30.5+02:00`; no offset means UTC, as Ecto's `:utc_datetime`. */
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/i;
const invalid = (type) => ({ ok: false, type });
const value = (v) => ({ ok: true, value: v });
export function castInteger(raw, unixTime) {
  const type = unixTime ? "unix-time" : "integer";
  if (typeof raw === "number")
    return Number.isInteger(raw) ? value(raw) : invalid(type);
  if (typeof raw === "string" && INTEGER.test(raw)) {
    const parsed = Number(raw);
    return Number.isSafeInteger(parsed) ? value(parsed) : invalid(type);
  }
  if (!unixTime) return invalid(type);
  const time =
    raw instanceof Date
      ? raw.getTime()
      : typeof raw === "string"
        ? parseIso(raw)
        : Number.NaN;
  return Number.isFinite(time) ? value(Math.floor(time / 1000)) : invalid(type);
}
/** Milliseconds since the epoch of an ISO 8601 date or date-time, or NaN; never the host's time zone. */
export function parseIso(text) {
  const m = ISO_8601.exec(text);
  if (!m) return Number.NaN;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(m[i] ?? 0),
  );
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  utc.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  const [zoneHours, zoneMinutes] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  const real =
    utc.getUTCMonth() === month - 1 &&
    utc.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    zoneHours < 24 &&
    zoneMinutes < 60;
  if (!real) return Number.NaN;
  const millis = m[7] === undefined ? 0 : Number(`0.${m[7]}`) * 1000;
  const offset =
    (m[9] === "-" ? -1 : 1) * (zoneHours * 60 + zoneMinutes) * 60_000;
  return utc.getTime() + millis - offset;
}
export function castNumber(raw) {
  if (typeof raw === "number")
    return Number.isFinite(raw) ? value(raw) : invalid("number");
  if (typeof raw === "string" && DECIMAL.test(raw)) {
    const parsed = Number(raw);
    return Number.isFinite(parsed) ? value(parsed) : invalid("number");
  }
  return invalid("number");
}
export function castBoolean(raw) {
  if (typeof raw === "boolean") return value(raw);
  if (typeof raw === "string" && Object.hasOwn(BOOLEANS, raw))
    return value(BOOLEANS[raw]);
  return invalid("boolean");
}
/** Strings stay strings; a `format: decimal` string (Stripe's exact amounts) also takes a finite number. */
export function castString(raw, format) {
  if (typeof raw === "string") return value(raw);
  if (format === "decimal" && typeof raw === "number" && Number.isFinite(raw))
    return value(String(raw));
  return invalid(format === "decimal" ? "decimal" : "string");
}
/** Casts a scalar to its shape's type; lists, maps and unions go through `castValue`. */
export function castScalar(shape, raw) {
  switch (shape.k) {
    case "integer":
      return castInteger(raw, shape.fmt === "unix-time");
    case "number":
      return castNumber(raw);
    case "boolean":
      return castBoolean(raw);
    case "string":
      return castString(raw, shape.fmt);
    case "enum": {
      const first = shape.values[0];
      if (typeof first === "number")
        return shape.values.every(Number.isInteger)
          ? castInteger(raw, false)
          : castNumber(raw);
      if (typeof first === "boolean") return castBoolean(raw);
      return typeof raw === "string" ? value(raw) : invalid("string");
    }
    default:
      return value(raw);
  }
}
/**
 * Casts a value that is not an embedded object: a scalar, a list or map of them, a
 * union of scalars (a value a member takes as it is stays as it is: `"42"` stays an ID). Objects
 * the shape can't cast further (free-form, unknown) are kept as given.
 */
export function castValue(shape, raw) {
  if (raw === null) return value(null);
  const target = resolve(shape);
  switch (target.k) {
    case "array": {
      if (!Array.isArray(raw))
        return invalid(`array of ${typeOf(target.items)}`);
      const out = [];
      for (const item of raw) {
        const cast = castValue(target.items, item);
        if (!cast.ok) return invalid(`array of ${typeOf(target.items)}`);
        out.push(cast.value);
      }
      return value(out);
    }
    case "object": {
      if (!isObject(raw)) return invalid(typeOf(target));
      if (!target.extra || Object.keys(target.props).length > 0)
        return value(raw);
      const out = {};
      for (const key of Object.keys(raw)) {
        const cast = castValue(target.extra, own(raw, key));
        if (!cast.ok) return invalid(`map of ${typeOf(target.extra)}`);
        define(out, key, cast.value);
      }
      return value(out);
    }
    case "union": {
      const members =
        typeof raw === "string"
          ? [
              ...target.of.filter(isString),
              ...target.of.filter((m) => !isString(m)),
            ]
          : target.of;
      // A member that takes the value as it is wins over one that would convert it (a number
      // stays a number where a `decimal` string member comes first).
      let converted;
      for (const member of members) {
        const cast = castValue(member, raw);
        if (cast.ok && cast.value === raw) return cast;
        if (cast.ok) converted ??= cast;
      }
      return converted ?? invalid(typeOf(target));
    }
    default:
      return castScalar(target, raw);
  }
}
/** A list param: an array, or Ecto's map of index keys (`{"0": …, "1": …}`, as forms send them). */
export function asList(raw) {
  if (Array.isArray(raw)) return raw;
  if (!isObject(raw)) return undefined;
  const keys = Object.keys(raw);
  if (!keys.every((key) => /^(0|[1-9]\d{0,8})$/.test(key))) return undefined;
  return keys.sort((a, b) => Number(a) - Number(b)).map((key) => own(raw, key));
}
/** Deep equality of cast values, to tell a change from the data's value; cycles and very deep values count as different. */
export function same(a, b, depth = 0) {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (
    depth > 64 ||
    typeof a !== "object" ||
    typeof b !== "object" ||
    a === null ||
    b === null
  )
    return false;
  if (Array.isArray(a))
    return (
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => same(item, b[i], depth + 1))
    );
  if (!isObject(a) || !isObject(b) || a instanceof Date || b instanceof Date)
    return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        Object.hasOwn(b, key) && same(own(a, key), own(b, key), depth + 1),
    )
  );
}
/** A string member of a union, without following refs (a schema is only built when needed). */
function isString(shape) {
  return (
    shape.k === "string" ||
    (shape.k === "enum" && typeof shape.values[0] === "string")
  );
}
/** Whether `""` is a value of the shape; where it is not, an empty string is no value (Ecto's `empty_values`). */
export function holdsEmptyString(shape) {
  const target = resolve(shape);
  switch (target.k) {
    case "string":
    case "unknown":
      return true;
    case "enum":
      return target.open === 1 || target.values.includes("");
    case "union":
      return target.of.some(holdsEmptyString);
    default:
      return false;
  }
}
/**
 * The type a cast error names: `integer`, `unix-time`, `array of string`, `string | object`.
 * A type that holds itself (a list of lists of …) is named to a few levels.
 */
export function typeOf(shape, depth = 0) {
  const target = resolve(shape);
  if (depth > 8) return target.k === "union" ? "…" : target.k;
  switch (target.k) {
    case "array":
      return `array of ${typeOf(target.items, depth + 1)}`;
    case "object":
      return target.extra && Object.keys(target.props).length === 0
        ? `map of ${typeOf(target.extra, depth + 1)}`
        : "object";
    case "union":
      return [
        ...new Set(target.of.map((member) => typeOf(member, depth + 1))),
      ].join(" | ");
    case "integer":
      return target.fmt === "unix-time" ? "unix-time" : "integer";
    case "enum":
      return typeof target.values[0] === "number"
        ? "number"
        : typeof target.values[0] === "boolean"
          ? "boolean"
          : "string";
    case "string":
      return target.fmt === "decimal" ? "decimal" : "string";
    default:
      return target.k;
  }
}
/** An own property (getters called: params may be class instances), whatever the key; `__proto__` is never the prototype. */
export function own(source, key) {
  return Object.hasOwn(source, key) ? source[key] : undefined;
}
/**
 * Sets an own property whatever the key, never touching a prototype: keys that
 * `Object.prototype` has (`__proto__`, `constructor`, even frozen) are defined; others,
 * the common case, assigned, which is several times faster.
 */
export function define(target, key, value) {
  if (Object.hasOwn(Object.prototype, key))
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  else target[key] = value;
}
