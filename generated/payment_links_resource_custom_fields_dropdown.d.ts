import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceCustomFieldsDropdown as self } from "./types/payment_links_resource_custom_fields_dropdown.js";

export type PaymentLinksResourceCustomFieldsDropdown = self;
export declare const PaymentLinksResourceCustomFieldsDropdown: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceCustomFieldsDropdown(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentLinksResourceCustomFieldsDropdown(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceCustomFieldsDropdown: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentLinksResourceCustomFieldsDropdown: runtime.Test;
