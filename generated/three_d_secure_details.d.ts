import type * as runtime from "./runtime/api.js";
import type { ThreeDSecureDetails as self } from "./types/three_d_secure_details.js";

export type ThreeDSecureDetails = self;
export declare const ThreeDSecureDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateThreeDSecureDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isThreeDSecureDetails(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkThreeDSecureDetails: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testThreeDSecureDetails: runtime.Test;
