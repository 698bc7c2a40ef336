import type * as runtime from "./runtime/api.js";
import type { PaymentIntentTypeSpecificPaymentMethodOptionsClient as self } from "./types/payment_intent_type_specific_payment_method_options_client.js";

export type PaymentIntentTypeSpecificPaymentMethodOptionsClient = self;
export declare const PaymentIntentTypeSpecificPaymentMethodOptionsClient: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentTypeSpecificPaymentMethodOptionsClient(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentTypeSpecificPaymentMethodOptionsClient(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentTypeSpecificPaymentMethodOptionsClient: runtime.Check;
