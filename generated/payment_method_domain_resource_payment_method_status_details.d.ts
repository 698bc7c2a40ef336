import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDomainResourcePaymentMethodStatusDetails as self } from "./types/payment_method_domain_resource_payment_method_status_details.js";

export type PaymentMethodDomainResourcePaymentMethodStatusDetails = self;
export declare const PaymentMethodDomainResourcePaymentMethodStatusDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDomainResourcePaymentMethodStatusDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentMethodDomainResourcePaymentMethodStatusDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDomainResourcePaymentMethodStatusDetails: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentMethodDomainResourcePaymentMethodStatusDetails: runtime.Test;
