import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceConsentCollection as self } from "./types/payment_links_resource_consent_collection.js";

export type PaymentLinksResourceConsentCollection = self;
export declare const PaymentLinksResourceConsentCollection: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceConsentCollection(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentLinksResourceConsentCollection(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceConsentCollection: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentLinksResourceConsentCollection: runtime.Test;
