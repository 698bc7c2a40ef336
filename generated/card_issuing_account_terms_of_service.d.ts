import type * as runtime from "./runtime/api.js";
import type { CardIssuingAccountTermsOfService as self } from "./types/card_issuing_account_terms_of_service.js";

export type CardIssuingAccountTermsOfService = self;
export declare const CardIssuingAccountTermsOfService: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCardIssuingAccountTermsOfService(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCardIssuingAccountTermsOfService(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCardIssuingAccountTermsOfService: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCardIssuingAccountTermsOfService: runtime.Test;
