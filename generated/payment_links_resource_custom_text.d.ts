import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceCustomText as self } from "./types/payment_links_resource_custom_text.js";

export type PaymentLinksResourceCustomText = self;
export declare const PaymentLinksResourceCustomText: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceCustomText(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentLinksResourceCustomText(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceCustomText: runtime.Check;
