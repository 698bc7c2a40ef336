import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceCustomFieldsDropdown as self } from "./types/payment_links_resource_custom_fields_dropdown.js";

export type PaymentLinksResourceCustomFieldsDropdown = self;
export declare const PaymentLinksResourceCustomFieldsDropdown: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceCustomFieldsDropdown(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentLinksResourceCustomFieldsDropdown(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceCustomFieldsDropdown: runtime.Check;
