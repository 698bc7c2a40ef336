import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionPhoneNumberCollection as self } from "./types/payment_pages_checkout_session_phone_number_collection.js";

export type PaymentPagesCheckoutSessionPhoneNumberCollection = self;
export declare const PaymentPagesCheckoutSessionPhoneNumberCollection: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionPhoneNumberCollection(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionPhoneNumberCollection(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionPhoneNumberCollection: runtime.Check;
