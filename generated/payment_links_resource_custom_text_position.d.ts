import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceCustomTextPosition as self } from "./types/payment_links_resource_custom_text_position.js";

export type PaymentLinksResourceCustomTextPosition = self;
export declare const PaymentLinksResourceCustomTextPosition: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceCustomTextPosition(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentLinksResourceCustomTextPosition(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceCustomTextPosition: runtime.Check;
