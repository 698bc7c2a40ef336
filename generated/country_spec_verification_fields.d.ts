import type * as runtime from "./runtime/api.js";
import type { CountrySpecVerificationFields as self } from "./types/country_spec_verification_fields.js";

export type CountrySpecVerificationFields = self;
export declare const CountrySpecVerificationFields: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCountrySpecVerificationFields(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCountrySpecVerificationFields(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCountrySpecVerificationFields: runtime.Check;
