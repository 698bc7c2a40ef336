import type { SourceFileStructure, StatementStructures, WriterFunction } from "ts-morph";
import { printStructure, StructureKind } from "./ts-morph.js";
import type { IrNode, IrObject, IrSchema } from "../ir/types.js";
import { assignment } from "./layout.js";
import { doc, ident, key, literal } from "./quote.js";
import { raw, reference, union, type PropertyExpr, type TypeExpr } from "./type-expr.js";

/** How a types file refers to other schemas: spec name → type name and file. */
export interface TypeLookup {
  typeName(specName: string): string;
  fileName(specName: string): string;
  /** Type `x-stripeBypassValidation` enums as open (`| (string & {})`); default true. */
  openEnums?: boolean;
}

/**
 * The types file of one schema: imports of exactly the types it references, then a type
 * alias, docs kept. Not an interface for objects: nearly every object has a property typed
 * by a union, which makes tsc give an interface a `this` type and instantiate its members
 * with it. An alias is the plain object type, as openapi-typescript and hey-api print too.
 */
export function emitTypesFile(schema: IrSchema, lookup: TypeLookup): string {
  const statements: (StatementStructures | WriterFunction)[] = [];
  const own = schema.typeName;
  for (const target of schema.refs) {
    const name = lookup.typeName(target);
    if (name === own) continue;
    statements.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, namedImports: [name], moduleSpecifier: `./${lookup.fileName(target)}.js` });
  }
  // A blank line after the imports, as prettier keeps one and ts-morph adds none before a type alias.
  if (statements.length > 0) statements.push((writer) => writer.blankLine());
  statements.push(declaration(schema, lookup));
  return print(statements);
}

function print(statements: (StatementStructures | WriterFunction)[]): string {
  const file: SourceFileStructure = { kind: StructureKind.SourceFile, statements };
  return tidy(printStructure(file, { indentNumberOfSpaces: 2 }));
}

function declaration(schema: IrSchema, lookup: TypeLookup): StatementStructures {
  const { node } = schema;
  const docs = docsOf(node, schema.name);
  const type = typeOf(node, lookup);
  return {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: ident(schema.typeName),
    docs,
    type: writeType(`export type ${schema.typeName} =`, type, 0, ";"),
  };
}

/**
 * Lays a type out with `assignment()` and hands ts-morph the part between `head` and
 * `tail`. ts-morph re-indents continuation lines (base plus a hanging indent), but ours
 * already carry their final indentation, so each is marked with MARK for `tidy()` to
 * cut what ts-morph put in front of it.
 */
function writeType(head: string, type: TypeExpr, indent: number, tail: string): WriterFunction {
  const lines = assignment(head, type, indent, tail);
  const last = lines.length - 1;
  const body = lines.map((line, i) => {
    const text = i === last && line.endsWith(tail) ? line.slice(0, line.length - tail.length) : line;
    return i === 0 ? text.slice(head.length).trimStart() : MARK + text;
  });
  return (writer) => {
    writer.write(body.join("\n"));
  };
}

/** Can't occur in spec text that reaches a types file: `doc()` and `str()` escape control characters. */
const MARK = "\u0000";

/** Cuts ts-morph's indentation before marked lines and the space it leaves where a broken type starts. */
function tidy(text: string): string {
  return text.replace(/^[ \t]*\u0000/gm, "").replace(/[ \t]+$/gm, "");
}

function propertyExpr(name: string, optional: boolean, node: IrNode, lookup: TypeLookup): PropertyExpr {
  const docs = docsOf(node)[0];
  return { key: key(name), optional, docs, type: typeOf(node, lookup) };
}

/** The type of a node, `| null` included. */
export function typeOf(node: IrNode, lookup: TypeLookup): TypeExpr {
  const base = baseType(node, lookup);
  return node.nullable ? union([base, raw("null")]) : base;
}

function baseType(node: IrNode, lookup: TypeLookup): TypeExpr {
  switch (node.kind) {
    case "string":
      return raw("string");
    case "number":
      return raw("number");
    case "boolean":
      return raw("boolean");
    case "unknown":
      return raw("unknown");
    case "enum": {
      const values = node.values.map((value) => raw(literal(value)));
      return union(node.open && lookup.openEnums !== false ? [...values, raw("(string & {})")] : values);
    }
    case "array":
      return { t: "array", of: typeOf(node.items, lookup) };
    case "ref":
      return reference(lookup.typeName(node.target));
    case "union":
      return union(node.members.map((member) => typeOf(member, lookup)));
    case "object": {
      const properties = node.properties.map((property) => propertyExpr(property.name, !property.required, property.node, lookup));
      return { t: "object", properties, index: indexType(node, lookup) };
    }
  }
}

/** `additionalProperties` as an index signature; with declared properties too, `unknown` keeps both valid. */
function indexType(node: IrObject, lookup: TypeLookup): TypeExpr | undefined {
  if (node.additional === false) return node.properties.length === 0 ? raw("never") : undefined;
  if (node.additional === true || node.properties.length > 0) return raw("unknown");
  return typeOf(node.additional, lookup);
}

/** A node's description with its constraints noted, escaped for a JSDoc block. */
function docsOf(node: IrNode, specName?: string): string[] {
  const parts: string[] = [];
  if (node.description) parts.push(doc(node.description));
  const tags: string[] = [];
  // Not `@see`: tsc parses a declaration file's JSDoc only when it holds `@see` or `@link`,
  // and 819 such blocks cost a consumer's type-check about 0.1 s.
  if (specName !== undefined) tags.push(`@schema \`${doc(specName)}\``);
  if ((node.kind === "string" || node.kind === "enum") && node.minLength !== undefined) tags.push(`@minLength ${node.minLength}`);
  if ((node.kind === "string" || node.kind === "enum") && node.maxLength !== undefined) tags.push(`@maxLength ${node.maxLength}`);
  if (node.kind === "number" || node.kind === "enum") {
    if (node.min) tags.push(`@${node.min.exclusive ? "exclusiveMinimum" : "minimum"} ${node.min.value}`);
    if (node.max) tags.push(`@${node.max.exclusive ? "exclusiveMaximum" : "maximum"} ${node.max.value}`);
    if (node.multipleOf !== undefined) tags.push(`@multipleOf ${node.multipleOf}`);
  }
  if (node.kind === "array") {
    if (node.minItems !== undefined) tags.push(`@minItems ${node.minItems}`);
    if (node.maxItems !== undefined) tags.push(`@maxItems ${node.maxItems}`);
    if (node.uniqueItems) tags.push("@uniqueItems");
  }
  if (node.kind === "object") {
    if (node.minProperties !== undefined) tags.push(`@minProperties ${node.minProperties}`);
    if (node.maxProperties !== undefined) tags.push(`@maxProperties ${node.maxProperties}`);
  }
  if ((node.kind === "string" || node.kind === "number") && node.format) tags.push(`@format ${doc(node.format)}`);
  if (node.kind === "string" && node.pattern !== undefined) tags.push(`@pattern ${doc(node.pattern)}`);
  if (node.kind === "union" && node.expandable) tags.push("@expandable An ID, or the object when the request expands this field");
  if (tags.length > 0) parts.push(tags.join("\n"));
  return parts.length > 0 ? [parts.join("\n\n")] : [];
}
