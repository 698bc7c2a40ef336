import type { IrNode } from "./types.js";

/** A JSON type a schema's `type` names, null aside. */
export type TypeName = "string" | "integer" | "number" | "boolean" | "array" | "object";

/**
 * Whether every value of `node` other than null has the JSON type `type` (an integer is a
 * number too): a reference's target must, and every member of a union; `{}` holds values of
 * every type, so it has none alone. Unions that refer back to themselves are refused before
 * this runs (refs.ts), so a reference seen twice on one path is not followed again.
 */
export function onlyOfType(node: IrNode, type: TypeName, schemaNode: (name: string) => IrNode, seen: ReadonlySet<string> = new Set()): boolean {
  switch (node.kind) {
    case "ref":
      return !seen.has(node.target) && onlyOfType(schemaNode(node.target), type, schemaNode, new Set([...seen, node.target]));
    case "union":
      return node.members.every((member) => onlyOfType(member, type, schemaNode, seen));
    case "unknown":
      return false;
    case "number":
      return type === "number" || (type === "integer" && node.integer);
    case "enum":
      return node.base === type || (type === "number" && node.base === "integer");
    default:
      return node.kind === type;
  }
}
