import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomFieldsLabel as self } from "./types/payment_pages_checkout_session_custom_fields_label.js";

export type PaymentPagesCheckoutSessionCustomFieldsLabel = self;
export declare const PaymentPagesCheckoutSessionCustomFieldsLabel: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionCustomFieldsLabel(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentPagesCheckoutSessionCustomFieldsLabel(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionCustomFieldsLabel: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentPagesCheckoutSessionCustomFieldsLabel: runtime.Test;
