import type { ObjectType, PropertyExpr, TypeExpr } from "./type-expr.js";

/**
 * Prints type expressions exactly as prettier (80 columns, 2 spaces) would, for the
 * shapes the generator makes, so that generated files need no formatting pass.
 * `test/emit/layout.test.ts` and the whole-output prettier check hold it to that.
 */
export const WIDTH = 80;
const INDENT = "  ";

/** One line, no breaks. */
export function flat(type: TypeExpr): string {
  switch (type.t) {
    case "raw":
      return type.text;
    case "union":
      return type.members.map(flat).join(" | ");
    case "array":
      return type.of.t === "union" ? `(${flat(type.of)})[]` : `${flat(type.of)}[]`;
    case "object":
      return flatObject(type);
  }
}

function flatObject(type: ObjectType): string {
  // Layouts break objects with properties before they get here; this is a valid last resort.
  const members = type.properties.map((p) => `${p.key}${p.optional ? "?" : ""}: ${flat(p.type)}`);
  if (type.index) members.push(`[key: string]: ${flat(type.index)}`);
  return members.length === 0 ? "{}" : `{ ${members.join("; ")} }`;
}

/** An object with properties is printed one per line, like the interfaces it sits in. */
function alwaysBreaks(type: TypeExpr): boolean {
  switch (type.t) {
    case "raw":
      return false;
    case "union":
    case "array":
      return (type.t === "union" ? type.members : [type.of]).some(alwaysBreaks);
    case "object":
      return type.properties.length > 0 || (type.index !== undefined && alwaysBreaks(type.index));
  }
}

/** `T | null` where T is a reference or object: prettier never breaks the union itself. */
function huggedMember(type: TypeExpr): TypeExpr | undefined {
  if (type.t !== "union") return undefined;
  const rest = type.members.filter((member) => !(member.t === "raw" && (member.text === "null" || member.text === "undefined")));
  if (rest.length !== 1) return undefined;
  const only = rest[0]!;
  return (only.t === "raw" && only.reference) || only.t === "object" ? only : undefined;
}

/**
 * Lines for `head type tail` (a property, index signature or type alias) at `indent`
 * spaces. The first line carries no indentation; later lines carry it in full.
 */
export function assignment(head: string, type: TypeExpr, indent: number, tail: string): string[] {
  if (!alwaysBreaks(type)) {
    const line = `${head} ${flat(type)}${tail}`;
    if (indent + line.length <= WIDTH) return [line];
  }
  const hugged = huggedMember(type);
  if (hugged) {
    if (hugged.t === "raw") return [`${head} ${flat(type)}${tail}`];
    const after = (type as { members: TypeExpr[] }).members.filter((member) => member !== hugged).map(flat);
    return openObject(head, hugged as ObjectType, indent, `${after.map((m) => ` | ${m}`).join("")}${tail}`);
  }
  if (type.t === "object") return openObject(head, type, indent, tail);
  if (type.t === "union") {
    const inner = indent + INDENT.length;
    if (!alwaysBreaks(type) && inner + flat(type).length + tail.length <= WIDTH) {
      return [head, pad(inner) + flat(type) + tail];
    }
    return [head, ...unionLines(type.members, inner, tail)];
  }
  if (type.t === "array" && type.of.t === "union") return [...arrayOfUnionLines(`${head} `, type.of.members, indent, tail)];
  if (type.t === "array" && type.of.t === "object") return objectLines(`${head} `, type.of, indent, `[]${tail}`);
  // A type alias that does not fit moves its type to the next line; a property keeps it.
  if (head.endsWith("=")) return [head, pad(indent + INDENT.length) + flat(type) + tail];
  return [`${head} ${flat(type)}${tail}`];
}

/**
 * An object opened on the line of its head; a type alias whose `= {` would pass the width
 * opens it on the next line instead, one level in, as prettier does.
 */
function openObject(head: string, type: ObjectType, indent: number, tail: string): string[] {
  if (!head.endsWith("=") || indent + head.length + " {".length <= WIDTH) return objectLines(`${head} `, type, indent, tail);
  const inner = indent + INDENT.length;
  const [first, ...rest] = objectLines("", type, inner, tail);
  return [head, pad(inner) + first!, ...rest];
}

/** `| A` per line at `indent`, nested arrays of unions broken in place. */
function unionLines(members: TypeExpr[], indent: number, tail: string): string[] {
  const lines: string[] = [];
  members.forEach((member, i) => {
    const end = i === members.length - 1 ? tail : "";
    if (member.t === "object" && alwaysBreaks(member)) {
      const [first, ...rest] = objectLines("| ", member, indent + 2, end);
      lines.push(pad(indent) + first, ...rest);
      return;
    }
    const text = `| ${flat(member)}${end}`;
    if (indent + text.length <= WIDTH || member.t === "raw") {
      lines.push(pad(indent) + text);
    } else if (member.t === "array" && member.of.t === "union") {
      const [first, ...rest] = arrayOfUnionLines("| ", member.of.members, indent + 2, end);
      lines.push(pad(indent) + first, ...rest);
    } else if (member.t === "object") {
      const [first, ...rest] = objectLines("| ", member, indent + 2, end);
      lines.push(pad(indent) + first, ...rest);
    } else {
      lines.push(pad(indent) + text);
    }
  });
  return lines;
}

/** `(` … `)[]` around a union that does not fit on its line. */
function arrayOfUnionLines(head: string, members: TypeExpr[], indent: number, tail: string): string[] {
  const inner = indent + INDENT.length;
  const oneLine = members.map(flat).join(" | ");
  const body = inner + oneLine.length <= WIDTH && !members.some(alwaysBreaks) ? [pad(inner) + oneLine] : unionLines(members, inner, "");
  return [`${head}(`, ...body, `${pad(indent)})[]${tail}`];
}

/** `{`, a line per member, `}`. */
export function objectLines(head: string, type: ObjectType, indent: number, tail: string): string[] {
  const inner = indent + INDENT.length;
  const body: string[] = [];
  for (const property of type.properties) body.push(...propertyLines(property, inner));
  if (type.index) body.push(...indented(assignment("[key: string]:", type.index, inner, ";"), inner));
  return [`${head}{`, ...body, `${pad(indent)}}${tail}`];
}

/** A property with its doc comment, every line indented. */
export function propertyLines(property: PropertyExpr, indent: number): string[] {
  const head = `${property.key}${property.optional ? "?" : ""}:`;
  return [...docLines(property.docs, indent), ...indented(assignment(head, property.type, indent, ";"), indent)];
}

/** A JSDoc block as ts-morph prints it: one line when the text is one line. */
export function docLines(text: string | undefined, indent: number): string[] {
  if (text === undefined || text.length === 0) return [];
  const lines = text.split("\n");
  if (lines.length === 1) return [`${pad(indent)}/** ${lines[0]} */`];
  return [`${pad(indent)}/**`, ...lines.map((line) => `${pad(indent)} *${line.length > 0 ? ` ${line}` : ""}`), `${pad(indent)} */`];
}

function indented(lines: string[], indent: number): string[] {
  return lines.map((line, i) => (i === 0 ? pad(indent) + line : line));
}

function pad(n: number): string {
  return " ".repeat(n);
}
