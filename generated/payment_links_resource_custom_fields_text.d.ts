import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceCustomFieldsText as self } from "./types/payment_links_resource_custom_fields_text.js";

export type PaymentLinksResourceCustomFieldsText = self;
export declare const PaymentLinksResourceCustomFieldsText: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceCustomFieldsText(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentLinksResourceCustomFieldsText(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceCustomFieldsText: runtime.Check;
