/** The runtime every generated schema module shares. */
export {
  defineSchema,
  type Definition,
  type Result,
  type SchemaModule,
  type ValidateOptions,
} from "./schema.js";
export {
  applyAction,
  applyChanges,
  traverseErrors,
  type Changeset,
  type ChangesetOptions,
  type Errors,
  type FieldError,
} from "./changeset.js";
export { describe, pointer, type Issue, type IssueCode } from "./issues.js";
export type { Expanded } from "./expanded.js";
export type { StandardSchemaV1 } from "./standard-schema.js";
export type { Shape } from "./shape.js";
