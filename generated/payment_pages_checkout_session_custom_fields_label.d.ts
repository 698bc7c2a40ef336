import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomFieldsLabel as self } from "./types/payment_pages_checkout_session_custom_fields_label.js";

export type PaymentPagesCheckoutSessionCustomFieldsLabel = self;
export declare const PaymentPagesCheckoutSessionCustomFieldsLabel: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionCustomFieldsLabel(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionCustomFieldsLabel(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionCustomFieldsLabel: runtime.Check;
