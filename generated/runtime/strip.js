import { context, isObject } from "./check.js";
import { define } from "./changeset.js";
import { resolve } from "./shape.js";
/** A copy of a valid `value` with only the keys its schema declares, at every level. */
export function strip(shape, value) {
  if (value === null || typeof value !== "object") return value;
  const target = resolve(shape);
  switch (target.k) {
    case "array":
      return Array.isArray(value)
        ? value.map((item) => strip(target.items, item))
        : value;
    case "object": {
      if (!isObject(value)) return value;
      const out = {};
      for (const key of Object.keys(value)) {
        const item = Object.getOwnPropertyDescriptor(value, key)?.value;
        if (Object.hasOwn(target.props, key))
          define(out, key, strip(target.props[key].s, item));
        else if (target.extra) define(out, key, strip(target.extra, item));
      }
      return out;
    }
    case "union": {
      const member = target.of.find((candidate) => accepts(candidate, value));
      return member ? strip(member, value) : value;
    }
    default:
      return value;
  }
}
function accepts(shape, value) {
  if (shape.k === "ref")
    return shape.to.check(value, context(true, false, 256));
  const target = resolve(shape);
  return target.k === "array"
    ? Array.isArray(value)
    : target.k === "object"
      ? isObject(value)
      : false;
}
