import type * as runtime from "./runtime/api.js";
import type { PaymentIntentTypeSpecificPaymentMethodOptionsClient as self } from "./types/payment_intent_type_specific_payment_method_options_client.js";

export type PaymentIntentTypeSpecificPaymentMethodOptionsClient = self;
export declare const PaymentIntentTypeSpecificPaymentMethodOptionsClient: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentTypeSpecificPaymentMethodOptionsClient(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentIntentTypeSpecificPaymentMethodOptionsClient(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentTypeSpecificPaymentMethodOptionsClient: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentIntentTypeSpecificPaymentMethodOptionsClient: runtime.Test;
