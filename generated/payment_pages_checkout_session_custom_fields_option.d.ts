import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomFieldsOption as self } from "./types/payment_pages_checkout_session_custom_fields_option.js";

export type PaymentPagesCheckoutSessionCustomFieldsOption = self;
export declare const PaymentPagesCheckoutSessionCustomFieldsOption: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionCustomFieldsOption(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionCustomFieldsOption(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionCustomFieldsOption: runtime.Check;
