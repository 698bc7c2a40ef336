import { LIMIT_CODES, limitMessage } from "./limit-words.js";
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
/** The English message of an issue: every code's, whether or not the issue carries its words. */
export function describe(issue) {
  return LIMIT_CODES.has(issue.code)
    ? limitMessage(issue)
    : describeOther(issue);
}
/** The message of an issue that no limit records; those of limits come with their words. */
function describeOther(issue) {
  switch (issue.code) {
    case "required":
      return "Required: can't be blank";
    case "invalid_type":
      return `Invalid type: expected ${String(issue.expected)}, received ${String(issue.received)}`;
    case "invalid_enum":
      return `Invalid value: expected one of ${list(issue.expected)}, received ${quote(issue.received)}`;
    case "too_long":
      return `Too long: expected at most ${String(issue.expected)} characters, received ${String(issue.received)}`;
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
    default:
      return issue.code;
  }
}
/** A full `Issue` from a recorded one. */
export function toIssue(raw) {
  const issue = {
    code: raw.code,
    path: raw.path,
    pointer: pointer(raw.path),
    message: raw.words ? raw.words.message(raw) : describeOther(raw),
  };
  if (raw.expected !== undefined) issue.expected = raw.expected;
  if (raw.received !== undefined) issue.received = raw.received;
  return issue;
}
