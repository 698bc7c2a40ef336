import { branchKey, clean, context, entry, isObject } from "./check.js";
import { define } from "./changeset.js";
import { resolve, type Shape } from "./shape.js";

/** A copy of a valid `value` with only the keys its schema declares, at every level; `value` is not touched. */
export function strip(shape: Shape, value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const target = resolve(shape);
  switch (target.k) {
    case "array":
      return Array.isArray(value) ? value.map((item) => strip(target.items, item)) : value;
    case "object": {
      if (!isObject(value)) return value;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        // Read as the checks did (getters included), and define: a `__proto__` key stays data.
        const item = entry(value, key);
        if (Object.hasOwn(target.props, key)) define(out, key, strip(target.props[key]!.s, item));
        else if (target.extra) define(out, key, strip(target.extra, item));
      }
      return out;
    }
    case "union": {
      const member = memberOf(target.of, value);
      return member ? strip(member, value) : value;
    }
    default:
      return value;
  }
}

/**
 * The member of a union that `value` was validated as, chosen the way the checks choose:
 * the schema its `object` names (a deleted customer is not a customer missing fields),
 * else the first that accepts it strictly, else the first that accepts it leniently.
 */
function memberOf(members: readonly Shape[], value: object): Shape | undefined {
  const kind = isObject(value) ? "object" : "array";
  const candidates = members.filter((member) => {
    const k = resolve(member).k;
    return k === kind || k === "union";
  });
  if (kind === "object") {
    const key = branchKey(value as Record<string, unknown>);
    const named = key === undefined ? undefined : candidates.find((member) => member.k === "ref" && member.to.branch === key);
    if (named) return named;
  }
  return candidates.find((member) => accepts(member, value, false)) ?? candidates.find((member) => accepts(member, value, true));
}

function accepts(shape: Shape, value: object, lenient: boolean): boolean {
  if (shape.k === "union") return shape.of.some((member) => accepts(member, value, lenient));
  // An inline object member has no check of its own to tell whether it matched: never pick
  // one (the union's value is kept whole: stripping less can't make a valid value invalid).
  if (shape.k === "object") return false;
  if (shape.k !== "ref") return true;
  const c = context(lenient, false, 256);
  return shape.to.check(value, c) && clean(c, 0);
}
