/** What went wrong, as data. `message` is made from the rest in one place: `describe()`. */
export type IssueCode =
  | "required"
  | "invalid_type"
  | "invalid_enum"
  | "too_long"
  | "pattern"
  | "invalid_union"
  | "unrecognized_key"
  | "too_deep"
  | "exception";
export type PathSegment = string | number;
export interface Issue {
  code: IssueCode;
  path: PathSegment[];
  /** RFC 6901 JSON pointer of `path`: `/flow/after_completion/type`. */
  pointer: string;
  message: string;
  expected?: unknown;
  received?: unknown;
}
/** An issue as the checks record it; `pointer` and `message` are added only when someone looks. */
export interface RawIssue {
  code: IssueCode;
  path: PathSegment[];
  expected?: unknown;
  received?: unknown;
  /** Lenient mode turns some issues into warnings: recorded, but the value is valid. */
  warning?: boolean;
}
/** The type of a value as messages name it: `string`, `integer`, `null`, `array`, `NaN`, … */
export declare function typeName(value: unknown): string;
export declare function pointer(path: readonly PathSegment[]): string;
/** The English message of an issue: the only place issues become words. */
export declare function describe(issue: RawIssue): string;
/** A full `Issue` from a recorded one. */
export declare function toIssue(raw: RawIssue): Issue;
