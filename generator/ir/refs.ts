import { GenerationError } from "../errors.js";
import { fail, type Context } from "./context.js";
import type { IrNode, IrSchema } from "./types.js";

export const REF_PREFIX = "#/components/schemas/";

/** The component name a `$ref` names; only `#/components/schemas/<name>` refs are followed. */
export function resolveRef(context: Context, ref: string, pointer: string): string {
  if (!ref.startsWith("#")) {
    fail(context, `External $ref "${ref}" is not supported`, pointer, "Bundle the spec into one file first (e.g. `redocly bundle`)");
  }
  const encoded = ref.slice(REF_PREFIX.length);
  if (!ref.startsWith(REF_PREFIX) || encoded.includes("/")) {
    fail(context, `Can't resolve $ref "${ref}"`, pointer, `Only component schemas can be referenced: "${REF_PREFIX}<name>"`);
  }
  let name: string;
  try {
    name = decodeURIComponent(encoded).replace(/~1/g, "/").replace(/~0/g, "~");
  } catch {
    fail(context, `Can't resolve $ref "${ref}": malformed %-escape`, pointer, "Percent-encode the name correctly, or not at all");
  }
  if (!Object.hasOwn(context.schemas, name)) {
    fail(context, `Can't resolve $ref "${ref}"`, pointer, `There is no component schema "${name}": check the name`);
  }
  return name;
}

/** Every spec name a node refers to. */
export function collectRefs(node: IrNode, into: Set<string>): void {
  switch (node.kind) {
    case "ref":
      into.add(node.target);
      return;
    case "array":
      collectRefs(node.items, into);
      return;
    case "union":
      for (const member of node.members) collectRefs(member, into);
      return;
    case "object":
      for (const property of node.properties) collectRefs(property.node, into);
      if (typeof node.additional !== "boolean") collectRefs(node.additional, into);
      return;
    default:
      return;
  }
}

/** The schemas a node stands for without any object or array in between (`$ref`s, union members). */
function aliases(node: IrNode, into: string[]): string[] {
  if (node.kind === "ref") into.push(node.target);
  if (node.kind === "union") for (const member of node.members) aliases(member, into);
  return into;
}

/**
 * `A: { $ref: B }`, `B: { $ref: A }` (or `A: { anyOf: [B, …] }`, `B: { anyOf: [A, …] }`)
 * describes no value TypeScript can name and would send a validator round forever:
 * refuse the first such cycle, by name. Iterative, so long chains of refs are fine.
 */
export function rejectRefCycles(schemas: readonly IrSchema[], file: string): void {
  const byName = new Map(schemas.map((schema) => [schema.name, schema]));
  const edges = new Map(schemas.map((schema) => [schema.name, [...new Set(aliases(schema.node, []))]]));
  const state = new Map<string, "open" | "done">();
  for (const start of schemas) {
    if (state.has(start.name)) continue;
    const path: { name: string; next: number }[] = [{ name: start.name, next: 0 }];
    state.set(start.name, "open");
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const target = edges.get(top.name)![top.next++];
      if (target === undefined) {
        state.set(top.name, "done");
        path.pop();
      } else if (state.get(target) === "open") {
        const cycle = [...path.slice(path.findIndex((step) => step.name === target)).map((step) => step.name), target];
        throw new GenerationError(
          `$ref cycle with no object or array in between: ${cycle.join(" → ")}`,
          { file, pointer: byName.get(cycle[0]!)!.pointer },
          "Give one schema of the cycle a real type (an object or an array), or break the cycle",
        );
      } else if (!state.has(target)) {
        state.set(target, "open");
        path.push({ name: target, next: 0 });
      }
    }
  }
}
