/**
 * Ecto-style changesets. `cast` keeps the permitted params, converts what form-like input
 * allows and keeps what differs from the data as `changes`, embedded objects as nested
 * changesets (`cast_embed`); then the schema's compiled check runs once over the data
 * with the changes applied, and its issues become errors of the changeset they belong to:
 * for fields that changed, and required fields whether they changed or not.
 */
import type { Changeset, ChangesetOptions, FieldError, Shaped } from "./api.js";
import { define } from "./cast.js";
export { define };
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
