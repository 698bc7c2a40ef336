const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const BOOLEANS = { true: true, false: false, 1: true, 0: false };
const invalid = (type) => ({ ok: false, type });
const value = (v) => ({ ok: true, value: v });
export function castInteger(raw, unixTime) {
  if (typeof raw === "number")
    return Number.isInteger(raw) ? value(raw) : invalid("integer");
  if (typeof raw === "string" && INTEGER.test(raw.trim())) {
    const parsed = Number(raw.trim());
    return Number.isSafeInteger(parsed) ? value(parsed) : invalid("integer");
  }
  if (unixTime) {
    if (raw instanceof Date)
      return Number.isNaN(raw.getTime())
        ? invalid("unix-time")
        : value(Math.floor(raw.getTime() / 1000));
    if (typeof raw === "string") {
      const time = Date.parse(raw);
      return Number.isNaN(time)
        ? invalid("unix-time")
        : value(Math.floor(time / 1000));
    }
  }
  return invalid(unixTime ? "unix-time" : "integer");
}
export function castNumber(raw) {
  if (typeof raw === "number")
    return Number.isFinite(raw) ? value(raw) : invalid("number");
  if (typeof raw === "string" && DECIMAL.test(raw.trim())) {
    const parsed = Number(raw.trim());
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
/** Casts a scalar to its shape's type; objects, arrays and unions are the changeset's business. */
export function castScalar(shape, raw) {
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
