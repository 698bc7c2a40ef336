import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceCustomFieldsLabel as self } from "./types/payment_links_resource_custom_fields_label.js";

export type PaymentLinksResourceCustomFieldsLabel = self;
export declare const PaymentLinksResourceCustomFieldsLabel: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceCustomFieldsLabel(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentLinksResourceCustomFieldsLabel(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceCustomFieldsLabel: runtime.Check;
