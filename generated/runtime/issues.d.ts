import type { Issue, PathSegment, RawIssue } from "./api.js";
/** The type of a value as messages name it: `string`, `integer`, `null`, `array`, `NaN`, … */
export declare function typeName(value: unknown): string;
export declare function pointer(path: readonly PathSegment[]): string;
/**
 * The keyword and limit of a bound issue's `expected`: `{ minimum: 1 }`, `{ exclusiveMaximum: 10 }`,
 * `{ minItems: 2 }`, `{ maxProperties: 5 }`, …
 */
export declare function limitOf(
  expected: unknown,
): [keyword: string, limit: number];
/** The English message of an issue: the only place issues become words. */
export declare function describe(issue: RawIssue): string;
/** A full `Issue` from a recorded one. */
export declare function toIssue(raw: RawIssue): Issue;
