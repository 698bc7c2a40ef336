import type * as runtime from "./runtime/api.js";
import type { IssuingAuthorizationMerchantData as self } from "./types/issuing_authorization_merchant_data.js";

export type IssuingAuthorizationMerchantData = self;
export declare const IssuingAuthorizationMerchantData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingAuthorizationMerchantData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingAuthorizationMerchantData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingAuthorizationMerchantData: runtime.Check;
