import type * as runtime from "./runtime/api.js";
import type { ApplicationFee as self } from "./types/application_fee.js";

export type ApplicationFee = self;
export declare const ApplicationFee: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateApplicationFee(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isApplicationFee(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkApplicationFee: runtime.Check;
