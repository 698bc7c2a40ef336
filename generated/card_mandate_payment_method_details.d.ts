import type * as runtime from "./runtime/api.js";
import type { CardMandatePaymentMethodDetails as self } from "./types/card_mandate_payment_method_details.js";

export type CardMandatePaymentMethodDetails = self;
export declare const CardMandatePaymentMethodDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCardMandatePaymentMethodDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCardMandatePaymentMethodDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCardMandatePaymentMethodDetails: runtime.Check;
