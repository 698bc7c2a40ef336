import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceInvoiceCreation as self } from "./types/payment_links_resource_invoice_creation.js";

export type PaymentLinksResourceInvoiceCreation = self;
export declare const PaymentLinksResourceInvoiceCreation: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceInvoiceCreation(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentLinksResourceInvoiceCreation(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceInvoiceCreation: runtime.Check;
