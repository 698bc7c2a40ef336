import type { Check, Result, Test, ValidateOptions } from "./api.js";
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
export declare function validate<T>(
  check: Check,
  input: unknown,
  options?: ValidateOptions | null,
  parts?: ModuleParts,
): Result<T>;
/** `validate(check, input).ok`, by the schema's test: it records nothing and returns at the first failure. */
export declare function is<T>(test: Test, input: unknown): input is T;
