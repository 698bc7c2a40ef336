import type { Check, Ctx, Depth, PathSegment, RawIssue, Test } from "./api.js";
import { type LimitCode } from "./limit-words.js";
/** How many objects deep a run goes when `maxDepth` isn't given: validate, is and changesets alike. */
export declare const DEFAULT_DEPTH = 256;
export declare function context(
  lenient: boolean,
  reject: boolean,
  maxDepth: number,
): Ctx;
export declare function isObject(
  value: unknown,
): value is Record<string, unknown>;
/** Reads an own property only: for keys that `Object.prototype` also has (`constructor`, `__proto__`). */
export declare function own(
  value: Record<string, unknown>,
  key: string,
): unknown;
/** Records an issue at `path` (relative to the value being checked); always returns false. */
export declare function fail(
  c: Ctx,
  code: RawIssue["code"],
  path: PathSegment[],
  expected: unknown,
  received: unknown,
): false;
/** Records the issue of a limit (`minimum`, `minItems`, …) with the words that describe it; always returns false. */
export declare function limitFail(
  c: Ctx,
  code: LimitCode,
  path: PathSegment[],
  expected: unknown,
  received: unknown,
): false;
/** Records a type issue, naming the received type only (never echoing the value). */
export declare function wrongType(
  c: Ctx,
  path: PathSegment[],
  expected: string,
  value: unknown,
): false;
/**
 * A required key is missing, or null where null is not allowed; returns the new `ok`:
 * unchanged in lenient mode, where this is a warning.
 */
export declare function missing(
  c: Ctx,
  path: PathSegment[],
  value: unknown,
  ok: boolean,
): boolean;
/** A value outside an enum; returns the new `ok`: unchanged in lenient mode when the value has the enum's type. */
export declare function notInEnum(
  c: Ctx,
  path: PathSegment[],
  values: ReadonlySet<unknown>,
  value: unknown,
  ok: boolean,
): boolean;
/**
 * Runs another check on `value` and puts the segments in front of the paths it records;
 * returns the new `ok`. Fixed parameters, not a rest array: this runs on the success path.
 */
export declare function into(
  c: Ctx,
  check: Check,
  value: unknown,
  ok: boolean,
  s1?: PathSegment,
  s2?: PathSegment,
  s3?: PathSegment,
): boolean;
/** Length in code points, as JSON Schema counts `maxLength`; only called once `length` exceeds the limit. */
export declare function tooLong(value: string, max: number): boolean;
/** Records that a string is longer than `max` code points. */
export declare function longFail(
  c: Ctx,
  path: PathSegment[],
  max: number,
  value: string,
): false;
/** Fewer than `min` code points; only called while `length` is under twice the limit. */
export declare function tooShort(value: string, min: number): boolean;
/** Records that a string is shorter than `min` code points. */
export declare function shortFail(
  c: Ctx,
  path: PathSegment[],
  min: number,
  value: string,
): false;
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
export declare function notMultipleOf(value: number, divisor: number): boolean;
/** `uniqueItems`: records an issue at the first item equal, as JSON, to an earlier one; returns the new `ok`. */
export declare function unique(
  c: Ctx,
  path: PathSegment[],
  items: readonly unknown[],
  ok: boolean,
): boolean;
/**
 * The first item equal, as JSON, to an earlier one: `[earlier, item]` indexes, or undefined.
 * Objects and arrays are compared by a canonical text (keys sorted), so the cost grows with
 * the array's size, not with its square; an item nested deeper than `maxDepth` is taken as
 * distinct.
 */
export declare function firstRepeat(
  items: readonly unknown[],
  maxDepth: number,
): [number, number] | undefined;
/**
 * Issues recorded in one run past which array loops stop: a sparse array of length 1e7
 * (or ten million wrong items) costs a bounded amount of time and memory, not one issue each.
 */
export declare const MAX_ISSUES = 1000;
/** True once a run has recorded `MAX_ISSUES` issues; checked by array loops after a failed item. */
export declare function full(c: Ctx): boolean;
/** Puts `segments` in front of the paths of the issues recorded since `mark`. */
export declare function at(
  c: Ctx,
  mark: number,
  ...segments: PathSegment[]
): void;
/** True while no error (warnings aside) was recorded since `mark`. */
export declare function clean(c: Ctx, mark: number): boolean;
/**
 * Entered one more object level; false past `maxDepth`. Then the run enters no object
 * again: an object that holds itself twice (`card.replaced_by = card.replacement_for =
 * card`) would otherwise be walked 2^maxDepth times. The tests `is` runs call this alone.
 */
export declare function enter(c: Depth): boolean;
/**
 * `enter`, for the checks: the first time past `maxDepth` records an issue. Written out
 * rather than calling `enter`: a bundle of `validate<Type>` then needs only this one.
 */
export declare function deeper(c: Ctx): boolean;
/** Whether every own key of `value` is `known`: the test of an object whose spec says `additionalProperties: false`. */
export declare function onlyKnown(
  value: Record<string, unknown>,
  known: ReadonlySet<string>,
): boolean;
/** Unknown keys, when `unknownKeys: "reject"` or the spec says `additionalProperties: false`; returns the new `ok`. */
export declare function unknownKeys(
  c: Ctx,
  path: PathSegment[],
  value: Record<string, unknown>,
  known: ReadonlySet<string>,
  ok: boolean,
): boolean;
/**
 * A union that the type of the value can't settle: the first member that accepts it
 * wins (its warnings kept). When none does, the issues of the *nearest* member stand for
 * the union's: the one member that took the value's type and fails with the fewest
 * issues (for `anyOf`, mending them makes the value valid). Where no member took it, or
 * two come equally near, one issue names what was expected.
 */
export declare function anyOf(
  c: Ctx,
  members: readonly Check[],
  expected: readonly string[],
  value: unknown,
  exclusive?: boolean,
): boolean;
/**
 * `anyOf` for the tests `is` runs: true when a member accepts the value (exactly one, for
 * `oneOf`). A test that fails returns at once, leaving the object levels it entered
 * counted: each member starts at the depth the union was entered at.
 */
export declare function anyOfTest(
  c: Depth,
  members: readonly Test[],
  value: unknown,
  exclusive?: boolean,
): boolean;
/** The branch key of a polymorphic payload: its `object`, with `#deleted` for deletion stubs. */
export declare function branchKey(
  value: Record<string, unknown>,
): string | undefined;
export declare const isArray: (value: unknown) => value is unknown[];
export declare const isInt: (value: unknown) => boolean;
export declare function isNum(value: unknown): value is number;
/** An enum's values, for `has()` checks. */
export declare function set<T>(values: readonly T[]): ReadonlySet<T>;
/** A spec `pattern`, compiled once per module with the `u` flag as JSON Schema expects. */
export declare function regex(source: string): RegExp;
/** Reads `value[key]` for a key of a map, where `__proto__` must be read as an own property. */
export declare function entry(
  value: Record<string, unknown>,
  key: string,
): unknown;
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
export declare function branches(members: () => readonly Branch[]): Check;
/** A member of a dispatched union, for the test: its module's test, and its `object` value (with `#deleted`). */
type TestBranch = readonly [test: Test, branch: string];
/** `branches` for the tests `is` runs (strict): a payload whose `object` names no branch is not valid. */
export declare function branchTests(members: () => readonly TestBranch[]): Test;
export {};
