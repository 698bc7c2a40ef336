import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomFieldsDropdown as self } from "./types/payment_pages_checkout_session_custom_fields_dropdown.js";

export type PaymentPagesCheckoutSessionCustomFieldsDropdown = self;
export declare const PaymentPagesCheckoutSessionCustomFieldsDropdown: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionCustomFieldsDropdown(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionCustomFieldsDropdown(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionCustomFieldsDropdown: runtime.Check;
