import type { Issue, PathSegment, RawIssue } from "./api.js";
/** The type of a value as messages name it: `string`, `integer`, `null`, `array`, `NaN`, … */
export declare function typeName(value: unknown): string;
export declare function pointer(path: readonly PathSegment[]): string;
/** The English message of an issue: every code's, whether or not the issue carries its words. */
export declare function describe(issue: RawIssue): string;
/** A full `Issue` from a recorded one. */
export declare function toIssue(raw: RawIssue): Issue;
