import type { Check, Result, Test, ValidateOptions } from "./api.js";
/** A copy of a valid input without the keys its schema does not declare (strip.ts, through the shapes). */
export type StripCopy = (input: unknown, lenient: boolean) => unknown;
/**
 * Validation by a module's check. `validate<Type>` calls it with the check alone: it needs no
 * shape, so a bundle that imports only these keeps the changeset runtime out. The schema
 * module's `validate` passes `stripCopy` too, for `unknownKeys: "strip"` (schema.ts).
 */
export declare function validate<T>(
  check: Check,
  input: unknown,
  options?: ValidateOptions | null,
  stripCopy?: StripCopy,
): Result<T>;
/** `validate(check, input).ok`, by the schema's test: it records nothing and returns at the first failure. */
export declare function is<T>(test: Test, input: unknown): input is T;
/**
 * `validate(check, input).ok`, by the check: the module value's `is`, so that its bundle
 * holds the checks alone, not the tests beside them.
 */
export declare function passes<T>(check: Check, input: unknown): input is T;
