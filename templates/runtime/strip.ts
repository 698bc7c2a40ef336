import type { Shape } from "./api.js";
import { branchKey, clean, context, entry, isObject } from "./check.js";
import { define } from "./changeset.js";
import { resolve } from "./shape.js";

/**
 * A copy of a valid `value` with only the keys its schema declares, at every level; `value` is
 * not touched. `lenient` when it was validated in lenient mode: a union member that accepts it
 * only with warnings may then be the one it matched.
 */
export function strip(shape: Shape, value: unknown, lenient = false): unknown {
  if (value === null || typeof value !== "object") return value;
  const target = resolve(shape);
  switch (target.k) {
    case "array": {
      if (!Array.isArray(value)) return value;
      const out = value.map((item) => strip(target.items, item, lenient));
      // Items that differed only in keys now cut are equal: the array is kept whole.
      return target.u?.(out) ? value : out;
    }
    case "object": {
      if (!isObject(value)) return value;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        // Read as the checks did (getters included), and define: a `__proto__` key stays data.
        const item = entry(value, key);
        if (Object.hasOwn(target.props, key)) define(out, key, strip(target.props[key]!.s, item, lenient));
        else if (target.extra) define(out, key, strip(target.extra, item, lenient));
      }
      // minProperties counts every key: with too few left, the object is kept whole.
      return target.min !== undefined && Object.keys(out).length < target.min ? value : out;
    }
    case "union": {
      const candidates = candidatesOf(target.of, value);
      const member = memberOf(candidates, value, lenient);
      if (!member) return value;
      const stripped = strip(member, value, lenient);
      // oneOf: the copy must still match that member alone. The keys stripped may be what made
      // the others refuse it; then the value is kept whole (stripping less never makes it invalid).
      // A free-form member (its shape `unknown`, no check to ask) may hold the copy too: it may
      // limit only how many keys there are (minProperties), and stripping changes that.
      const others = target.of.filter((other) => other !== member && (candidates.includes(other) || resolve(other).k === "unknown"));
      if (target.x && others.some((other) => accepts(other, stripped, lenient, true))) return value;
      return stripped;
    }
    default:
      return value;
  }
}

/**
 * The member of a union that `value` was validated as, chosen the way the checks choose:
 * the first that accepts it strictly, else (in lenient mode) the first that accepts it
 * with warnings. The schema its `object` names is tried first (a deleted customer is not a
 * customer missing fields), but only picked if it accepts the value: in a union that is not
 * dispatched on `object`, the value may have been valid through another member. An inline
 * object member is never picked (the value is then kept whole: stripping less can't make a
 * valid value invalid).
 */
function memberOf(members: readonly Shape[], value: object, lenient: boolean): Shape | undefined {
  let candidates = members;
  if (isObject(value)) {
    const key = branchKey(value as Record<string, unknown>);
    const named = key === undefined ? undefined : candidates.find((member) => member.k === "ref" && member.to.branch === key);
    if (named) candidates = [named, ...candidates.filter((member) => member !== named)];
  }
  return candidates.find((member) => accepts(member, value, false)) ?? (lenient ? candidates.find((member) => accepts(member, value, true)) : undefined);
}

/** The members of a union that can hold an object (or an array) at all: of its kind, or unions. */
function candidatesOf(members: readonly Shape[], value: object): Shape[] {
  const kind = isObject(value) ? "object" : "array";
  return members.filter((member) => {
    const k = resolve(member).k;
    return k === kind || k === "union";
  });
}

/**
 * Whether a member accepts `value`, by its module's check. An inline object member has no
 * check of its own to ask: the answer is then `unchecked` (false to never pick one, true to
 * count it as a possible second match).
 */
function accepts(shape: Shape, value: unknown, lenient: boolean, unchecked = false): boolean {
  if (shape.k === "union") return shape.of.some((member) => accepts(member, value, lenient, unchecked));
  if (shape.k === "object") return unchecked;
  if (shape.k !== "ref") return true;
  const c = context(lenient, false, 256);
  return shape.to.check(value, c) && clean(c, 0);
}
