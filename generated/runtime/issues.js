/** The type of a value as messages name it: `string`, `integer`, `null`, `array`, `NaN`, … */
export function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (!Number.isFinite(value)) return "Infinity";
    return Number.isInteger(value) ? "integer" : "number";
  }
  return typeof value;
}
export function pointer(path) {
  return path
    .map(
      (segment) =>
        `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`,
    )
    .join("");
}
function list(values) {
  return Array.isArray(values) ? values.map(quote).join(", ") : String(values);
}
/** Longest received string a message quotes in full; a 10 MB value must not make a 10 MB message. */
const QUOTED = 100;
function quote(value) {
  if (typeof value === "string" && value.length > QUOTED)
    return `${JSON.stringify(value.slice(0, QUOTED))}… (${value.length} characters)`;
  return JSON.stringify(value);
}
/**
 * The keyword and limit of a bound issue's `expected`: `{ minimum: 1 }`, `{ exclusiveMaximum: 10 }`,
 * `{ minItems: 2 }`, `{ maxProperties: 5 }`, …
 */
export function limitOf(expected) {
  const [entry] = Object.entries(expected);
  return entry ?? ["", Number.NaN];
}
/** The English message of an issue: the only place issues become words. */
export function describe(issue) {
  switch (issue.code) {
    case "required":
      return "Required: can't be blank";
    case "invalid_type":
      return `Invalid type: expected ${String(issue.expected)}, received ${String(issue.received)}`;
    case "invalid_enum":
      return `Invalid value: expected one of ${list(issue.expected)}, received ${quote(issue.received)}`;
    case "too_long":
      return `Too long: expected at most ${String(issue.expected)} characters, received ${String(issue.received)}`;
    case "too_short":
      return `Too short: expected at least ${String(issue.expected)} characters, received ${String(issue.received)}`;
    case "too_small":
    case "too_big": {
      const [keyword, limit] = limitOf(issue.expected);
      const bound = keyword.startsWith("exclusive")
        ? issue.code === "too_small"
          ? "more than"
          : "less than"
        : issue.code === "too_small"
          ? "at least"
          : "at most";
      return `Too ${issue.code === "too_small" ? "small" : "big"}: expected ${bound} ${String(limit)}, received ${String(issue.received)}`;
    }
    case "not_multiple":
      return `Not a multiple: expected a multiple of ${String(issue.expected)}, received ${String(issue.received)}`;
    case "too_few":
    case "too_many": {
      const [keyword, limit] = limitOf(issue.expected);
      const what = keyword.endsWith("Items") ? "items" : "keys";
      return `Too ${issue.code === "too_few" ? "few" : "many"} ${what}: expected ${issue.code === "too_few" ? "at least" : "at most"} ${String(limit)}, received ${String(issue.received)}`;
    }
    case "not_unique":
      return `Duplicate item: equal to item ${String(issue.expected)}`;
    case "pattern":
      return `Invalid format: expected to match /${String(issue.expected)}/`;
    case "invalid_union":
      return `Invalid value: expected ${list(issue.expected)}, received ${String(issue.received)}`;
    case "unrecognized_key":
      return `Unrecognized key ${quote(issue.received)}`;
    case "too_deep":
      return `Too deep: nesting exceeds ${String(issue.expected)} levels`;
    case "exception":
      return `Could not read the value: ${String(issue.received)}`;
  }
}
/** A full `Issue` from a recorded one. */
export function toIssue(raw) {
  const issue = {
    code: raw.code,
    path: raw.path,
    pointer: pointer(raw.path),
    message: describe(raw),
  };
  if (raw.expected !== undefined) issue.expected = raw.expected;
  if (raw.received !== undefined) issue.received = raw.received;
  return issue;
}
