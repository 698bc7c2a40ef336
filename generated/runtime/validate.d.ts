import type { Check, CheckOptions, Ctx, Result } from "./api.js";
export declare const DEFAULT_DEPTH = 256;
/**
 * Validation by a module's check alone, for `validate<Type>` and `is<Type>`: it needs no
 * shape, so a bundle that imports only these keeps the changeset runtime out. The schema
 * module's `validate` adds `unknownKeys: "strip"` on top (schema.ts).
 */
export declare function validate<T>(
  check: Check,
  input: unknown,
  options?: CheckOptions | null,
): Result<T>;
export declare function is<T>(check: Check, input: unknown): input is T;
/** Checks `input` in context `c`; a valid input gives itself, or what `finish` makes of it (a stripped copy). */
export declare function checked<T>(
  check: Check,
  input: unknown,
  c: Ctx,
  finish?: (c: Ctx) => unknown,
): Result<T>;
