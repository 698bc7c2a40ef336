import type { Check, Ctx, Issue, IssueWords, RawIssue, Result, Test, ValidateOptions } from "./api.js";
import { context, DEFAULT_DEPTH } from "./check.js";
import { toIssue } from "./issues.js";

/** A copy of a valid input without the keys its schema does not declare (strip.ts, through the shapes). */
export type StripCopy = (input: unknown, lenient: boolean) => unknown;

/** What the schema module adds to a check: stripping through its shapes, and its test. */
export interface ModuleParts {
  stripCopy: StripCopy;
  test: Test;
}

/**
 * Validation by a module's check. `validate<Type>` calls it with the check alone: it needs no
 * shape nor test, so a bundle that imports only these keeps the changeset runtime out. The
 * schema module's `validate` passes its `parts` too (schema.ts): `stripCopy`, for
 * `unknownKeys: "strip"`, and its test, which tells valid input apart first, at the test's
 * speed; the check then runs only for input the test refuses, to say why. The test answers
 * for strict mode with unknown keys allowed (or stripped): lenient mode, where a union's
 * first member may win with warnings although a later one matches, and `unknownKeys:
 * "reject"`, which the test doesn't look at, always run the check.
 */
export function validate<T>(check: Check, input: unknown, options?: ValidateOptions | null, parts?: ModuleParts): Result<T> {
  const { mode, unknownKeys, maxDepth = DEFAULT_DEPTH } = options ?? {};
  const lenient = mode === "lenient";
  const strip = unknownKeys === "strip";
  let c: Ctx | undefined;
  if (strip && !parts) {
    // Typed out of CheckOptions; a JavaScript caller learns it here rather than getting keys kept.
    c = context(lenient, false, maxDepth);
    c.issues.push({ code: "exception", path: [], expected: "unknownKeys", received: "strip", words: NO_STRIP });
    return failure(c);
  }
  if (!(parts && !lenient && unknownKeys !== "reject" && passes(parts.test, input, maxDepth))) {
    c = context(lenient, unknownKeys === "reject", maxDepth);
    if (!run(check, input, c)) return failure(c);
  }
  let value = input;
  if (strip) {
    try {
      value = parts!.stripCopy(input, lenient);
    } catch (error) {
      // A getter that throws only the second time it is read, or a stack exhausted by copying.
      c ??= context(lenient, false, maxDepth);
      c.issues.push(exception(error));
      return failure(c);
    }
  }
  return c && c.issues.length > 0 ? { ok: true, value: value as T, warnings: c.issues.map(toIssue) } : { ok: true, value: value as T };
}

const STRIP_MESSAGE = 'unknownKeys "strip" needs the schema module: call <Type>.validate(input, options)';
const NO_STRIP: IssueWords = { message: () => STRIP_MESSAGE, fieldError: () => ({ message: STRIP_MESSAGE, validation: "exception" }) };

/** `validate(check, input).ok`, by the schema's test: it records nothing and returns at the first failure. */
export function is<T>(test: Test, input: unknown): input is T {
  return passes(test, input, DEFAULT_DEPTH);
}

function passes(test: Test, input: unknown, maxDepth: number): boolean {
  try {
    return test(input, { depth: 0, maxDepth, tooDeep: false });
  } catch {
    // A throwing getter or proxy, or an exhausted stack: not a valid value (the check says why).
    return false;
  }
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
