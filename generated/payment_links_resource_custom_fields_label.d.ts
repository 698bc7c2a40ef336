import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceCustomFieldsLabel as self } from "./types/payment_links_resource_custom_fields_label.js";

export type PaymentLinksResourceCustomFieldsLabel = self;
export declare const PaymentLinksResourceCustomFieldsLabel: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceCustomFieldsLabel(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentLinksResourceCustomFieldsLabel(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceCustomFieldsLabel: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentLinksResourceCustomFieldsLabel: runtime.Test;
