import type * as runtime from "./runtime/api.js";
import type { IdentityVerificationReport as self } from "./types/identity.verification_report.js";

export type IdentityVerificationReport = self;
export declare const IdentityVerificationReport: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIdentityVerificationReport(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isIdentityVerificationReport(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIdentityVerificationReport: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testIdentityVerificationReport: runtime.Test;
