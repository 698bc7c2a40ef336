import type * as runtime from "./runtime/api.js";
import type { CountrySpec as self } from "./types/country_spec.js";

export type CountrySpec = self;
export declare const CountrySpec: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCountrySpec(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCountrySpec(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCountrySpec: runtime.Check;
