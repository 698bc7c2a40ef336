import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceCustomFieldsNumeric as self } from "./types/payment_links_resource_custom_fields_numeric.js";

export type PaymentLinksResourceCustomFieldsNumeric = self;
export declare const PaymentLinksResourceCustomFieldsNumeric: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceCustomFieldsNumeric(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentLinksResourceCustomFieldsNumeric(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceCustomFieldsNumeric: runtime.Check;
