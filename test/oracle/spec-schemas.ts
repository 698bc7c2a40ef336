import { readFile } from "node:fs/promises";
import { load } from "js-yaml";

/** A schema object as the spec has it. */
export type SpecSchema = Record<string, unknown>;

const REF_PREFIX = "#/components/schemas/";

/** `components.schemas` of a JSON or YAML spec file, read without the generator's loader. */
export async function specSchemas(spec: string): Promise<Record<string, SpecSchema>> {
  const text = await readFile(spec, "utf8");
  const document = (spec.endsWith(".json") ? JSON.parse(text) : load(text)) as { components: { schemas: Record<string, SpecSchema> } };
  return document.components.schemas;
}

/**
 * A schema and its inline subschemas (properties, items, additionalProperties, the
 * members of anyOf/oneOf/allOf), stopping at each `$ref`; `refs` gets the names referred to.
 */
export function ownSubschemas(schema: unknown, refs: Set<string> = new Set()): SpecSchema[] {
  if (!isObject(schema)) return [];
  if (typeof schema.$ref === "string") {
    refs.add(refName(schema.$ref));
    return [];
  }
  const children: unknown[] = [];
  if (isObject(schema.properties)) children.push(...Object.values(schema.properties));
  if (isObject(schema.additionalProperties)) children.push(schema.additionalProperties);
  if (schema.items !== undefined) children.push(schema.items);
  for (const keyword of ["anyOf", "oneOf", "allOf"]) {
    const members = schema[keyword];
    if (Array.isArray(members)) children.push(...members);
  }
  return [schema, ...children.flatMap((child) => ownSubschemas(child, refs))];
}

/**
 * The names of the schemas that contain, inline, a subschema `has` accepts (`own`), and
 * of those that reach one through references (`reaching`, a superset).
 */
export function schemasWith(schemas: Record<string, SpecSchema>, has: (schema: SpecSchema) => boolean): { own: Set<string>; reaching: Set<string> } {
  const own = new Set<string>();
  const refsOf = new Map<string, Set<string>>();
  for (const [name, schema] of Object.entries(schemas)) {
    const refs = new Set<string>();
    if (ownSubschemas(schema, refs).some(has)) own.add(name);
    refsOf.set(name, refs);
  }
  const reaching = new Set(own);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, refs] of refsOf) {
      if (reaching.has(name) || ![...refs].some((ref) => reaching.has(ref))) continue;
      reaching.add(name);
      grew = true;
    }
  }
  return { own, reaching };
}

function refName(ref: string): string {
  if (!ref.startsWith(REF_PREFIX)) throw new Error(`Unexpected $ref "${ref}": the oracle knows only "${REF_PREFIX}<name>"`);
  return decodeURIComponent(ref.slice(REF_PREFIX.length)).replace(/~1/g, "/").replace(/~0/g, "~");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
