import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourcePaymentIntentData as self } from "./types/payment_links_resource_payment_intent_data.js";

export type PaymentLinksResourcePaymentIntentData = self;
export declare const PaymentLinksResourcePaymentIntentData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourcePaymentIntentData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentLinksResourcePaymentIntentData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourcePaymentIntentData: runtime.Check;
