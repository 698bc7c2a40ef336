import type { IrNode } from "../ir/types.js";

const LISTED_ENUM_VALUES = 3;

/** A node's type in a few words for the report: `string`, `integer`, `"a" | "b"`, `array of charge`, `portal_flows_flow | null`. */
export function sketch(node: IrNode, withNull = true): string {
  const text = bare(node);
  return withNull && node.nullable ? `${text} | null` : text;
}

function bare(node: IrNode): string {
  switch (node.kind) {
    case "string":
    case "boolean":
    case "object":
    case "unknown":
      return node.kind;
    case "number":
      return node.integer ? "integer" : "number";
    case "enum": {
      const open = node.open ? " (open)" : "";
      if (node.values.length > LISTED_ENUM_VALUES) return `enum of ${node.values.length} ${node.base}s${open}`;
      return node.values.map((value) => JSON.stringify(value)).join(" | ") + open;
    }
    case "array": {
      const items = sketch(node.items);
      return `array of ${node.items.kind === "union" || node.items.nullable ? `(${items})` : items}`;
    }
    case "union":
      return node.members.map((member) => sketch(member)).join(" | ");
    case "ref":
      return node.target;
  }
}
