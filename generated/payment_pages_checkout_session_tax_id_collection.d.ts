import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionTaxIdCollection as self } from "./types/payment_pages_checkout_session_tax_id_collection.js";

export type PaymentPagesCheckoutSessionTaxIdCollection = self;
export declare const PaymentPagesCheckoutSessionTaxIdCollection: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionTaxIdCollection(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionTaxIdCollection(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionTaxIdCollection: runtime.Check;
