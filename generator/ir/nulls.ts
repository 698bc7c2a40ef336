import type { IrNode } from "./types.js";

/**
 * Whether `null` is a value of `node`: it is nullable or any value, or a union holds null
 * (`oneOf` only when exactly one member does), or a reference's target does. Each union
 * member is followed on its own path, as two members may refer to one schema.
 */
export function holdsNull(node: IrNode, schemaNode: (name: string) => IrNode, seen: ReadonlySet<string> = new Set()): boolean {
  if (node.nullable || node.kind === "unknown") return true;
  if (node.kind === "union") {
    const holders = node.members.filter((member) => holdsNull(member, schemaNode, seen)).length;
    return node.exclusive === true ? holders === 1 : holders > 0;
  }
  if (node.kind !== "ref" || seen.has(node.target)) return false;
  return holdsNull(schemaNode(node.target), schemaNode, new Set([...seen, node.target]));
}
