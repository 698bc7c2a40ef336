export { defineSchema } from "./schema.js";
export { applyAction, applyChanges, traverseErrors } from "./changeset.js";
export { describe, pointer } from "./issues.js";
