/** The runtime every generated schema module shares. */
export type { Changeset, ChangesetOptions, CheckOptions, Errors, FieldError, Issue, IssueCode, Result, SchemaModule, Shape, ValidateOptions } from "./api.js";
export { defineSchema, type Definition } from "./schema.js";
export { applyAction, applyChanges, traverseErrors } from "./changeset.js";
export { describe, pointer } from "./issues.js";
export type { Expanded } from "./expanded.js";
export type { StandardSchemaV1 } from "./standard-schema.js";
