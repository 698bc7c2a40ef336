import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceTaxIdCollection as self } from "./types/payment_links_resource_tax_id_collection.js";

export type PaymentLinksResourceTaxIdCollection = self;
export declare const PaymentLinksResourceTaxIdCollection: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceTaxIdCollection(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentLinksResourceTaxIdCollection(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceTaxIdCollection: runtime.Check;
