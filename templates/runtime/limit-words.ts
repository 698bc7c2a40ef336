/**
 * The words of the issues that limits record (`minLength`, `minimum`, `multipleOf`,
 * `minItems`, `uniqueItems`, …): their English message and their changeset error. The
 * issues carry them (`RawIssue.words`, set by `limitFail`), so a module whose schema sets
 * none of these limits (Stripe's set none) bundles none of this text.
 */
import type { FieldError, IssueCode, IssueWords, RawIssue } from "./api.js";

export type LimitCode = Extract<IssueCode, "too_short" | "too_small" | "too_big" | "not_multiple" | "too_few" | "too_many" | "not_unique">;

export const LIMIT_CODES: ReadonlySet<IssueCode> = new Set<LimitCode>(["too_short", "too_small", "too_big", "not_multiple", "too_few", "too_many", "not_unique"]);

/**
 * The keyword and limit of a bound issue's `expected`: `{ minimum: 1 }`, `{ exclusiveMaximum: 10 }`,
 * `{ minItems: 2 }`, `{ maxProperties: 5 }`, …
 */
function limitOf(expected: unknown): [keyword: string, limit: number] {
  const [entry] = Object.entries(expected as Record<string, number>);
  return entry ?? ["", Number.NaN];
}

export function limitMessage(issue: RawIssue): string {
  switch (issue.code as LimitCode) {
    case "too_short":
      return `Too short: expected at least ${String(issue.expected)} characters, received ${String(issue.received)}`;
    case "too_small":
    case "too_big": {
      const [keyword, limit] = limitOf(issue.expected);
      const bound = keyword.startsWith("exclusive") ? (issue.code === "too_small" ? "more than" : "less than") : issue.code === "too_small" ? "at least" : "at most";
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
  }
}

/** The changeset error, as Ecto's validations name theirs; the caller adds the `path` below the field. */
function limitFieldError(issue: RawIssue): FieldError {
  switch (issue.code as LimitCode) {
    case "too_short":
      return { message: `should be at least ${String(issue.expected)} character(s)`, validation: "length", kind: "min", count: issue.expected, type: "string" };
    case "too_small":
    case "too_big": {
      // Ecto's validate_number: greater_than, greater_than_or_equal_to, less_than, less_than_or_equal_to.
      const [keyword, limit] = limitOf(issue.expected);
      const kind = `${issue.code === "too_small" ? "greater_than" : "less_than"}${keyword.startsWith("exclusive") ? "" : "_or_equal_to"}`;
      return { message: `must be ${kind.replace(/_/g, " ")} ${String(limit)}`, validation: "number", kind, number: limit };
    }
    case "not_multiple":
      return { message: `must be a multiple of ${String(issue.expected)}`, validation: "number", kind: "multiple_of", number: issue.expected };
    case "too_few":
    case "too_many": {
      // Ecto's validate_length of a list (or a map: minProperties, maxProperties).
      const [keyword, count] = limitOf(issue.expected);
      const kind = issue.code === "too_few" ? "min" : "max";
      return { message: `should have ${kind === "min" ? "at least" : "at most"} ${String(count)} item(s)`, validation: "length", kind, count, type: keyword.endsWith("Items") ? "list" : "map" };
    }
    case "not_unique":
      return { message: "has a duplicate item", validation: "unique", duplicateOf: issue.expected };
  }
}

export const LIMIT_WORDS: IssueWords = { message: limitMessage, fieldError: limitFieldError };
