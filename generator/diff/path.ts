/**
 * Paths inside a schema, as the report writes them: `flow.after_completion.type`,
 * `["payment-method.types"]`, `lines[]`, `metadata.*`, `customer<deleted_customer>`.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const PLAIN_NAME = /^[A-Za-z0-9_.$-]+$/;

/** A property: dotted when it is an identifier, quoted otherwise (so `.`, `[` or `*` in a name stay unambiguous). */
export function propertyPath(path: string, name: string): string {
  if (!IDENTIFIER.test(name)) return `${path}[${JSON.stringify(name)}]`;
  return path === "" ? name : `${path}.${name}`;
}

/** The items of an array. */
export function itemsPath(path: string): string {
  return `${path}[]`;
}

/** The values of keys other than the properties (`additionalProperties`). */
export function additionalPath(path: string): string {
  return path === "" ? "*" : `${path}.*`;
}

/** One member of a union, by its key (a schema name for a reference, else its kind). */
export function memberPath(path: string, key: string): string {
  return `${path}<${PLAIN_NAME.test(key) ? key : JSON.stringify(key)}>`;
}
