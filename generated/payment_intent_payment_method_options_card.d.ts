import type * as runtime from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsCard as self } from "./types/payment_intent_payment_method_options_card.js";

export type PaymentIntentPaymentMethodOptionsCard = self;
export declare const PaymentIntentPaymentMethodOptionsCard: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentPaymentMethodOptionsCard(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentPaymentMethodOptionsCard(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentPaymentMethodOptionsCard: runtime.Check;
