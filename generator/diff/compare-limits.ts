import type { Bound, IrNumber } from "../ir/types.js";
import { notMultipleOf } from "../../templates/runtime/check.js";
import type { Recorder } from "./compare-node.js";

/** Keywords that limit a count: a string's code points, an array's items, an object's keys. */
type CountKeyword = "minLength" | "maxLength" | "minItems" | "maxItems" | "minProperties" | "maxProperties";

/**
 * A limit on a count, reported with the old and new limit. Adding a limit, raising a minimum
 * or lowering a maximum rejects data that validated; the reverse accepts more. A minimum of 0
 * is no limit (validators check nothing for it), so it compares as absent.
 */
export function compareCount(keyword: CountKeyword, a: number | undefined, b: number | undefined, path: string, record: Recorder): void {
  const limit = (count: number | undefined) => (count === 0 && keyword.startsWith("min") ? undefined : count);
  const [from, to] = [limit(a), limit(b)];
  if (from === to) return;
  record(from === undefined ? `${keyword}.added` : to === undefined ? `${keyword}.removed` : to < from ? `${keyword}.lowered` : `${keyword}.raised`, path, {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  });
}

/** The limits of a number or of a number enum. */
type NumberLimits = Pick<IrNumber, "min" | "max" | "multipleOf">;

/** `integers`: both sides admit only whole numbers, so bounds compare by the whole numbers they let through. */
export function compareNumberLimits(a: NumberLimits, b: NumberLimits, integers: boolean, path: string, record: Recorder): void {
  compareBound("minimum", a.min, b.min, integers, path, record);
  compareBound("maximum", a.max, b.max, integers, path, record);
  compareMultipleOf(a.multipleOf, b.multipleOf, path, record);
}

/**
 * A bound is reported as its comparison (`>= 0`, `> 0`; see `RULES`), so one that only became
 * exclusive or inclusive still shows what changed. At the same value the exclusive bound is
 * the tighter: it rejects the value itself. Between integers, bounds that let the same whole
 * numbers through (`> 0` and `>= 1`, `<= 9.5` and `< 10`) are the same limit written anew.
 */
function compareBound(keyword: "minimum" | "maximum", a: Bound | undefined, b: Bound | undefined, integers: boolean, path: string, record: Recorder): void {
  if (a?.value === b?.value && a?.exclusive === b?.exclusive) return;
  const detail = { ...(a === undefined ? {} : { from: boundText(keyword, a) }), ...(b === undefined ? {} : { to: boundText(keyword, b) }) };
  if (a === undefined || b === undefined) return record(a === undefined ? `${keyword}.added` : `${keyword}.removed`, path, detail);
  if (integers) {
    const [from, to] = [wholeLimit(keyword, a), wholeLimit(keyword, b)];
    if (from === to) return record(`${keyword}.restated`, path, detail);
    const tighter = keyword === "minimum" ? to > from : to < from;
    if (keyword === "minimum") return record(tighter ? "minimum.raised" : "minimum.lowered", path, detail);
    return record(tighter ? "maximum.lowered" : "maximum.raised", path, detail);
  }
  const tighter = (keyword === "minimum" ? b.value > a.value : b.value < a.value) || (b.value === a.value && b.exclusive);
  if (keyword === "minimum") record(tighter ? "minimum.raised" : "minimum.lowered", path, detail);
  else record(tighter ? "maximum.lowered" : "maximum.raised", path, detail);
}

/** The least (for a minimum) or greatest (for a maximum) whole number a bound lets through: an integer's `> 0` is `>= 1`. */
function wholeLimit(keyword: "minimum" | "maximum", bound: Bound): number {
  if (keyword === "minimum") return bound.exclusive ? Math.floor(bound.value) + 1 : Math.ceil(bound.value);
  return bound.exclusive ? Math.ceil(bound.value) - 1 : Math.floor(bound.value);
}

function boundText(keyword: "minimum" | "maximum", bound: Bound): string {
  const comparison = keyword === "minimum" ? (bound.exclusive ? ">" : ">=") : bound.exclusive ? "<" : "<=";
  return `${comparison} ${bound.value}`;
}

/**
 * A new divisor that divides the old one keeps every old multiple valid (10 → 5); any other
 * rejects some. Judged by the validators' own rule (`notMultipleOf`: the numbers read as
 * decimals, so 0.1 divides 0.3 though 0.3 / 0.1 is not exactly 3), so the class stays true
 * to what they accept.
 */
function compareMultipleOf(a: number | undefined, b: number | undefined, path: string, record: Recorder): void {
  if (a === b) return;
  const rule = a === undefined ? "multipleOf.added" : b === undefined ? "multipleOf.removed" : !notMultipleOf(a, b) ? "multipleOf.relaxed" : "multipleOf.changed";
  record(rule, path, { ...(a === undefined ? {} : { from: a }), ...(b === undefined ? {} : { to: b }) });
}
