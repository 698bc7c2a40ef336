/**
 * The types of the runtime's API: what a schema module is, what validation and changesets
 * return, and the shape and check a module carries. Types only, in one file: the
 * declaration of every schema module and of the registry imports this file and nothing
 * else of the runtime, so a consumer's type-check reads one small file, not the
 * declarations of the runtime's functions.
 */
import type { StandardSchemaV1 } from "./standard-schema.js";
/** What went wrong, as data. `message` is made from the rest by `describe()`. */
export type IssueCode =
  | "required"
  | "invalid_type"
  | "invalid_enum"
  | "too_long"
  | "too_short"
  | "too_small"
  | "too_big"
  | "not_multiple"
  | "too_few"
  | "too_many"
  | "not_unique"
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
  /** The words of a limit's issue (limit-words.ts), carried so that only modules checking limits bundle them. */
  words?: IssueWords;
}
/** How an issue reads: its message, and its error in a changeset (without the path below the field). */
export interface IssueWords {
  message(issue: RawIssue): string;
  fieldError(issue: RawIssue): FieldError;
}
export type Result<T> =
  | {
      ok: true;
      value: T;
      warnings?: Issue[];
    }
  | {
      ok: false;
      issues: Issue[];
    };
export interface ValidateOptions {
  /** `"lenient"`: missing required fields and unknown enum values become `warnings`, so data of another API version loads. */
  mode?: "strict" | "lenient";
  /** Keys the schema does not declare: kept (default, Stripe adds fields), stripped from a copy, or rejected. */
  unknownKeys?: "passthrough" | "strip" | "reject";
  /** Deepest object nesting accepted (default 256); deeper input, cycles included, is an issue. */
  maxDepth?: number;
}
/**
 * The options of a module's standalone `validate<Type>`: `ValidateOptions` but stripping,
 * which needs the schema's shape and so the schema module (`<Type>.validate`).
 */
export interface CheckOptions extends Omit<ValidateOptions, "unknownKeys"> {
  /** Keys the schema does not declare: kept (default) or rejected. */
  unknownKeys?: "passthrough" | "reject";
}
/** What every generated schema module exports as its value. */
export interface SchemaModule<T> extends Shaped {
  /** Checks `input` against the schema without converting anything; never throws. */
  validate(input: unknown, options?: ValidateOptions): Result<T>;
  /** A type guard with the same rules as `validate`. */
  is(input: unknown): input is T;
  /** Casts `params` onto `data` Ecto-style: permitted fields, conversions, changes, errors per field. */
  changeset(
    data: Partial<T> | undefined,
    params: unknown,
    options?: ChangesetOptions,
  ): Changeset<T>;
  readonly "~standard": StandardSchemaV1.Props<T, T>;
}
/** One error of a field, as Ecto keeps them: a message and what validation said it. */
export interface FieldError {
  message: string;
  validation:
    | "required"
    | "cast"
    | "inclusion"
    | "length"
    | "number"
    | "unique"
    | "format"
    | "too_deep"
    | "exception";
  /** Where below the field the problem is, for lists and maps of scalars: `["tags", 2]`. */
  path?: (string | number)[];
  [key: string]: unknown;
}
/** Errors per field: a list, or nested errors of an embedded object, or one map per item of an embedded list. */
export interface Errors {
  [field: string]: FieldError[] | Errors | Errors[];
}
export interface Changeset<T> {
  /** The data the changeset started from. */
  data: Partial<T>;
  /** The params as given. */
  params: Record<string, unknown>;
  /**
   * Cast values that differ from `data`; embedded objects hold nested changesets. A
   * change to `undefined` removes the field (`null` given for a field that can't be null).
   */
  changes: {
    [K in keyof T]?: unknown;
  };
  errors: Errors;
  /** Lenient mode's warnings (missing required fields, unknown enum values), paths from this changeset. */
  warnings: Issue[];
  valid: boolean;
  /** `applyAction`'s action; nested changesets say `"insert"` (new object) or `"update"`. */
  action?: string;
}
export interface ChangesetOptions {
  /** Cast only these fields (Ecto's `permitted`); default every property of the schema. Embedded objects cast all of theirs. */
  permit?: readonly string[];
  /** `"lenient"`: missing required fields and unknown enum values become warnings. */
  mode?: "strict" | "lenient";
  /** `"date"`: `format: unix-time` fields come out as `Date` in `changes`; default seconds. */
  dates?: "unix" | "date";
  maxDepth?: number;
}
/**
 * The state of one validation run, passed to every generated `check(value, c)`.
 * Checks record issues with paths relative to the value they look at; the caller
 * puts its own key in front (`at`), so nothing is allocated on the success path.
 */
export interface Ctx extends Depth {
  issues: RawIssue[];
  lenient: boolean;
  reject: boolean;
}
export type Check = (value: unknown, c: Ctx) => boolean;
/** How deep a run has gone into objects: all a generated `test(value, c)` keeps track of. */
export interface Depth {
  depth: number;
  maxDepth: number;
  /** Set once nesting passed `maxDepth`: from then on no object is entered, so a cycle is walked once, not on every branch. */
  tooDeep: boolean;
}
/** A schema's check without issues, for `is`: strict, unknown keys allowed; it returns at the first failure. */
export type Test = (value: unknown, c: Depth) => boolean;
/**
 * What changesets and `unknownKeys: "strip"` need to know of a schema: which fields
 * there are and how to cast them. Validation itself is compiled into each module's check.
 */
export type Shape =
  | {
      k: "string";
      n?: 1;
      fmt?: string;
    }
  | {
      k: "integer" | "number";
      n?: 1;
      fmt?: string;
    }
  | {
      k: "boolean";
      n?: 1;
    }
  | {
      k: "enum";
      n?: 1;
      values: readonly (string | number | boolean)[];
      open?: 1;
    }
  | {
      k: "array";
      n?: 1;
      items: Shape; /** `uniqueItems`: whether two items are equal, for strip. */
      u?: (items: readonly unknown[]) => boolean;
    }
  | {
      k: "object";
      n?: 1;
      props: Readonly<Record<string, Field>>;
      extra?: Shape; /** `minProperties`, where strip could go below it. */
      min?: number;
    }
  | {
      k: "ref";
      n?: 1;
      to: Shaped;
    }
  | {
      k: "union";
      n?: 1;
      of: readonly Shape[]; /** oneOf: exactly one member matches. */
      x?: 1;
    }
  | {
      k: "unknown";
      n?: 1;
    };
export interface Field {
  /** Required by the spec. */
  r?: 1;
  s: Shape;
}
/** The part of a schema module the runtime works with. */
export interface Shaped {
  readonly name: string;
  readonly check: Check;
  readonly shape: Shape;
  /** The `object` value (with `#deleted`) a payload of this schema carries, when the spec fixes it. */
  readonly branch?: string;
}
