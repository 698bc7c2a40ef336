import type { Check, Ctx, Depth, PathSegment, RawIssue, Test } from "./api.js";
import { typeName } from "./issues.js";
import { LIMIT_WORDS, type LimitCode } from "./limit-words.js";

/** How many objects deep a run goes when `maxDepth` isn't given: validate, is and changesets alike. */
export const DEFAULT_DEPTH = 256;

export function context(lenient: boolean, reject: boolean, maxDepth: number): Ctx {
  return { issues: [], lenient, reject, depth: 0, maxDepth, tooDeep: false };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads an own property only: for keys that `Object.prototype` also has (`constructor`, `__proto__`). */
export function own(value: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(value, key) ? (Object.getOwnPropertyDescriptor(value, key)?.value as unknown) : undefined;
}

/** Records an issue at `path` (relative to the value being checked); always returns false. */
export function fail(c: Ctx, code: RawIssue["code"], path: PathSegment[], expected: unknown, received: unknown): false {
  c.issues.push({ code, path, expected, received });
  return false;
}

/** Records the issue of a limit (`minimum`, `minItems`, …) with the words that describe it; always returns false. */
export function limitFail(c: Ctx, code: LimitCode, path: PathSegment[], expected: unknown, received: unknown): false {
  c.issues.push({ code, path, expected, received, words: LIMIT_WORDS });
  return false;
}

/** Records a type issue, naming the received type only (never echoing the value). */
export function wrongType(c: Ctx, path: PathSegment[], expected: string, value: unknown): false {
  return fail(c, "invalid_type", path, expected, typeName(value));
}

/**
 * A required key is missing, or null where null is not allowed; returns the new `ok`:
 * unchanged in lenient mode, where this is a warning.
 */
export function missing(c: Ctx, path: PathSegment[], value: unknown, ok: boolean): boolean {
  c.issues.push({ code: "required", path, expected: "a value", received: typeName(value), ...(c.lenient ? { warning: true } : {}) });
  return ok && c.lenient;
}

/** A value outside an enum; returns the new `ok`: unchanged in lenient mode when the value has the enum's type. */
export function notInEnum(c: Ctx, path: PathSegment[], values: ReadonlySet<unknown>, value: unknown, ok: boolean): boolean {
  const expected = [...values];
  const sameType = typeof value === typeof expected[0];
  const issue: RawIssue = sameType
    ? { code: "invalid_enum", path, expected, received: value }
    : { code: "invalid_type", path, expected: typeof expected[0], received: typeName(value) };
  if (c.lenient && sameType) issue.warning = true;
  c.issues.push(issue);
  return ok && c.lenient && sameType;
}

/**
 * Runs another check on `value` and puts the segments in front of the paths it records;
 * returns the new `ok`. Fixed parameters, not a rest array: this runs on the success path.
 */
export function into(c: Ctx, check: Check, value: unknown, ok: boolean, s1?: PathSegment, s2?: PathSegment, s3?: PathSegment): boolean {
  const mark = c.issues.length;
  const valid = check(value, c);
  if (c.issues.length !== mark && s1 !== undefined) {
    if (s3 !== undefined) at(c, mark, s1, s2!, s3);
    else if (s2 !== undefined) at(c, mark, s1, s2);
    else at(c, mark, s1);
  }
  return valid && ok;
}

/** Length in code points, as JSON Schema counts `maxLength`; only called once `length` exceeds the limit. */
export function tooLong(value: string, max: number): boolean {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    if (++count > max) return true;
  }
  return false;
}

/** Records that a string is longer than `max` code points. */
export function longFail(c: Ctx, path: PathSegment[], max: number, value: string): false {
  return fail(c, "too_long", path, max, codePoints(value));
}

/** Fewer than `min` code points; only called while `length` is under twice the limit. */
export function tooShort(value: string, min: number): boolean {
  return value.length < min || codePoints(value) < min;
}

/** Records that a string is shorter than `min` code points. */
export function shortFail(c: Ctx, path: PathSegment[], min: number, value: string): false {
  return limitFail(c, "too_short", path, min, codePoints(value));
}

/**
 * Not a whole multiple of `divisor` (`multipleOf`), the numbers read as decimals, as JSON
 * writes them: 0.3 is a multiple of 0.1 although 0.3 / 0.1 is 2.9999999999999996 in binary.
 * Two safe integers by their remainder, which is exact (a larger whole number's binary value
 * is not the decimal JSON writes: 7.31831867446835e26 is a multiple of 3 in binary, not as
 * written); a value nearer 0 than the divisor, only if it is 0 (its quotient may underflow
 * to 0: 5e-324 / 3); a quotient below 2^30 of normal numbers is whole when within a few units
 * in its last place of a whole number; beyond that, where the quotient has too few fraction
 * bits left to tell or a subnormal divisor too few digits, in exact decimal arithmetic.
 */
export function notMultipleOf(value: number, divisor: number): boolean {
  if (Number.isSafeInteger(value) && Number.isSafeInteger(divisor)) return value % divisor !== 0;
  if (Math.abs(value) < divisor) return value !== 0;
  const quotient = value / divisor;
  if (Math.abs(quotient) < 2 ** 30 && divisor >= 2 ** -1022) return Math.abs(quotient - Math.round(quotient)) > Math.abs(quotient) * 4 * Number.EPSILON;
  const [a, aExponent] = decimalOf(value);
  const [b, bExponent] = decimalOf(divisor);
  const exponent = Math.min(aExponent, bExponent);
  return (a * 10n ** BigInt(aExponent - exponent)) % (b * 10n ** BigInt(bExponent - exponent)) !== 0n;
}

/** A finite number's shortest decimal (the one JSON writes) as digits and a power of ten, sign dropped: 1.5e-7 -> [15n, -8]. */
function decimalOf(value: number): [bigint, number] {
  const [digits = "0", exponent = "0"] = String(Math.abs(value)).split("e");
  const [whole = "0", fraction = ""] = digits.split(".");
  return [BigInt(whole + fraction), Number(exponent) - fraction.length];
}

/** `uniqueItems`: records an issue at the first item equal, as JSON, to an earlier one; returns the new `ok`. */
export function unique(c: Ctx, path: PathSegment[], items: readonly unknown[], ok: boolean): boolean {
  const repeat = firstRepeat(items, c.maxDepth);
  return repeat === undefined ? ok : limitFail(c, "not_unique", [...path, repeat[1]], repeat[0], undefined);
}

/**
 * The first item equal, as JSON, to an earlier one: `[earlier, item]` indexes, or undefined.
 * Objects and arrays are compared by a canonical text (keys sorted), so the cost grows with
 * the array's size, not with its square; an item nested deeper than `maxDepth` is taken as
 * distinct.
 */
export function firstRepeat(items: readonly unknown[], maxDepth: number): [number, number] | undefined {
  const scalars = new Map<unknown, number>();
  const texts = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const composite = typeof item === "object" && item !== null;
    const text = composite ? canonical(item, maxDepth) : undefined;
    if (composite && text === undefined) continue;
    const [seen, key] = composite ? [texts as Map<unknown, number>, text] : [scalars, item];
    const first = seen.get(key);
    if (first !== undefined) return [first, i];
    seen.set(key, i);
  }
  return undefined;
}

/** JSON text of a value with object keys sorted; undefined when nested deeper than `depth`. */
function canonical(value: unknown, depth: number): string | undefined {
  if (typeof value !== "object" || value === null) return typeof value === "string" ? JSON.stringify(value) : String(value);
  if (depth <= 0) return undefined;
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const part = canonical(value[i], depth - 1);
      if (part === undefined) return undefined;
      parts.push(part);
    }
    return `[${parts.join(",")}]`;
  }
  for (const key of Object.keys(value).sort()) {
    const part = canonical(entry(value as Record<string, unknown>, key), depth - 1);
    if (part === undefined) return undefined;
    parts.push(`${JSON.stringify(key)}:${part}`);
  }
  return `{${parts.join(",")}}`;
}

/** The number of code points of a string, counted without copying it (it may be 10 MB). */
function codePoints(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/**
 * Issues recorded in one run past which array loops stop: a sparse array of length 1e7
 * (or ten million wrong items) costs a bounded amount of time and memory, not one issue each.
 */
export const MAX_ISSUES = 1000;

/** True once a run has recorded `MAX_ISSUES` issues; checked by array loops after a failed item. */
export function full(c: Ctx): boolean {
  return c.issues.length >= MAX_ISSUES;
}

/** Puts `segments` in front of the paths of the issues recorded since `mark`. */
export function at(c: Ctx, mark: number, ...segments: PathSegment[]): void {
  for (let i = mark; i < c.issues.length; i++) c.issues[i]!.path.unshift(...segments);
}

/** True while no error (warnings aside) was recorded since `mark`. */
export function clean(c: Ctx, mark: number): boolean {
  for (let i = mark; i < c.issues.length; i++) if (!c.issues[i]!.warning) return false;
  return true;
}

/**
 * Entered one more object level; false past `maxDepth`. Then the run enters no object
 * again: an object that holds itself twice (`card.replaced_by = card.replacement_for =
 * card`) would otherwise be walked 2^maxDepth times. The tests `is` runs call this alone.
 */
export function enter(c: Depth): boolean {
  if (c.depth < c.maxDepth && !c.tooDeep) {
    c.depth++;
    return true;
  }
  c.tooDeep = true;
  return false;
}

/**
 * `enter`, for the checks: the first time past `maxDepth` records an issue. Written out
 * rather than calling `enter`: a bundle of `validate<Type>` then needs only this one.
 */
export function deeper(c: Ctx): boolean {
  if (c.depth < c.maxDepth && !c.tooDeep) {
    c.depth++;
    return true;
  }
  if (c.tooDeep) return false;
  c.tooDeep = true;
  return fail(c, "too_deep", [], c.maxDepth, undefined);
}

/** Whether every own key of `value` is `known`: the test of an object whose spec says `additionalProperties: false`. */
export function onlyKnown(value: Record<string, unknown>, known: ReadonlySet<string>): boolean {
  for (const key of Object.keys(value)) if (!known.has(key)) return false;
  return true;
}

/** Unknown keys, when `unknownKeys: "reject"` or the spec says `additionalProperties: false`; returns the new `ok`. */
export function unknownKeys(c: Ctx, path: PathSegment[], value: Record<string, unknown>, known: ReadonlySet<string>, ok: boolean): boolean {
  for (const key of Object.keys(value)) {
    if (!known.has(key)) ok = fail(c, "unrecognized_key", [...path, key], undefined, key);
  }
  return ok;
}

/**
 * A union that the type of the value can't settle: the first member that accepts it
 * wins (its warnings kept). When none does, the issues of the *nearest* member stand for
 * the union's: the one member that took the value's type and fails with the fewest
 * issues (for `anyOf`, mending them makes the value valid). Where no member took it, or
 * two come equally near, one issue names what was expected.
 */
export function anyOf(c: Ctx, members: readonly Check[], expected: readonly string[], value: unknown, exclusive = false): boolean {
  const mark = c.issues.length;
  let matched = 0;
  let warnings: RawIssue[] | undefined;
  let nearest: RawIssue[] | undefined;
  let tied = false;
  for (const member of members) {
    const accepted = member(value, c) && clean(c, mark);
    if (accepted && !exclusive) return true;
    // oneOf counts members that accept the value outright; lenient warnings don't make a second match.
    if (accepted && c.issues.length === mark) matched++;
    else if (accepted) warnings ??= c.issues.slice(mark);
    else if (tookType(c.issues, mark)) {
      const count = c.issues.length - mark;
      if (nearest === undefined || count < nearest.length) [nearest, tied] = [c.issues.slice(mark), false];
      else if (count === nearest.length) tied = true;
    }
    c.issues.length = mark;
  }
  if (matched === 1) return true;
  // Accepted only with warnings: the first such member wins, and its warnings are kept, so an
  // enclosing oneOf sees a warned match, not a clean one.
  if (matched === 0 && warnings !== undefined) {
    c.issues.push(...warnings);
    return true;
  }
  if (matched === 0 && nearest !== undefined && !tied) {
    c.issues.push(...nearest);
    return false;
  }
  return fail(c, "invalid_union", [], matched > 1 ? `exactly one of ${expected.join(", ")}` : expected, typeName(value));
}

/**
 * Whether a member that failed took the value's type: it recorded an issue, and none at
 * the value itself saying its type is wrong (or that no member of its own union fits).
 * A member that failed without an issue (the value was already too deep) never did.
 */
function tookType(issues: readonly RawIssue[], mark: number): boolean {
  if (issues.length === mark) return false;
  for (let i = mark; i < issues.length; i++) {
    const issue = issues[i]!;
    if (issue.path.length === 0 && (issue.code === "invalid_type" || issue.code === "invalid_union")) return false;
  }
  return true;
}

/**
 * `anyOf` for the tests `is` runs: true when a member accepts the value (exactly one, for
 * `oneOf`). A test that fails returns at once, leaving the object levels it entered
 * counted: each member starts at the depth the union was entered at.
 */
export function anyOfTest(c: Depth, members: readonly Test[], value: unknown, exclusive = false): boolean {
  const depth = c.depth;
  let matched = 0;
  for (const member of members) {
    const accepted = member(value, c);
    c.depth = depth;
    if (accepted && !exclusive) return true;
    if (accepted) matched++;
  }
  return matched === 1;
}

/** The branch key of a polymorphic payload: its `object`, with `#deleted` for deletion stubs. */
export function branchKey(value: Record<string, unknown>): string | undefined {
  const object = value.object;
  if (typeof object !== "string") return undefined;
  return value.deleted === true ? `${object}#deleted` : object;
}

export const isArray: (value: unknown) => value is unknown[] = Array.isArray;
export const isInt: (value: unknown) => boolean = Number.isInteger;

export function isNum(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** An enum's values, for `has()` checks. */
export function set<T>(values: readonly T[]): ReadonlySet<T> {
  return new Set(values);
}

/** A spec `pattern`, compiled once per module with the `u` flag as JSON Schema expects. */
export function regex(source: string): RegExp {
  return new RegExp(source, "u");
}

/** Reads `value[key]` for a key of a map, where `__proto__` must be read as an own property. */
export function entry(value: Record<string, unknown>, key: string): unknown {
  return key === "__proto__" ? own(value, key) : value[key];
}

/** A member of a dispatched union: its schema's name, its module's check, and its `object` value (with `#deleted`). */
type Branch = readonly [name: string, check: Check, branch: string];

/**
 * A check for a union of object schemas (every member fixes its `object`, and `deleted`):
 * the payload's `object` picks the branch, and that branch alone decides, with its issues.
 * No other branch is tried: each rejects a payload that carries another `object`, and
 * trying them would walk a nested payload once per branch at every level (2^levels for
 * an account holding a bank account holding an account …).
 *
 * A payload whose `object` names no branch can't be valid in strict mode: one issue,
 * without walking it. In lenient mode, where an unknown `object` is only a warning, the
 * members are tried in turn.
 */
export function branches(members: () => readonly Branch[]): Check {
  let table: Map<string, Check[]> | undefined;
  let names: string[] = [];
  let checks: Check[] = [];
  return (value, c) => {
    if (table === undefined) {
      const all = members();
      [names, checks] = [all.map(([name]) => name), all.map(([, check]) => check)];
      table = branchTable(all.map(([, check, branch]) => [check, branch]));
    }
    if (!isObject(value)) return wrongType(c, [], "object", value);
    const chosen = chosenBranch(table, value);
    if (chosen === undefined) {
      if (!c.lenient) return fail(c, "invalid_union", [], names, typeName(value));
      return anyOf(c, checks, names, value);
    }
    return chosen.length === 1 ? chosen[0]!(value, c) : anyOf(c, chosen, names, value);
  };
}

/** A member of a dispatched union, for the test: its module's test, and its `object` value (with `#deleted`). */
type TestBranch = readonly [test: Test, branch: string];

/** `branches` for the tests `is` runs (strict): a payload whose `object` names no branch is not valid. */
export function branchTests(members: () => readonly TestBranch[]): Test {
  let table: Map<string, Test[]> | undefined;
  return (value, c) => {
    table ??= branchTable(members());
    if (!isObject(value)) return false;
    const chosen = chosenBranch(table, value);
    if (chosen === undefined) return false;
    return chosen.length === 1 ? chosen[0]!(value, c) : anyOfTest(c, chosen, value);
  };
}

/** The members of a dispatched union by their branch key. */
function branchTable<F>(members: readonly (readonly [walk: F, branch: string])[]): Map<string, F[]> {
  const table = new Map<string, F[]>();
  for (const [walk, branch] of members) table.set(branch, [...(table.get(branch) ?? []), walk]);
  return table;
}

/** The members a payload's `object` (and `deleted`) names; a deletion stub of a schema with no stub branch goes to the schema's. */
function chosenBranch<F>(table: ReadonlyMap<string, F[]>, value: Record<string, unknown>): F[] | undefined {
  const key = branchKey(value);
  return key === undefined ? undefined : (table.get(key) ?? table.get(key.replace(/#deleted$/, "")));
}
