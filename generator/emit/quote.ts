/**
 * The one way spec values enter generated code. Everything a spec says (names,
 * descriptions, enum values, patterns) is hostile until it passes through here.
 */

/**
 * A JavaScript string literal, safe for any input (U+2028/9 included), quoted as prettier
 * would: in double quotes unless the value holds more double quotes than single ones.
 */
export function str(value: string): string {
  // A backslash is written `\u005c`: ts-morph's writer reads `"\\"` as an escaped quote and
  // loses track of where strings end (it then takes a later `/*` for a comment).
  const body = JSON.stringify(value).slice(1, -1).replace(/\\\\/g, "\\u005c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  const doubles = value.split('"').length - 1;
  const singles = value.split("'").length - 1;
  // In JSON's escaping every `"` is `\"`: unescape those, escape `'` instead.
  return doubles > singles ? `'${body.replace(/\\"/g, '"').replace(/'/g, "\\'")}'` : `"${body}"`;
}

/** A numeric literal as prettier prints it (`1e21`, not `1e+21`); NaN and ±Infinity have no literal and are refused. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`num(): ${value} has no literal`);
  return Object.is(value, -0) ? "-0" : String(value).replace("e+", "e");
}

/** A literal for an enum value. */
export function literal(value: string | number | boolean): string {
  return typeof value === "string" ? str(value) : typeof value === "number" ? num(value) : String(value);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** True when `name` can stand unquoted as a property name. */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER.test(name);
}

/**
 * A property key for an object literal or interface: `id`, `"payment-method.types"`, and
 * `["__proto__"]`: in an object literal `__proto__: x` or `"__proto__": x` would set the
 * prototype instead of making a property (TypeScript reads the computed form as the key).
 */
export function key(name: string): string {
  if (name === "__proto__") return `[${str(name)}]`;
  return isIdentifierName(name) ? name : str(name);
}

/**
 * A property access: `.id`, `["payment-method.types"]`. Refuses `__proto__`, which no
 * access reads as a property: read it with `Object.hasOwn` and a descriptor instead.
 */
export function access(name: string): string {
  if (name === "__proto__") throw new Error("access(): __proto__ reads the prototype; read it as an own property");
  return isIdentifierName(name) ? `.${name}` : `[${str(name)}]`;
}

/**
 * Text for a JSDoc comment body: `*\/` can't end the comment early, line separators
 * become newlines, trailing spaces go (prettier would drop them).
 */
export function doc(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/\*\//g, "*\\/")
    .split("\n")
    .map((line) => line.replace(/\s+$/, ""))
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}

/** A name that must be a valid identifier (schema type names); refuses anything else. */
export function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`ident(): ${JSON.stringify(name)} is not an identifier`);
  return name;
}
