import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomFieldsText as self } from "./types/payment_pages_checkout_session_custom_fields_text.js";

export type PaymentPagesCheckoutSessionCustomFieldsText = self;
export declare const PaymentPagesCheckoutSessionCustomFieldsText: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionCustomFieldsText(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionCustomFieldsText(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionCustomFieldsText: runtime.Check;
