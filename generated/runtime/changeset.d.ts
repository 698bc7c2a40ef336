import { type Issue } from "./issues.js";
import { type Shaped } from "./shape.js";
/** One error of a field, as Ecto keeps them: a message and what validation said it. */
export interface FieldError {
  message: string;
  validation:
    | "required"
    | "cast"
    | "inclusion"
    | "length"
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
  /** Cast values that differ from `data`; embedded objects hold nested changesets. */
  changes: {
    [K in keyof T]?: unknown;
  };
  errors: Errors;
  /** Lenient mode's warnings (missing required fields, unknown enum values). */
  warnings: Issue[];
  valid: boolean;
  action?: string;
}
export interface ChangesetOptions {
  /** Cast only these fields (Ecto's `permitted`); default every property of the schema. */
  permit?: readonly string[];
  /** `"lenient"`: missing required fields and unknown enum values become warnings. */
  mode?: "strict" | "lenient";
  /** `"date"`: `format: unix-time` fields come out as `Date` in `changes`; default seconds. */
  dates?: "unix" | "date";
  maxDepth?: number;
}
/** Where errors that belong to no field go: params that are not an object, or could not be read. */
export declare const BASE = "_params";
export declare function changeset<T>(
  schema: Shaped,
  data: unknown,
  params: unknown,
  options?: ChangesetOptions,
): Changeset<T>;
/** `data` with `changes` applied, nested changesets included. */
export declare function applyChanges<T>(cs: Changeset<T>): T;
/** Ecto's `apply_action`: the applied data when valid, else the changeset with its action set. */
export declare function applyAction<T>(
  cs: Changeset<T>,
  action: string,
):
  | {
      ok: true;
      value: T;
    }
  | {
      ok: false;
      changeset: Changeset<T>;
    };
/** Ecto's `traverse_errors`: each error mapped by `fn`, nested like the errors. */
export declare function traverseErrors<T, R>(
  cs: Changeset<T>,
  fn: (error: FieldError, path: (string | number)[]) => R,
): Record<string, unknown>;
/** Sets an own property whatever the key (`__proto__` included), never touching a prototype. */
export declare function define(
  target: object,
  key: string,
  value: unknown,
): void;
