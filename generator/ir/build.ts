import { GenerationError, pointerTo } from "../errors.js";
import { describeValue, fail, isObject, type Context } from "./context.js";
import { assignNames, compareNames } from "./names.js";
import { onlyOfType } from "./member-types.js";
import { MAX_MERGES } from "./merge.js";
import { toNode } from "./node.js";
import { holdsNull } from "./nulls.js";
import { collectRefs, rejectRefCycles } from "./refs.js";
import type { IrDocument, IrNode, IrSchema } from "./types.js";

export { MAX_DEPTH } from "./node.js";
export { collectRefs } from "./refs.js";

const SCHEMAS = "/components/schemas";
/** Schema nodes one document may expand to: Stripe's spec has about 1% of this. */
export const MAX_NODES = 1_000_000;

/**
 * Turns a parsed OpenAPI 3.x document into the IR, checking as it goes: every `$ref`
 * resolves, every `type` is known, every `required` name exists. Errors carry the file
 * and the JSON pointer of the offending schema.
 */
export function buildIr(spec: unknown, file: string): IrDocument {
  if (!isObject(spec)) {
    throw new GenerationError(`The spec is ${describeValue(spec)}, not an OpenAPI document`, { file }, "Pass an OpenAPI 3 document: an object with `openapi` and `components`");
  }
  const openapi = spec.openapi;
  if (typeof openapi !== "string" || !/^3\.[01]\.\d+/.test(openapi)) throw notOpenApi(spec, file);
  const info = isObject(spec.info) ? spec.info : {};
  const components = spec.components;
  if (!isObject(components) || !isObject(components.schemas)) {
    const pointer = isObject(components) ? "/components" : undefined;
    throw new GenerationError("The spec has no `components.schemas`", { file, ...(pointer ? { pointer } : {}) }, "Nothing to generate: add component schemas");
  }
  const schemas = components.schemas;
  if (Object.keys(schemas).length === 0) throw new GenerationError("The spec's `components.schemas` is empty", { file, pointer: SCHEMAS }, "Nothing to generate: add component schemas");
  const context: Context = { file, schemas, budget: MAX_NODES, merges: MAX_MERGES, jsonSchema: openapi.startsWith("3.1"), nullMembers: [], typedUnions: [], origins: new WeakMap(), moved: new Map(), notes: [] };
  const { named, renames } = assignNames(Object.keys(schemas));

  // A problem in one schema doesn't stop the others being read: the error lists them all.
  const problems: GenerationError[] = [];
  const built: IrSchema[] = named.flatMap(({ name, typeName, fileName }) => {
    const pointer = pointerTo(SCHEMAS, name);
    let node: IrNode;
    try {
      node = toNode(context, schemas[name], pointer, 0);
    } catch (error) {
      if (!(error instanceof GenerationError)) throw error;
      problems.push(error);
      // Past a budget, every schema after would fail the same way.
      if (context.budget < 0 || context.merges < 0) throw listed(problems);
      return [];
    }
    const refs = new Set<string>();
    collectRefs(node, refs);
    const schema: IrSchema = { name, typeName, fileName, pointer, node, refs: [...refs].sort(compareNames) };
    const discriminator = discriminatorOf(node);
    if (discriminator) schema.discriminator = discriminator;
    return [schema];
  });
  if (problems.length > 0) throw listed(problems);
  rejectRefCycles(built, file);
  const nodes = new Map(built.map((schema) => [schema.name, schema.node]));
  for (const { pointer, members } of context.nullMembers) {
    if (members.some((member) => holdsNull(member, (name) => nodes.get(name)!))) {
      fail(context, "`oneOf` has a null member and another member that holds null too, so null is never exactly one member", pointer, 'Remove { type: "null" }, or the other member\'s null');
    }
  }
  const schemaNode = (name: string) => nodes.get(name)!;
  for (const { pointer, keyword, type, nullable, members } of context.typedUnions) {
    for (const member of members) {
      const other = !onlyOfType(member, type, schemaNode) ? "values of another type" : !nullable && holdsNull(member, schemaNode) ? "null" : undefined;
      if (other === undefined) continue;
      fail(
        context,
        `\`type: ${type}\` beside \`${keyword}\` is not supported where a member holds ${other} (#${member.pointer}): the validators would enforce only the \`${keyword}\``,
        pointer,
        `Remove \`type\` and let the members say what the values are, or give every member type ${type}`,
      );
    }
  }
  return {
    title: typeof info.title === "string" ? info.title : "API",
    version: typeof info.version === "string" ? info.version : "0.0.0",
    openapi,
    schemas: built,
    renames,
    notes: context.notes,
  };
}

/** The first problem, with the others listed after it. */
function listed(problems: readonly GenerationError[]): GenerationError {
  return problems[0]!.with(problems.slice(1));
}

function notOpenApi(spec: Record<string, unknown>, file: string): GenerationError {
  const { openapi, swagger } = spec;
  if (openapi === undefined && swagger !== undefined) {
    return new GenerationError(`Not an OpenAPI 3 document (found swagger ${JSON.stringify(swagger)})`, { file, pointer: "/swagger" }, "Convert Swagger 2.0 to OpenAPI 3 first (e.g. with swagger2openapi)");
  }
  const hint = 'gen-schemas reads OpenAPI 3.0 and 3.1 documents, which start with openapi: "3.0.x" or "3.1.x"';
  if (openapi === undefined) return new GenerationError("Not an OpenAPI 3 document (no `openapi` field)", { file }, hint);
  return new GenerationError(`Not an OpenAPI 3 document (found openapi ${JSON.stringify(openapi)})`, { file, pointer: "/openapi" }, hint);
}

function discriminatorOf(node: IrNode): IrSchema["discriminator"] {
  if (node.kind !== "object") return undefined;
  const object = node.properties.find((property) => property.name === "object");
  if (!object || !object.required || object.node.kind !== "enum" || object.node.values.length !== 1 || typeof object.node.values[0] !== "string") return undefined;
  const deleted = node.properties.find((property) => property.name === "deleted");
  const isDeleted = deleted !== undefined && deleted.required && deleted.node.kind === "enum" && deleted.node.values.length === 1 && deleted.node.values[0] === true;
  return { object: object.node.values[0], deleted: isDeleted };
}
