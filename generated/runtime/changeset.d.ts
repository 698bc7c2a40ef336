/**
 * Ecto-style changesets. `cast` keeps the permitted params, converts what form-like input
 * allows and keeps what differs from the data as `changes`, embedded objects as nested
 * changesets (`cast_embed`); then the schema's compiled check runs once over the data
 * with the changes applied, and its issues become errors of the changeset they belong to:
 * for fields that changed, and required fields whether they changed or not.
 */
import { define } from "./cast.js";
import { type Issue } from "./issues.js";
import { type Shaped } from "./shape.js";
export { define };
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
/** Where errors that belong to no field go: params that are not an object, an embedded object as a whole. */
export declare const BASE = "_params";
export declare function changeset<T>(
  schema: Shaped,
  data: unknown,
  params: unknown,
  options?: ChangesetOptions,
): Changeset<T>;
/** Ecto's `apply_changes`: `data` with `changes` applied, nested changesets included. */
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
/** Ecto's `traverse_errors`: each error mapped by `fn` (with its path of fields and indexes), nested like the errors. */
export declare function traverseErrors<T, R>(
  cs: Changeset<T>,
  fn: (error: FieldError, path: (string | number)[]) => R,
): Record<string, unknown>;
