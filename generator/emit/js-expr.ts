/**
 * JavaScript expressions as a small tree, printed the way prettier prints them (80
 * columns, 2 spaces, trailing commas), so generated modules need no formatting pass.
 * Only the shapes the generator uses: atoms, calls, arrays, objects, `() => expr`.
 */
export type Expr = string | Call | ArrayLit | ObjectLit | Arrow;

export interface Call {
  t: "call";
  callee: string;
  args: Expr[];
}
export interface ArrayLit {
  t: "array";
  items: Expr[];
}
export interface ObjectLit {
  t: "object";
  entries: [key: string, value: Expr][];
}
export interface Arrow {
  t: "arrow";
  body: Expr;
}

export const call = (callee: string, ...args: Expr[]): Call => ({ t: "call", callee, args });
export const array = (items: Expr[]): ArrayLit => ({ t: "array", items });
export const object = (entries: [string, Expr][]): ObjectLit => ({ t: "object", entries });
export const arrow = (body: Expr): Arrow => ({ t: "arrow", body });

const WIDTH = 80;

export function flat(e: Expr): string {
  if (typeof e === "string") return e;
  switch (e.t) {
    case "call":
      return `${e.callee}(${e.args.map(flat).join(", ")})`;
    case "array":
      return `[${e.items.map(flat).join(", ")}]`;
    case "object":
      return e.entries.length === 0 ? "{}" : `{ ${e.entries.map(([k, v]) => shorthand(k, flat(v))).join(", ")} }`;
    case "arrow":
      return `() => ${flat(e.body)}`;
  }
}

/**
 * Lines for `head + e + tail` starting at column `indent`: the first line without its
 * indentation (the caller writes it), later lines with theirs.
 */
export function print(head: string, e: Expr, tail: string, indent: number): string[] {
  const one = head + flat(e) + tail;
  if (indent + one.length <= WIDTH || typeof e === "string") return [one];
  const inner = indent + 2;
  const pad = " ".repeat(indent);
  switch (e.t) {
    case "call": {
      const last = e.args[e.args.length - 1];
      const before = e.args.slice(0, -1).map(flat);
      if (last !== undefined && huggable(last) && e.args.slice(0, -1).every((arg) => typeof arg === "string" || !huggable(arg))) {
        const opening = `${head}${e.callee}(${before.map((text) => `${text}, `).join("")}`;
        // Decided on the first line alone, so each argument is printed once: linear in depth.
        if (indent + opening.length + opener(last).length <= WIDTH) return print(opening, last, `)${tail}`, indent);
      }
      return [`${head}${e.callee}(`, ...e.args.flatMap((arg) => indented(print("", arg, ",", inner), inner)), `${pad})${tail}`];
    }
    case "array":
      return [`${head}[`, ...e.items.flatMap((item) => indented(print("", item, ",", inner), inner)), `${pad}]${tail}`];
    case "object":
      return [
        `${head}{`,
        ...e.entries.flatMap(([key, value]) => indented(entry(key, value, inner), inner)),
        `${pad}}${tail}`,
      ];
    case "arrow":
      return print(`${head}() => `, e.body, tail, indent);
  }
}

/** `key: value,`; an identifier that does not fit goes to the next line. */
function entry(key: string, value: Expr, indent: number): string[] {
  if (typeof value === "string" && key === value) return [`${key},`];
  const lines = print(`${key}: `, value, ",", indent);
  if (typeof value === "string" && !value.startsWith(`"`) && indent + lines[0]!.length > WIDTH) return [`${key}:`, `${" ".repeat(indent + 2)}${value},`];
  return lines;
}

/** `key: value`, or `key` alone when the value is the same name. */
function shorthand(key: string, value: string): string {
  return key === value ? key : `${key}: ${value}`;
}

/** How a huggable expression's broken form starts: `{`, `[`, `() => [`. */
function opener(e: Expr): string {
  if (typeof e === "string") return e;
  if (e.t === "object") return "{";
  if (e.t === "array") return "[";
  if (e.t === "arrow") return `() => ${opener(e.body)}`;
  return `${e.callee}(`;
}

/** Prettier keeps `f(a, {` / `f(() => [` on the call's line and breaks the last argument itself. */
function huggable(e: Expr): boolean {
  if (typeof e === "string") return false;
  return e.t === "object" || e.t === "array" || (e.t === "arrow" && typeof e.body !== "string" && (e.body.t === "array" || e.body.t === "object"));
}

function indented(lines: string[], indent: number): string[] {
  return lines.map((line, i) => (i === 0 ? " ".repeat(indent) + line : line));
}
