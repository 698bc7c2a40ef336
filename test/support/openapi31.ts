/**
 * An OpenAPI 3.0 document rewritten in OpenAPI 3.1's words, meaning the same as
 * gen-schemas reads the 3.0 one, so the two must generate the same validators and types:
 * - `nullable: true` becomes a null type: `type: ["string", "null"]` (an enum lists null
 *   too, as JSON Schema wants), a `{ type: "null" }` member of `anyOf` (a `oneOf`, or a
 *   `$ref`, is wrapped in one: `anyOf: [{ oneOf: […] }, { type: "null" }]`), or nothing
 *   for a schema of any value;
 * - an enum that lists null gets `"null"` in its type, as gen-schemas reads it nullable;
 * - 3.0's boolean `exclusiveMinimum: true` beside `minimum` becomes 3.1's number;
 * - beside a `$ref`, only `description` stays (3.0 ignores the rest; 3.1 would apply it).
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [keyword: string]: Json };

export function toOpenApi31<T extends { openapi: string; components: { schemas: Record<string, Schema> } }>(document: T): T {
  const schemas = Object.fromEntries(Object.entries(document.components.schemas).map(([name, schema]) => [name, rewrite(schema)]));
  return { ...document, openapi: "3.1.0", components: { ...document.components, schemas } };
}

function isSchema(value: Json | undefined): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function rewrite(value: Json): Json {
  if (!isSchema(value)) return value;
  const { nullable, ...schema } = value;
  const nullMember: Schema = { type: "null" };
  if (typeof schema.$ref === "string") {
    const described: Schema = schema.description === undefined ? {} : { description: schema.description };
    return nullable === true ? { anyOf: [{ $ref: schema.$ref }, nullMember], ...described } : { $ref: schema.$ref, ...described };
  }
  if (isSchema(schema.properties)) schema.properties = Object.fromEntries(Object.entries(schema.properties).map(([name, child]) => [name, rewrite(child)]));
  for (const keyword of ["items", "additionalProperties"] as const) {
    if (isSchema(schema[keyword])) schema[keyword] = rewrite(schema[keyword]);
  }
  for (const keyword of ["anyOf", "oneOf", "allOf"] as const) {
    const members = schema[keyword];
    if (Array.isArray(members)) schema[keyword] = members.map(rewrite);
  }
  for (const [exclusive, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]] as const) {
    if (schema[exclusive] === false) delete schema[exclusive];
    if (schema[exclusive] === true) {
      schema[exclusive] = schema[bound]!;
      delete schema[bound];
    }
  }
  const union = (["anyOf", "oneOf", "allOf"] as const).find((keyword) => schema[keyword] !== undefined);
  if (union !== undefined) {
    if (nullable !== true) return schema;
    if (union === "anyOf") return { ...schema, anyOf: [...(schema.anyOf as Json[]), nullMember] };
    const { description, ...inner } = schema;
    return { anyOf: [inner, nullMember], ...(description === undefined ? {} : { description }) };
  }
  const enumValues = schema.enum;
  const holdsNull = nullable === true || (Array.isArray(enumValues) && enumValues.includes(null));
  if (!holdsNull) return schema;
  if (Array.isArray(enumValues) && !enumValues.includes(null)) schema.enum = [...enumValues, null];
  const type = typeof schema.type === "string" ? schema.type : schema.properties !== undefined || schema.additionalProperties !== undefined ? "object" : schema.items !== undefined ? "array" : undefined;
  if (type !== undefined) schema.type = [type, "null"];
  return schema;
}
