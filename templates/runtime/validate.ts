import type { Check, Ctx, Issue, IssueWords, RawIssue, Result, Test, ValidateOptions } from "./api.js";
import { context, DEFAULT_DEPTH } from "./check.js";
import { toIssue } from "./issues.js";


/** A copy of a valid input without the keys its schema does not declare (strip.ts, through the shapes). */
export type StripCopy = (input: unknown, lenient: boolean) => unknown;

/**
 * Validation by a module's check. `validate<Type>` calls it with the check alone: it needs no
 * shape, so a bundle that imports only these keeps the changeset runtime out. The schema
 * module's `validate` passes `stripCopy` too, for `unknownKeys: "strip"` (schema.ts).
 */
export function validate<T>(check: Check, input: unknown, options?: ValidateOptions | null, stripCopy?: StripCopy): Result<T> {
  const { mode, unknownKeys, maxDepth = DEFAULT_DEPTH } = options ?? {};
  const c = context(mode === "lenient", unknownKeys === "reject", maxDepth);
  const strip = unknownKeys === "strip";
  if (strip && !stripCopy) {
    // Typed out of CheckOptions; a JavaScript caller learns it here rather than getting keys kept.
    c.issues.push({ code: "exception", path: [], expected: "unknownKeys", received: "strip", words: NO_STRIP });
    return failure(c);
  }
  if (!run(check, input, c)) return failure(c);
  let value = input;
  if (strip) {
    try {
      value = stripCopy!(input, c.lenient);
    } catch (error) {
      // A getter that throws only the second time it is read, or a stack exhausted by copying.
      c.issues.push(exception(error));
      return failure(c);
    }
  }
  return c.issues.length > 0 ? { ok: true, value: value as T, warnings: c.issues.map(toIssue) } : { ok: true, value: value as T };
}

const STRIP_MESSAGE = 'unknownKeys "strip" needs the schema module: call <Type>.validate(input, options)';
const NO_STRIP: IssueWords = { message: () => STRIP_MESSAGE, fieldError: () => ({ message: STRIP_MESSAGE, validation: "exception" }) };

/** `validate(check, input).ok`, by the schema's test: it records nothing and returns at the first failure. */
export function is<T>(test: Test, input: unknown): input is T {
  try {
    return test(input, { depth: 0, maxDepth: DEFAULT_DEPTH, tooDeep: false });
  } catch {
    // A throwing getter or proxy, or an exhausted stack: not a valid value.
    return false;
  }
}

/**
 * `validate(check, input).ok`, by the check: the module value's `is`, so that its bundle
 * holds the checks alone, not the tests beside them.
 */
export function passes<T>(check: Check, input: unknown): input is T {
  return run(check, input, context(false, false, DEFAULT_DEPTH));
}

function failure(c: Ctx): { ok: false; issues: Issue[] } {
  return { ok: false, issues: c.issues.filter((issue) => !issue.warning).map(toIssue) };
}

/** Runs a check so that nothing escapes: a throwing getter or proxy, or an exhausted stack, becomes an issue. */
function run(check: Check, input: unknown, c: Ctx): boolean {
  try {
    return check(input, c);
  } catch (error) {
    c.issues.push(exception(error));
    return false;
  }
}

function exception(error: unknown): RawIssue {
  let reason: string;
  try {
    reason = String(error instanceof Error ? error.message : error);
  } catch {
    reason = "unknown error";
  }
  return { code: "exception", path: [], received: reason };
}
